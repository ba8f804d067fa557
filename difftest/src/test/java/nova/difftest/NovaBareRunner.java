package nova.difftest;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import nova.hw.aarch64.Cpu;
import nova.hw.aarch64.Exit;
import nova.hw.aarch64.JitRunner;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;

/**
 * Runs a generated multi-case program on our A64 core in-process, with a loader and syscall
 * layer of its own (only {@code write} and {@code exit}): independent of the linuxuser module,
 * so what differs from qemu is the CPU. When a case stops with anything but a syscall (an
 * UNDEFINED encoding, a fault, a runaway loop), the failure is recorded against that case and
 * execution resumes at the next case's label, so one bad instruction costs one case, not a batch.
 */
public final class NovaBareRunner {
    /** Instructions one case may take before it counts as runaway (cases are ~100 instructions). */
    static final long CASE_BUDGET = 200_000;
    static final long STACK_TOP = 0x7ff0_0000_0000L;
    static final long STACK_SIZE = 64 * 1024;

    /** Stdout bytes, the exit status, failures by case index, retired instructions, JIT-translated blocks. */
    public record Outcome(byte[] stdout, int exitCode, Map<Integer, String> failures, long retired, long translatedBlocks) {}

    private NovaBareRunner() {}

    public static GuestMemory load(ElfImage elf) {
        GuestMemory mem = new GuestMemory();
        Map<Long, Integer> pages = new TreeMap<>();
        for (ElfImage.Segment s : elf.segments()) {
            int perms = ((s.flags() & 4) != 0 ? Perm.R : 0) | ((s.flags() & 2) != 0 ? Perm.W : 0)
                    | ((s.flags() & 1) != 0 ? Perm.X : 0);
            long start = s.vaddr() & -GuestMemory.PAGE_SIZE;
            long end = (s.vaddr() + s.memsz() + GuestMemory.PAGE_SIZE - 1) & -GuestMemory.PAGE_SIZE;
            for (long p = start; p < end; p += GuestMemory.PAGE_SIZE) pages.merge(p, perms, (a, b) -> a | b);
        }
        pages.forEach((page, perms) -> mem.map(page, GuestMemory.PAGE_SIZE, perms));
        for (ElfImage.Segment s : elf.segments()) {
            if (s.filesz() > 0) mem.writeBytes(s.vaddr(), elf.file(), (int) s.offset(), (int) s.filesz());
        }
        mem.map(STACK_TOP - STACK_SIZE, STACK_SIZE, Perm.RW);
        return mem;
    }

    /**
     * Runs the {@code caseCount} cases of a generated program ({@link nova.difftest.gen.Program}).
     * For cases where {@code signalCase} holds, an UNDEFINED instruction, a memory fault or an
     * alignment fault is delivered as the program's handler would see SIGILL, SIGSEGV or SIGBUS
     * under Linux: the case resumes at its end with the signal number recorded and the
     * architectural state as the faulting instruction left it.
     */
    public static Outcome runCases(ElfImage elf, int caseCount, IntPredicate signalCase,
            java.util.function.Consumer<GuestMemory> tamper) {
        return runCases(elf, caseCount, signalCase, tamper, 0);
    }

