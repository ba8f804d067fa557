package nova.difftest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.difftest.gen.CaseClass;
import nova.difftest.gen.Program;
import nova.difftest.gen.StateLayout;
import nova.difftest.gen.TestCase;

/**
 * Runs generated cases on qemu and on our core and classifies each case. Cases the assembler
 * rejects or on which qemu dies are dropped (and reported as generator bugs) and the rest of
 * the batch is rebuilt, so one bad case never hides the others.
 */
public final class DiffRunner {
    private DiffRunner() {}

    /** Retired instructions on our core, summed over all batches (for the speed line in logs). */
    static long retiredTotal;
    /** Blocks the JIT translated, summed over all batches (0 without -Dnova.diff.jit). */
    static long translatedTotal;
    /** -Dnova.diff.timing=true prints where each batch's time goes. */
    static final boolean TIMING = Boolean.getBoolean("nova.diff.timing");

    /** Runs of each case in a row (-Dnova.diff.repeat, default 1): repeated runs make code hot. */
    static final int DEFAULT_REPEAT = Math.max(1, Integer.getInteger("nova.diff.repeat", 1));

    /** -Dnova.diff.jit=N: run our core through JitRunner with threshold N (0: interpreter only). */
    static final int JIT = Integer.getInteger("nova.diff.jit", 0);

    public static List<CaseOutcome> run(List<TestCase> cases) throws IOException {
        return run(cases, DEFAULT_REPEAT, JIT);
    }

    /** Runs every case {@code repeat} times in a row, our side through the JIT if {@code jitThreshold > 0}. */
    public static List<CaseOutcome> run(List<TestCase> cases, int repeat, int jitThreshold) throws IOException {
        List<CaseOutcome> result = new ArrayList<>();
        List<TestCase> pending = new ArrayList<>(cases);
        for (int attempt = 0; attempt < 20 && !pending.isEmpty(); attempt++) {
            long t0 = System.nanoTime();
            Program prog = Program.of(pending, repeat);
            long t1 = System.nanoTime();
            Path elf;
            try {
                elf = Toolchain.buildAsm(prog.source(), prog.blob(), Program.BLOB_NAME);
            } catch (Toolchain.BuildError e) {
                List<Integer> bad = rejectedByAssembler(prog, e.getMessage());
                if (bad.isEmpty()) throw new IOException("assembler failed outside any case:\n" + head(e.getMessage()));
                List<TestCase> keep = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    if (bad.contains(i)) result.add(new CaseOutcome.Rejected(pending.get(i), "assembler: " + asmError(e.getMessage(), prog, i)));
                    else keep.add(pending.get(i));
                }
                pending = keep;
                continue;
            }
            long t2 = System.nanoTime();
            CompletableFuture<Toolchain.Result> qemu = QemuRunner.start(elf, List.of(), 60);
            ElfImage image = ElfImage.read(elf);
            List<TestCase> batch = pending;
            NovaBareRunner.Outcome nova = NovaBareRunner.runCases(image, batch.size(),
                    i -> i >= 0 && i < batch.size() && batch.get(i).cls().signals, mem -> {}, jitThreshold);
            retiredTotal += nova.retired();
            translatedTotal += nova.translatedBlocks();
            long t3 = System.nanoTime();
            Toolchain.Result q = qemu.join();
            long t4 = System.nanoTime();
            if (TIMING) {
                System.out.printf("  batch %d cases: generate %.2f s, build %.2f s, nova %.2f s, qemu wait %.2f s%n",
                        pending.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
            }
            Map<Integer, List<Integer>> qRec = records(q.stdout());
            Map<Integer, List<Integer>> nRec = records(nova.stdout());
            int qemuStop = -1;
            if (q.exitCode() != 0) {
                qemuStop = 0;
                while (qRec.containsKey(qemuStop) && qRec.get(qemuStop).size() == repeat) qemuStop++;
            }
            List<TestCase> retry = new ArrayList<>();
            int disasm = 0; // objdump is slow on these ELFs: only the first failures of a batch get it
            for (int i = 0; i < pending.size(); i++) {
                TestCase c = pending.get(i);
                if (qemuStop >= 0 && i == qemuStop) {
                    result.add(new CaseOutcome.Rejected(c, "qemu exit code " + q.exitCode() + " (signal "
                            + (q.exitCode() > 128 ? q.exitCode() - 128 : 0) + ") in this case " + head(q.stderr())));
                    continue;
                }
                if (qemuStop >= 0 && i > qemuStop) {
                    retry.add(c);
                    continue;
                }
                byte[] init = java.util.Arrays.copyOfRange(prog.blob(), i * StateLayout.SIZE, (i + 1) * StateLayout.SIZE);
                List<Integer> qo = qRec.getOrDefault(i, List.of()), no = nRec.getOrDefault(i, List.of());
                if (qo.size() != repeat) {
                    result.add(new CaseOutcome.Rejected(c, "qemu wrote " + qo.size() + " of " + repeat + " records"));
                } else if (no.size() != repeat) {
                    String why = nova.failures().getOrDefault(i, "no record written (exit code " + nova.exitCode() + ")");
                    if (!no.isEmpty()) why = "run " + (no.size() + 1) + " of " + repeat + ": " + why;
                    result.add(new CaseOutcome.NovaFailed(c, why, init, disasm++ < 12 ? disassemble(elf, image, i) : ""));
                } else {
                    List<String> d = List.of();
                    for (int rep = 0; rep < repeat && d.isEmpty(); rep++) {
                        d = new ArrayList<>(StateDiff.diff(q.stdout(), qo.get(rep), nova.stdout(), no.get(rep)));
                        if (!d.isEmpty() && repeat > 1) d.addFirst("(run " + (rep + 1) + " of " + repeat + ")");
                    }
                    result.add(d.isEmpty() ? new CaseOutcome.Match(c)
                            : new CaseOutcome.Mismatch(c, d, init, disasm++ < 12 ? disassemble(elf, image, i) : ""));
                }
            }
            pending = retry;
        }
        for (TestCase c : pending) result.add(new CaseOutcome.Rejected(c, "not run: too many oracle failures in batch"));
        return result;
    }

