package nova.linuxuser;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What to run and how: the program, its argv and environment, the streams it gets as fds 0–2,
 * and the determinism knobs. Build with {@link #of} and the {@code with*} methods.
 *
 * @param program         the host path of the static aarch64 ELF
 * @param argv            the guest's argv (argv[0] included)
 * @param env             the guest's environment, "NAME=value" strings
 * @param stdin           fd 0
 * @param stdout          fd 1 (buffered by the harness, flushed at exit and before stdin reads)
 * @param stderr          fd 2 (passed on at once)
 * @param stdinTerminal   fd 0 is a terminal (isatty, TCGETS)
 * @param stdoutTerminal  fd 1 is a terminal
 * @param stderrTerminal  fd 2 is a terminal
 * @param seed            seeds AT_RANDOM, getrandom, /dev/urandom and the pid
 * @param hostTime        the guest sees the host's clocks instead of instruction-count time
 * @param strace          where to log syscalls, or null
 * @param maxInstructions stop after this many instructions (0: no limit)
 * @param workingDir      the guest's initial working directory (null: the host process's)
 * @param jit             run hot blocks through the bytecode translator ({@code JitRunner})
 */
public record RunConfig(Path program, List<String> argv, List<String> env, InputStream stdin, OutputStream stdout,
        OutputStream stderr, boolean stdinTerminal, boolean stdoutTerminal, boolean stderrTerminal, long seed,
        boolean hostTime, PrintStream strace, long maxInstructions, Path workingDir, boolean jit) {

    /** The small fixed environment a guest gets by default (never the host's: runs must replay). */
    public static final List<String> DEFAULT_ENV = List.of(
            "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/", "LANG=C", "TERM=dumb");

    public RunConfig {
        argv = List.copyOf(argv);
        env = List.copyOf(env);
    }

    /** {@code program} with argv = [program, args...], the default environment, the host's stdio. */
    public static RunConfig of(Path program, List<String> args) {
        List<String> argv = new java.util.ArrayList<>();
        argv.add(program.toString());
        argv.addAll(args);
        return new RunConfig(program, argv, DEFAULT_ENV, System.in, System.out, System.err,
                false, false, false, 0, false, null, 0, null, false);
    }

    public RunConfig withArgv(List<String> v) {
        return with(f -> f.argv = v);
    }

    public RunConfig withEnv(List<String> e) {
        return with(f -> f.env = e);
    }

    public RunConfig withStdio(InputStream in, OutputStream out, OutputStream err) {
        return with(f -> {
            f.stdin = in;
            f.stdout = out;
            f.stderr = err;
        });
    }

    public RunConfig withTerminals(boolean in, boolean out, boolean err) {
        return with(f -> {
            f.stdinTerminal = in;
            f.stdoutTerminal = out;
            f.stderrTerminal = err;
        });
    }

    public RunConfig withSeed(long s) {
        return with(f -> f.seed = s);
    }

    public RunConfig withHostTime(boolean h) {
        return with(f -> f.hostTime = h);
    }

    public RunConfig withStrace(PrintStream log) {
        return with(f -> f.strace = log);
    }

    public RunConfig withMaxInstructions(long max) {
        return with(f -> f.maxInstructions = max);
    }

    public RunConfig withWorkingDir(Path dir) {
        return with(f -> f.workingDir = dir);
    }

    /** Runs hot blocks through the bytecode translator ({@code JitRunner}) instead of the interpreter alone. */
    public RunConfig withJit(boolean j) {
        return with(f -> f.jit = j);
    }

    /** The one place that copies every component: each {@code with*} changes only its own. */
    private RunConfig with(java.util.function.Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new RunConfig(f.program, f.argv, f.env, f.stdin, f.stdout, f.stderr, f.stdinTerminal, f.stdoutTerminal,
                f.stderrTerminal, f.seed, f.hostTime, f.strace, f.maxInstructions, f.workingDir, f.jit);
    }

    /** A mutable copy of the components, alive only inside {@link #with}. */
    private static final class Fields {
        Path program;
        List<String> argv;
        List<String> env;
        InputStream stdin;
        OutputStream stdout;
        OutputStream stderr;
        boolean stdinTerminal;
        boolean stdoutTerminal;
        boolean stderrTerminal;
        long seed;
        boolean hostTime;
        PrintStream strace;
        long maxInstructions;
        Path workingDir;
        boolean jit;

        Fields(RunConfig c) {
            program = c.program;
            argv = c.argv;
            env = c.env;
            stdin = c.stdin;
            stdout = c.stdout;
            stderr = c.stderr;
            stdinTerminal = c.stdinTerminal;
            stdoutTerminal = c.stdoutTerminal;
            stderrTerminal = c.stderrTerminal;
            seed = c.seed;
            hostTime = c.hostTime;
            strace = c.strace;
            maxInstructions = c.maxInstructions;
            workingDir = c.workingDir;
            jit = c.jit;
        }
    }
}