    /**
     * As above; {@code jitThreshold > 0} runs the core through {@link JitRunner} with that
     * threshold (1: every block is translated after its first entry), 0 through the interpreter.
     */
    public static Outcome runCases(ElfImage elf, int caseCount, IntPredicate signalCase,
            java.util.function.Consumer<GuestMemory> tamper, int jitThreshold) {
        GuestMemory mem = load(elf);
        tamper.accept(mem);
        Cpu cpu = new Cpu(mem);
        JitRunner jit = jitThreshold > 0 ? new JitRunner(cpu, jitThreshold) : null;
        cpu.setPc(elf.entry());
        cpu.setSp(STACK_TOP);
        long caseIndexVa = elf.symbol("case_index"), resumeVa = elf.symbol("sigill_resume"), flagVa = elf.symbol("sigill_flag");
        long runNext = elf.symbol("run_next"), repCountVa = elf.symbol("rep_count");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Integer, String> failures = new HashMap<>();
        long caseStart = cpu.retired();
        while (true) {
            Exit e;
            try {
                long budget = CASE_BUDGET - (cpu.retired() - caseStart);
                e = jit != null ? jit.run(budget) : cpu.run(budget);
            } catch (RuntimeException ex) { // a bug in the core must not abort the whole batch
                e = null;
                failures.put((int) read64(mem, caseIndexVa), "Java exception escaped Cpu.run: " + ex);
            }
            if (e instanceof Exit.Svc) {
                long nr = cpu.x(8);
                if (nr == 64) {
                    long fd = cpu.x(0), buf = cpu.x(1), len = cpu.x(2);
                    if ((fd == 1 || fd == 2) && len >= 0 && len <= (1 << 20)) {
                        byte[] b = new byte[(int) len];
                        mem.readBytes(buf, b, 0, b.length);
                        if (fd == 1) out.writeBytes(b);
                        cpu.setX(0, len);
                    } else {
                        cpu.setX(0, -9); // EBADF
                    }
                    caseStart = cpu.retired(); // a write ends a case
                    continue;
                }
                if (nr == 134 || nr == 132) { // rt_sigaction, sigaltstack: the handler is emulated below
                    cpu.setX(0, 0);
                    continue;
                }
                if (nr == 93 || nr == 94) {
                    return new Outcome(out.toByteArray(), (int) cpu.x(0), failures, cpu.retired(), jit == null ? 0 : jit.translatedBlocks());
                }
                failures.put((int) read64(mem, caseIndexVa), "unexpected syscall " + nr + " at pc 0x" + Long.toHexString(cpu.pc()));
            } else if (signalOf(e) != 0 && signalCase.test((int) read64(mem, caseIndexVa))) {
                write64(mem, flagVa, signalOf(e));
                cpu.setPc(read64(mem, resumeVa));
                continue;
            } else if (e != null) {
                failures.put((int) read64(mem, caseIndexVa), describe(e, cpu));
            }
            // Skip the rest of the failed case: the driver goes on with the next one.
            long next = read64(mem, caseIndexVa) + 1;
            if (next > caseCount) return new Outcome(out.toByteArray(), -1, failures, cpu.retired(), jit == null ? 0 : jit.translatedBlocks());
            write64(mem, caseIndexVa, next);
            write64(mem, repCountVa, 0);
            cpu.setPc(runNext);
            caseStart = cpu.retired();
        }
    }

    /** The Linux signal an exit becomes for a user process (0: none). */
    static int signalOf(Exit e) {
        return switch (e) {
            case Exit.Undefined u -> 4;
            case Exit.AlignmentFault a -> 7;
            case Exit.MemoryFault m -> 11;
            default -> 0;
        };
    }

    static long read64(GuestMemory mem, long va) {
        byte[] b = new byte[8];
        mem.readBytes(va, b, 0, 8);
        return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    static void write64(GuestMemory mem, long va, long v) {
        byte[] b = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(v).array();
        mem.writeBytes(va, b, 0, 8);
    }

    static String describe(Exit e, Cpu cpu) {
        return switch (e) {
            case Exit.Undefined u -> "Exit.Undefined insn 0x%08x at pc 0x%x".formatted(u.insn(), u.pc());
            case Exit.MemoryFault f -> "Exit.MemoryFault %s address 0x%x at pc 0x%x".formatted(f.access(), f.address(), f.pc());
            case Exit.AlignmentFault f -> "Exit.AlignmentFault address 0x%x at pc 0x%x".formatted(f.address(), f.pc());
            case Exit.BudgetExhausted b -> "runaway: no syscall within " + CASE_BUDGET + " instructions, pc 0x"
                    + Long.toHexString(cpu.pc());
            default -> e + " at pc 0x" + Long.toHexString(cpu.pc());
        };
    }
}
