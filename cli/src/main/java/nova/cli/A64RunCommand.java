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
import java.util.concurrent.Callable;
import nova.linuxuser.LinuxRunner;
import nova.linuxuser.RunConfig;
import nova.linuxuser.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nova a64-run [OPTIONS] PROGRAM [ARGS]}: a static aarch64 Linux ELF on the simulated A64
 * core, with qemu-aarch64's option names where they exist. Options end at PROGRAM, so the
 * guest's own options pass through untouched.
 */
@Command(name = "a64-run", mixinStandardHelpOptions = true, modelTransformer = A64RunCommand.StopAtProgram.class,
        description = {"Run a static aarch64 Linux ELF on the simulated A64 core (like qemu-aarch64).",
            "Deterministic by default: the same program and input give the same output and instruction count."})
final class A64RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The static aarch64 ELF to run.")
    Path program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments passed to the program.")
    List<String> args = new ArrayList<>();

    @Option(names = "-E", paramLabel = "VAR=VALUE", description = "Set an environment variable for the guest.")
    List<String> setEnv = new ArrayList<>();

    @Option(names = "-U", paramLabel = "VAR", description = "Remove an environment variable from the guest's.")
    List<String> unsetEnv = new ArrayList<>();

    @Option(names = "-0", paramLabel = "ARGV0", description = "argv[0] for the guest (default: PROGRAM).")
    String argv0;

    @Option(names = "--strace", description = "Log each syscall to stderr.")
    boolean strace;

    @Option(names = {"--icount", "--stats"}, description = "Print instructions retired and time to stderr at exit.")
    boolean stats;

    @Option(names = "--host-time", description = "Let the guest see the host's clocks (default: instruction-count time).")
    boolean hostTime;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for AT_RANDOM, getrandom, /dev/urandom (default 0).")
    long seed;

    @Option(names = "--jit", description = "Translate hot blocks to JVM bytecode (experimental; same results, "
            + "faster on tight loops).")
    boolean jit;

    @Option(names = "--max-insns", paramLabel = "N", description = "Stop the guest after N instructions (exit 124).")
    long maxInstructions;

    @Option(names = "--debug", description = "On an internal error, print the Java stack trace too.")
    boolean debug;

    /** Everything after PROGRAM belongs to the guest, even words that look like our options. */
    static final class StopAtProgram implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            spec.parser().stopAtPositional(true);
            return spec;
        }
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : RunConfig.DEFAULT_ENV) {
            env.put(kv.substring(0, kv.indexOf('=')), kv);
        }
        for (String kv : setEnv) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                err.println("nova a64-run: -E expects VAR=VALUE, got '" + kv + "'");
                return 2;
            }
            env.put(kv.substring(0, eq), kv);
        }
        unsetEnv.forEach(env::remove);
        List<String> argv = new ArrayList<>();
        argv.add(argv0 != null ? argv0 : program.toString());
        argv.addAll(args);
        RunConfig config = RunConfig.of(program, args)
                .withArgv(argv)
                .withEnv(List.copyOf(env.values()))
                .withStdio(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                        new FileOutputStream(FileDescriptor.err))
                .withTerminals(isTerminal(0), isTerminal(1), isTerminal(2))
                .withSeed(seed)
                .withHostTime(hostTime)
                .withStrace(strace ? err : null)
                .withMaxInstructions(maxInstructions)
                .withJit(jit);
        RunResult r;
        try {
            r = LinuxRunner.run(config);
        } catch (RuntimeException | Error e) {
            err.println("nova a64-run: internal error: " + e);
            if (debug) {
                e.printStackTrace(err);
            }
            return LinuxRunner.EXIT_INTERNAL;
        }
        if (r.error() != null) {
            err.println("nova a64-run: " + r.error());
            if (debug && r.internalError() != null) {
                r.internalError().printStackTrace(err);
            }
        }
        if (stats) {
            double seconds = r.nanos() / 1e9;
            err.printf("nova a64-run: %d instructions in %.3f s (%.2f MIPS), exit status %d%n",
                    r.instructions(), seconds, r.instructions() / Math.max(seconds, 1e-9) / 1e6, r.exitStatus());
        }
        return r.exitStatus();
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
