package nova.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nova.linuxuser.LinuxRunner;
import nova.linuxuser.RunConfig;
import nova.linuxuser.RunResult;

/**
 * {@code nova a64-run [OPTIONS] PROGRAM [ARGS...]}: a static aarch64 Linux ELF on the simulated
 * A64 core, with qemu-aarch64's option names where they exist. Options end at PROGRAM, so the
 * guest's own options pass through untouched.
 */
final class A64RunCommand {
    static final String USAGE = """
            Usage: nova a64-run [OPTIONS] [--] PROGRAM [ARGS...]
            Run a static aarch64 Linux ELF on the simulated A64 core (like qemu-aarch64).
            Deterministic by default: the same program and input give the same output and
            instruction count. Options end at PROGRAM: every word after it goes to the
            program, even one that looks like an option.

              PROGRAM              The static aarch64 ELF to run.
              ARGS...              Arguments passed to the program.

            Options (a valued option also accepts --opt=VALUE):
              -E VAR=VALUE         Set an environment variable for the guest (repeatable).
              -U VAR               Remove an environment variable from the guest's
                                   (repeatable).
              -0 ARGV0             argv[0] for the guest (default: PROGRAM).
                  --strace         Log each syscall to stderr.
                  --icount, --stats
                                   Print instructions retired, wall and CPU time and the
                                   translator's counters to stderr at exit.
                  --host-time      Let the guest see the host's clocks (default:
                                   instruction-count time).
                  --seed N         Seed for AT_RANDOM, getrandom, /dev/urandom (default 0).
                  --jit            Translate hot blocks to JVM bytecode (the default; same
                                   results and instruction counts as the interpreter).
                  --no-jit         Interpret every instruction (no translation).
                  --max-insns N    Stop the guest after N instructions (exit 124; default 0:
                                   no limit).
                  --debug          On an internal error, print the Java stack trace too.
              -h, --help           Show this help message and exit.
              -V, --version        Print version information and exit.
            """;

    /**
     * One parsed command line.
     *
     * @param setEnv   the -E words in order, each VAR=VALUE
     * @param unsetEnv the -U names in order
     * @param argv0    argv[0] for the guest, or null for PROGRAM
     */
    record Options(Path program, List<String> args, List<String> setEnv, List<String> unsetEnv, String argv0,
            boolean strace, boolean stats, boolean hostTime, long seed, boolean jit, long maxInstructions,
            boolean debug) {
        Options {
            args = List.copyOf(args);
            setEnv = List.copyOf(setEnv);
            unsetEnv = List.copyOf(unsetEnv);
        }
    }

    private A64RunCommand() {}

