package nova.difftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nova.difftest.gen.TestCase;

/**
 * Runs a list of cases in batches, summarises, keeps every failing case as a candidate
 * regression file under {@code <build dir>/difftest-mismatches/} and builds the failure report:
 * the culprit instruction of each failing case (see {@link Culprits}), grouped by mnemonic, with
 * the full field diff, initial state and disassembly of the first examples.
 */
public final class DiffCampaign {
    static final int BATCH = 500;
    static final int DETAILED = 6;
    static final int CULPRIT_SEARCH_LIMIT = 60;

    /** Counts of one run and the report text ("" when every case matched). */
    public record Summary(int cases, int matched, int mismatched, int novaFailed, int rejected, String report,
            long translatedBlocks) {
        public boolean clean() {
            return mismatched == 0 && novaFailed == 0 && rejected == 0;
        }
    }

    private DiffCampaign() {}

    /** Failing cases kept in memory for the report and the candidate files; the rest are only counted. */
    static final int KEEP_FAILED = 1000;

    public static Summary run(String title, List<TestCase> cases) throws IOException {
        return run(title, cases.size(), cases::get);
    }

    /** Runs {@code count} cases made on demand, batch by batch (a million-case run never holds them all). */
    public static Summary run(String title, int count, java.util.function.IntFunction<TestCase> caseAt) throws IOException {
        return run(title, count, caseAt, DiffRunner.DEFAULT_REPEAT, DiffRunner.JIT);
    }

    /** As above, each case run {@code repeat} times, our core through the JIT if {@code jitThreshold > 0}. */
    public static Summary run(String title, int count, java.util.function.IntFunction<TestCase> caseAt, int repeat,
            int jitThreshold) throws IOException {
        long t0 = System.nanoTime();
        long r0 = DiffRunner.retiredTotal, j0 = DiffRunner.translatedTotal;
        int matched = 0, mism = 0, novaFailed = 0, rejectedCount = 0;
        List<CaseOutcome> failed = new ArrayList<>();
        List<CaseOutcome.Rejected> rejected = new ArrayList<>();
        for (int from = 0; from < count; from += BATCH) {
            List<TestCase> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + BATCH); i++) batch.add(caseAt.apply(i));
            for (CaseOutcome o : DiffRunner.run(batch, repeat, jitThreshold)) {
                switch (o) {
                    case CaseOutcome.Match m -> matched++;
                    case CaseOutcome.Rejected r -> {
                        rejectedCount++;
                        if (rejected.size() < KEEP_FAILED) rejected.add(r);
                    }
                    default -> {
                        if (o instanceof CaseOutcome.Mismatch) mism++;
                        else novaFailed++;
                        if (failed.size() < KEEP_FAILED) failed.add(o);
                    }
                }
            }
            if (count > 50 * BATCH && (from / BATCH) % 100 == 99) {
                System.out.printf("difftest %s: %d of %d cases done, %d failing so far%n", title, from + BATCH, count,
                        mism + novaFailed + rejectedCount);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("difftest %s: %d cases, %d match, %d mismatch, %d nova-failed, %d rejected; %.1f s, %d guest instructions%n",
                title, count, matched, mism, novaFailed, rejectedCount, secs, DiffRunner.retiredTotal - r0);
        if (DiffRunner.translatedTotal != j0) {
            System.out.printf("difftest %s: %d blocks translated by the JIT%n", title, DiffRunner.translatedTotal - j0);
        }
        Map<TestCase, Culprits.Culprit> culprits = failed.isEmpty() ? Map.of()
                : Culprits.find(failed.stream().limit(CULPRIT_SEARCH_LIMIT).map(CaseOutcome::testCase).toList(), repeat,
                        jitThreshold);
        keep(failed, culprits);
        String report = failed.isEmpty() && rejected.isEmpty() ? "" : report(title, failed, rejected, culprits);
        if (!report.isEmpty()) System.out.println(report);
        return new Summary(count, matched, mism, novaFailed, rejectedCount, report, DiffRunner.translatedTotal - j0);
    }