    /** Case index -> offsets of its records in the output, in run order (records carry their case id). */
    static Map<Integer, List<Integer>> records(byte[] out) {
        Map<Integer, List<Integer>> m = new HashMap<>();
        for (int off = 0; off + StateLayout.SIZE <= out.length; off += StateLayout.SIZE) {
            long id = StateDiff.q(out, off + StateLayout.CASE_ID);
            if (id >= 0 && id < Integer.MAX_VALUE) m.computeIfAbsent((int) id, k -> new ArrayList<>()).add(off);
        }
        return m;
    }

    private static final Pattern ASM_ERR = Pattern.compile("prog\\.S:(\\d+): Error");

    /** Case indices whose lines the assembler rejected. */
    static List<Integer> rejectedByAssembler(Program prog, String stderr) {
        int[] caseOfLine = caseOfLine(prog);
        List<Integer> bad = new ArrayList<>();
        Matcher m = ASM_ERR.matcher(stderr);
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            if (line < caseOfLine.length && caseOfLine[line] >= 0 && !bad.contains(caseOfLine[line])) bad.add(caseOfLine[line]);
        }
        return bad;
    }

    static String asmError(String stderr, Program prog, int index) {
        int[] caseOfLine = caseOfLine(prog);
        Matcher m = Pattern.compile("prog\\.S:(\\d+): (Error: .*)").matcher(stderr);
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            if (line < caseOfLine.length && caseOfLine[line] == index) return m.group(2);
        }
        return "?";
    }

    /** 1-based line number -> case index (-1 outside cases). */
    static int[] caseOfLine(Program prog) {
        String[] lines = prog.source().split("\n", -1);
        int[] map = new int[lines.length + 2];
        int current = -1;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.matches("case_\\d+:")) {
                current = Integer.parseInt(l.substring(5, l.length() - 1));
            } else if (l.startsWith("all_done")) {
                current = -1;
            }
            map[i + 1] = current;
        }
        return map;
    }

    /** objdump of the case's instructions (encodings help when the decoder is at fault). */
    static String disassemble(Path elf, ElfImage image, int index) {
        try {
            long from = image.symbol("case_" + index + "_body"), to = image.symbol("case_" + index + "_end");
            Toolchain.Result r = Toolchain.run(List.of(Toolchain.OBJDUMP, "-d", "-z",
                    "--start-address=0x" + Long.toHexString(from), "--stop-address=0x" + Long.toHexString(to), elf.toString()),
                    null, 30);
            StringBuilder sb = new StringBuilder();
            for (String line : r.stdout().length == 0 ? new String[0] : new String(r.stdout()).split("\n")) {
                if (line.matches("\\s+[0-9a-f]+:\\s.*")) sb.append("    ").append(line.strip()).append('\n');
            }
            return sb.toString();
        } catch (IOException | RuntimeException e) {
            return "    (objdump failed: " + e.getMessage() + ")\n";
        }
    }

    static String head(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