    /** Parses, then runs the guest; returns the exit status (2 for a bad command line). */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        Optional<Options> options;
        try {
            options = parse(argv, out);
        } catch (UsageException e) {
            err.println("nova a64-run: " + e.getMessage());
            return 2;
        }
        return options.map(o -> execute(o, err)).orElse(0);
    }

    /**
     * Reads a command line. Empty when it asked for the help or the version, which is then
     * printed on {@code out}.
     */
    static Optional<Options> parse(String[] argv, PrintStream out) throws UsageException {
        Args args = new Args(argv);
        List<String> setEnv = new ArrayList<>();
        List<String> unsetEnv = new ArrayList<>();
        String argv0 = null;
        boolean strace = false, stats = false, hostTime = false, jit = true, debug = false;
        long seed = 0, maxInstructions = 0;
        while (args.nextOption()) {
            if (args.helpOrVersion(out, USAGE)) {
                return Optional.empty();
            } else if (args.option("-E")) {
                String kv = args.value();
                if (kv.indexOf('=') <= 0) throw new UsageException("-E expects VAR=VALUE, got '" + kv + "'");
                setEnv.add(kv);
            } else if (args.option("-U")) {
                unsetEnv.add(args.value());
            } else if (args.option("-0")) {
                argv0 = args.value();
            } else if (args.flag("--strace")) {
                strace = true;
            } else if (args.flag("--icount", "--stats")) {
                stats = true;
            } else if (args.flag("--host-time")) {
                hostTime = true;
            } else if (args.option("--seed")) {
                seed = args.longValue(Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (args.flag("--jit")) {
                jit = true;
            } else if (args.flag("--no-jit")) {
                jit = false;
            } else if (args.option("--max-insns")) {
                maxInstructions = args.longValue(0, Long.MAX_VALUE);
            } else if (args.flag("--debug")) {
                debug = true;
            } else {
                throw args.unknownOption();
            }
        }
        if (!args.hasNext()) throw new UsageException("missing PROGRAM (try 'nova a64-run --help')");
        Path program = Path.of(args.next());
        return Optional.of(new Options(program, List.of(args.rest()), setEnv, unsetEnv, argv0,
                strace, stats, hostTime, seed, jit, maxInstructions, debug));
    }

    /** The guest's environment: the defaults, then each -E in order, then each -U removed. */
    static List<String> environment(Options o) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : RunConfig.DEFAULT_ENV) {
            env.put(kv.substring(0, kv.indexOf('=')), kv);
        }
        for (String kv : o.setEnv()) {
            env.put(kv.substring(0, kv.indexOf('=')), kv);
        }
        o.unsetEnv().forEach(env::remove);
        return List.copyOf(env.values());
    }

    /** Runs the guest on the host's own stdin/stdout/stderr; messages of ours go to {@code err}. */
    private static int execute(Options o, PrintStream err) {
        List<String> argv = new ArrayList<>();
        argv.add(o.argv0() != null ? o.argv0() : o.program().toString());
        argv.addAll(o.args());
        RunConfig config = RunConfig.of(o.program(), o.args())
                .withArgv(argv)
                .withEnv(environment(o))
                .withStdio(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                        new FileOutputStream(FileDescriptor.err))
                .withTerminals(isTerminal(0), isTerminal(1), isTerminal(2))
                .withSeed(o.seed())
                .withHostTime(o.hostTime())
                .withStrace(o.strace() ? err : null)
                .withMaxInstructions(o.maxInstructions())
                .withJit(o.jit());
        RunResult r;
        try {
            r = LinuxRunner.run(config);
        } catch (RuntimeException | Error e) {
            err.println("nova a64-run: internal error: " + e);
            if (o.debug()) {
                e.printStackTrace(err);
            }
            return LinuxRunner.EXIT_INTERNAL;
        }
        if (r.error() != null) {
            err.println("nova a64-run: " + r.error());
            if (o.debug() && r.internalError() != null) {
                r.internalError().printStackTrace(err);
            }
        }
        if (o.stats()) {
            double seconds = r.nanos() / 1e9;
            // CPU time of the process, start-up and the JVM's compiler threads included: on a
            // busy machine a steadier figure than wall time. Read from /proc through
            // ProcessHandle and formatted by hand: the management beans and a Formatter cost
            // ~45 ms of a cold JVM, which a benchmark step pays five times.
            java.time.Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(null);
            StringBuilder line = new StringBuilder(120).append("nova a64-run: ").append(r.instructions())
                    .append(" instructions in ").append(fixed(seconds, 3)).append(" s (")
                    .append(fixed(r.instructions() / Math.max(seconds, 1e-9) / 1e6, 2)).append(" MIPS), cpu ")
                    .append(cpu == null ? "?" : fixed(cpu.toNanos() / 1e9, 3)).append(" s, exit status ")
                    .append(r.exitStatus());
            err.println(line);
            if (r.translator() != null) {
                err.println("nova a64-run: " + r.translator());
            }
        }
        return r.exitStatus();
    }

    /** {@code v} >= 0 rounded to {@code decimals} places, like {@code %.Nf}. */
    static String fixed(double v, int decimals) {
        long scale = 1;
        for (int k = 0; k < decimals; k++) {
            scale *= 10;
        }
        long n = Math.round(v * scale);
        String frac = Long.toString(n % scale);
        StringBuilder s = new StringBuilder().append(n / scale).append('.');
        for (int k = frac.length(); k < decimals; k++) {
            s.append('0');
        }
        return s.append(frac).toString();
    }

    /** A host fd is a terminal if /proc says it names a tty device. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return false;
        }
    }
}
