package nova.bench.a64jit;

import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nova.hw.aarch64.Cpu;
import nova.hw.aarch64.Exit;
import nova.hw.aarch64.JitRunner;
import nova.hw.mem.GuestMemory;
import nova.linuxuser.RunConfig;
import nova.linuxuser.elf.ElfFile;
import nova.linuxuser.elf.ElfLoader;
import nova.linuxuser.elf.LoadedProgram;
import nova.linuxuser.fs.FdTable;
import nova.linuxuser.fs.StdInput;
import nova.linuxuser.fs.StdOutput;
import nova.linuxuser.mem.AddressSpace;
import nova.linuxuser.stack.InitialStack;
import nova.linuxuser.sys.LinuxProcess;
import nova.linuxuser.sys.ProcessOptions;
import nova.linuxuser.sys.Syscalls;

/**
 * Measurement driver for the A64 translator: a copy of LinuxRunner.run's set-up and loop with a
 * switch between Cpu.run (interp) and JitRunner.run (jit), printing retired instructions, the
 * main thread's and the process's CPU time. Not part of the build (the harness itself gets a
 * --jit option instead); compiled and run by bench/a64jit-compare.sh.
 *   A64JitDriver jit|interp THRESHOLD PROGRAM ARGS...
 */
public final class A64JitDriver {
    public static void main(String[] a) throws Exception {
        boolean jit = a[0].equals("jit");
        int threshold = Integer.parseInt(a[1]);
        Path prog = Path.of(a[2]);
        List<String> argv = new ArrayList<>(List.of(a).subList(2, a.length));
        byte[] image = Files.readAllBytes(prog);
        long t0 = System.nanoTime();
        GuestMemory memory = new GuestMemory();
        Cpu cpu = new Cpu(memory);
        JitRunner runner = new JitRunner(cpu, threshold);
        AddressSpace space = new AddressSpace(memory);
        LinuxProcess process = new LinuxProcess(memory, space, prog.toAbsolutePath().toString(),
                new ProcessOptions(0, false, 1000, 1000), cpu::retired);
        ElfFile elf = ElfFile.parse(image);
        LoadedProgram program = ElfLoader.load(elf, image, space);
        process.setBrkStart(program.brkStart());
        byte[] random = new byte[16];
        process.randomBytes(random);
        long sp = InitialStack.build(space, program, argv, RunConfig.DEFAULT_ENV, prog.toString(), random,
                new InitialStack.Identity(Cpu.HWCAP, Cpu.HWCAP2, 1000, 1000));
        cpu.setPc(program.entry());
        cpu.setSp(sp);
        FdTable fds = process.fds();
        StdOutput out = new StdOutput(new BufferedOutputStream(System.out, 1 << 16), false, false, () -> {});
        StdOutput err = new StdOutput(System.err, false, true, out::flush);
        StdInput in = new StdInput(System.in, false, fds::flushAll);
        fds.install(0, in, false);
        fds.install(1, out, false);
        fds.install(2, err, false);
        Syscalls sys = new Syscalls(process);
        String end = null;
        while (end == null) {
            Exit exit = jit ? runner.run(1L << 40) : cpu.run(1L << 40);
            switch (exit) {
                case Exit.Svc s -> {
                    cpu.setPc(s.pc());
                    long r = sys.dispatch(cpu.x(8), cpu.x(0), cpu.x(1), cpu.x(2), cpu.x(3), cpu.x(4), cpu.x(5));
                    cpu.setX(0, r);
                    if (process.termination() != null) {
                        end = "exit " + process.termination().status();
                    }
                }
                case Exit.BudgetExhausted b -> { }
                default -> end = exit.toString();
            }
        }
        fds.closeAll();
        long t1 = System.nanoTime();
        long cpuNs = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf("main thread cpu %.3f s, process cpu %.3f s%n", cpuNs / 1e9, ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        System.err.printf("[%s] %s: %d insns in %.3f s (%.1f M/s), %d blocks / %d insns translated%n",
                jit ? "jit" : "interp", end, cpu.retired(), (t1 - t0) / 1e9, cpu.retired() / ((t1 - t0) / 1e3),
                runner.translatedBlocks(), runner.translatedInstructions());
        System.err.println(runner.statistics());
    }
}