    /**
     * Writes failing cases as candidate regression files (to be copied to
     * src/test/resources/regressions/), shortened to the failing prefix when one was found.
     */
    static void keep(List<CaseOutcome> failed, Map<TestCase, Culprits.Culprit> culprits) throws IOException {
        if (failed.isEmpty()) return;
        Path dir = Toolchain.buildDir().resolve("difftest-mismatches");
        Files.createDirectories(dir);
        int n = 0;
        for (CaseOutcome o : failed) {
            if (n++ >= 500) break;
            Culprits.Culprit cu = culprits.get(o.testCase());
            if (cu != null) o = cu.prefixOutcome();
            TestCase c = o.testCase();
            String why = switch (o) {
                case CaseOutcome.Mismatch m -> String.join("\n# ", m.fields());
                case CaseOutcome.NovaFailed f -> f.reason();
                default -> "";
            };
            Files.writeString(dir.resolve(c.cls() + "-" + Long.toHexString(c.seed()) + ".case"), "# " + why + "\n" + c.toText());
        }
    }

    static String report(String title, List<CaseOutcome> failed, List<CaseOutcome.Rejected> rejected,
            Map<TestCase, Culprits.Culprit> culprits) {
        StringBuilder sb = new StringBuilder();
        sb.append("=== difftest ").append(title).append(": ").append(failed.size()).append(" failing, ")
                .append(rejected.size()).append(" rejected cases (candidates kept in ")
                .append(Toolchain.buildDir().resolve("difftest-mismatches")).append(")\n");
        for (int i = 0; i < Math.min(5, rejected.size()); i++) {
            sb.append("REJECTED (generator bug): ").append(rejected.get(i).reason()).append('\n')
                    .append(rejected.get(i).testCase().toText());
        }
        if (failed.isEmpty()) return sb.toString();
        int searched = Math.min(CULPRIT_SEARCH_LIMIT, failed.size());
        // Group by culprit mnemonic so one bug shows up once, with a count.
        Map<String, List<Culprits.Culprit>> byMnemonic = new TreeMap<>();
        for (Culprits.Culprit c : culprits.values()) {
            byMnemonic.computeIfAbsent(c.instruction().split("[ .]")[0], k -> new ArrayList<>()).add(c);
        }
        sb.append("Culprit instructions among the first ").append(searched).append(" failing cases:\n");
        byMnemonic.forEach((mn, list) -> sb.append("  ").append(mn).append(" x").append(list.size())
                .append("  e.g. ").append(list.getFirst().instruction()).append('\n'));
        int shown = 0;
        for (Map.Entry<String, List<Culprits.Culprit>> e : byMnemonic.entrySet()) {
            if (shown++ >= DETAILED * 3) break;
            for (Culprits.Culprit c : e.getValue().subList(0, Math.min(1, e.getValue().size()))) {
                sb.append(detail(c.instruction(), c.prefixOutcome()));
            }
        }
        if (culprits.isEmpty()) {
            for (CaseOutcome o : failed.subList(0, Math.min(DETAILED, failed.size()))) sb.append(detail("(no single culprit)", o));
        }
        return sb.toString();
    }

    static String detail(String culprit, CaseOutcome o) {
        StringBuilder sb = new StringBuilder();
        sb.append("--- culprit: ").append(culprit).append('\n').append(o.testCase().toText());
        switch (o) {
            case CaseOutcome.Mismatch m -> {
                sb.append(StateDiff.initialSummary(m.initial(), m.testCase().insns()));
                sb.append("  disassembly:\n").append(m.disassembly());
                for (String f : m.fields()) sb.append("  ").append(f).append('\n');
            }
            case CaseOutcome.NovaFailed f -> {
                sb.append(StateDiff.initialSummary(f.initial(), f.testCase().insns()));
                sb.append("  disassembly:\n").append(f.disassembly());
                sb.append("  nova: ").append(f.reason()).append('\n');
            }
            default -> sb.append("  ").append(o).append('\n');
        }
        return sb.toString();
    }

    /** Seed of a run: -Dnova.diff.seed (decimal or 0x hex), default fixed for CI. */
    public static long runSeed() {
        String s = System.getProperty("nova.diff.seed", "20261125");
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    /** Cases per class: -Dnova.diff.cases, else the CI default. */
    public static int caseCount(int ciDefault) {
        return Integer.getInteger("nova.diff.cases", ciDefault);
    }
}
