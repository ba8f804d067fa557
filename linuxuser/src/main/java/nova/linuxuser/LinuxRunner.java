package nova.linuxuser;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import nova.hw.aarch64.Cpu;
import nova.hw.aarch64.JitRunner;
import nova.hw.aarch64.Exit;
import nova.hw.mem.GuestMemory;
import nova.linuxuser.elf.ElfException;
import nova.linuxuser.elf.ElfFile;
import nova.linuxuser.elf.ElfLoader;
import nova.linuxuser.elf.LoadedProgram;
import nova.linuxuser.fs.FdTable;
import nova.linuxuser.fs.StdInput;
import nova.linuxuser.fs.StdOutput;
import nova.linuxuser.mem.AddressSpace;
import nova.linuxuser.stack.InitialStack;
import nova.linuxuser.sys.LinuxProcess;
import nova.linuxuser.sys.Nr;
import nova.linuxuser.sys.ProcessOptions;
import nova.linuxuser.sys.SignalFrame;
import nova.linuxuser.sys.Syscalls;
import nova.linuxuser.sys.Termination;

/**
 * Runs one static aarch64 Linux program on the A64 core, like {@code qemu-aarch64}: load the
 * ELF, build the entry stack, then run the core and serve each {@code svc #0} until the
 * process exits or the core stops on something a Linux process would die of.
 */
public final class LinuxRunner {
    /** The exit status when the program file cannot be read (a shell's "not found"). */
    public static final int EXIT_NOT_FOUND = 127;
    /** The exit status when the file is not a program this harness can run (a shell's "cannot execute"). */
    public static final int EXIT_CANNOT_EXECUTE = 126;
    /** The exit status when the harness itself fails (sysexits EX_SOFTWARE). */
    public static final int EXIT_INTERNAL = 70;
    /** The exit status when --max-insns stops the program (like timeout(1)). */
    public static final int EXIT_LIMIT = 124;
    private static final long SLICE = 1L << 40;
    /** The uid and gid the guest runs as: fixed, so output that shows them replays. */
    private static final int GUEST_ID = 1000;

    private LinuxRunner() {}

    public static RunResult run(RunConfig config) {
        long start = System.nanoTime();
        byte[] image;
        try {
            image = Files.readAllBytes(config.program());
        } catch (NoSuchFileException e) {
            return new RunResult(EXIT_NOT_FOUND, 0, System.nanoTime() - start,
                    config.program() + ": no such file", null);
        } catch (IOException | OutOfMemoryError | RuntimeException e) {
            return new RunResult(EXIT_NOT_FOUND, 0, System.nanoTime() - start,
                    config.program() + ": cannot read: " + e.getMessage(), null);
        }
        GuestMemory memory = new GuestMemory();
        Cpu cpu = new Cpu(memory);
        AddressSpace space = new AddressSpace(memory);
        String exePath = config.program().toAbsolutePath().normalize().toString();
        LinuxProcess process = new LinuxProcess(memory, space, exePath,
                new ProcessOptions(config.seed(), config.hostTime(), GUEST_ID, GUEST_ID), cpu::retired);
        if (config.workingDir() != null) {
            process.setCwd(config.workingDir());
        }
        try {
            ElfFile elf = ElfFile.parse(image);
            LoadedProgram program = ElfLoader.load(elf, image, space);
            process.setBrkStart(program.brkStart());
            byte[] random = new byte[16];
            process.randomBytes(random);
            long sp = InitialStack.build(space, program, config.argv(), config.env(), config.program().toString(),
                    random, new InitialStack.Identity(Cpu.HWCAP, Cpu.HWCAP2, GUEST_ID, GUEST_ID));
            cpu.setPc(program.entry());
            cpu.setSp(sp);
        } catch (ElfException e) {
            return new RunResult(EXIT_CANNOT_EXECUTE, 0, System.nanoTime() - start,
                    config.program() + ": " + e.getMessage(), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new RunResult(EXIT_INTERNAL, 0, System.nanoTime() - start,
                    config.program() + ": internal error while loading: " + e, e);
        }
        installStdio(process.fds(), config);
        process.setStrace(config.strace());
        JitRunner jit = config.jit() ? new JitRunner(cpu) : null;
        try {
            Termination end = execute(cpu, jit, process, new Syscalls(process), config.maxInstructions());
            return new RunResult(end.status(), cpu.retired(), System.nanoTime() - start, end.message(), null,
                    jit != null ? jit.statistics() : null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug in the core or the harness: still one line (the stack only with --debug).
            String what = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            return new RunResult(EXIT_INTERNAL, cpu.retired(), System.nanoTime() - start,
                    String.format("internal error at pc 0x%x after %d instructions: %s", cpu.pc(), cpu.retired(), what),
                    e);
        } finally {
            process.fds().closeAll();
        }
    }

    private static void installStdio(FdTable fds, RunConfig c) {
        StdOutput out = new StdOutput(new BufferedOutputStream(c.stdout(), 1 << 16), c.stdoutTerminal(),
                c.stdoutTerminal(), () -> {});
        StdOutput err = new StdOutput(c.stderr(), c.stderrTerminal(), true, out::flush);
        StdInput in = new StdInput(c.stdin(), c.stdinTerminal(), fds::flushAll);
        fds.install(0, in, false);
        fds.install(1, out, false);
        fds.install(2, err, false);
    }

    private static Termination execute(Cpu cpu, JitRunner jit, LinuxProcess process, Syscalls syscalls, long maxInstructions) {
        while (true) {
            long budget = SLICE;
            if (maxInstructions > 0) {
                budget = maxInstructions - cpu.retired();
                if (budget <= 0) {
                    return new Termination(EXIT_LIMIT,
                            "instruction limit of " + maxInstructions + " reached");
                }
            }
            Exit exit = jit != null ? jit.run(budget) : cpu.run(budget);
            // An instanceof chain, not a pattern switch: a type switch's bootstrap spins a class
            // the first time it runs, a few milliseconds of every process.
            if (exit instanceof Exit.Svc s) {
                cpu.setPc(s.pc());
                if (cpu.x(8) == Nr.RT_SIGRETURN) {
                    if (!SignalFrame.restore(cpu, process)) {
                        return new Termination(128 + 11, String.format(
                                "rt_sigreturn at pc 0x%x without a readable signal frame at sp 0x%x",
                                s.pc(), cpu.sp()));
                    }
                    continue;
                }
                long r = syscalls.dispatch(cpu.x(8), cpu.x(0), cpu.x(1), cpu.x(2), cpu.x(3), cpu.x(4), cpu.x(5));
                cpu.setX(0, r);
                if (process.termination() != null) {
                    return process.termination();
                }
                if (process.hasPendingSignal() && !SignalFrame.deliver(cpu, process)) {
                    return new Termination(128 + 11, String.format(
                            "cannot deliver a signal: the stack at 0x%x is not writable", cpu.sp()));
                }
            } else if (exit instanceof Exit.BudgetExhausted) {
                // The slice ended: loop to check the limit and go on.
            } else if (exit instanceof Exit.WaitForInterrupt w) {
                cpu.setPc(w.pc() + 4); // at EL0 wfi/wfe just complete
            } else if (exit instanceof Exit.Undefined u) {
                return new Termination(128 + 4, String.format("undefined instruction 0x%08x at pc 0x%x", u.insn(), u.pc()));
            } else if (exit instanceof Exit.MemoryFault f) {
                return new Termination(128 + 11, String.format("memory fault at pc 0x%x: %s of address 0x%x",
                        f.pc(), f.access().name().toLowerCase(java.util.Locale.ROOT), f.address()));
            } else if (exit instanceof Exit.AlignmentFault a) {
                return new Termination(128 + 7, String.format("alignment fault at pc 0x%x (address 0x%x)",
                        a.pc(), a.address()));
            } else if (exit instanceof Exit.Brk b) {
                return new Termination(128 + 5, String.format("brk #0x%x at pc 0x%x (SIGTRAP)", b.imm(), b.pc()));
            } else {
                throw new IllegalStateException("unhandled core exit " + exit); // reported as an internal error
            }
        }
    }
}
