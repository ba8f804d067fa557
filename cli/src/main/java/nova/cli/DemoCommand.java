package nova.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import nova.kernel.Nova;
import nova.user.root.Demo;

/** {@code nova demo}: boots the kernel with the Java root partition manager (issue 2). */
final class DemoCommand {
    static final String USAGE = """
            Usage: nova demo [--cpus N] [--memory SIZE] [--seed N] [--trace]
            Boot NOVA on the simulated platform with the Java root partition manager:
            a server PD with a portal per CPU, client PDs with reduced capabilities,
            helping, a semaphore timeout, and an account of what happened in simulated time.

            Options (a valued option also accepts --opt=VALUE):
                  --cpus N         number of CPUs, 1..64 (default: 4)
                  --memory SIZE    physical memory, e.g. 64M, 1G, 8192K (default: 64M)
                  --seed N         seed for the clients' request arguments (default: 1)
                  --trace          print every hypercall with its arguments and status
              -h, --help           Show this help message and exit.
              -V, --version        Print version information and exit.
            """;

    private DemoCommand() {}

    /** Parses, then runs the demo, printing its account on {@code out}; returns the exit status. */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        Demo.Result r;
        try {
            Optional<Demo.Options> options = parse(argv, out);
            if (options.isEmpty()) return 0;
            r = Demo.run(options.get());
        } catch (UsageException | IllegalArgumentException e) {   // the latter: the platform refused (--cpus 0)
            err.println("nova demo: " + e.getMessage());
            return 2;
        }
        out.print(r.text());
        out.flush();
        if (!r.completed() || r.reason() != Nova.Reason.ROOT_EXITED) {
            err.println("nova demo: the root partition manager did not complete (system stopped: " + r.reason() + ")");
            return 1;
        }
        return 0;
    }

    /** Reads a command line; empty when it asked for the help or the version (printed on {@code out}). */
    static Optional<Demo.Options> parse(String[] argv, PrintStream out) throws UsageException {
        Args args = new Args(argv);
        int cpus = 4;
        long memory = 64L << 20;
        long seed = 1;
        boolean trace = false;
        while (args.nextOption()) {
            if (args.helpOrVersion(out, USAGE)) {
                return Optional.empty();
            } else if (args.option("--cpus")) {
                cpus = args.intValue();
            } else if (args.option("--memory")) {
                memory = parseSize(args.value());
            } else if (args.option("--seed")) {
                seed = args.longValue(Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (args.flag("--trace")) {
                trace = true;
            } else {
                throw args.unknownOption();
            }
        }
        if (args.hasNext()) throw new UsageException("unexpected argument '" + args.next() + "'");
        return Optional.of(new Demo.Options(cpus, memory, seed, trace));
    }

    /** "64M", "1G", "8192K", "64MiB", "1048576": a byte count with an optional binary suffix. */
    static long parseSize(String s) throws UsageException {
        String t = s.trim().toUpperCase(Locale.ROOT);
        if (t.endsWith("IB")) t = t.substring(0, t.length() - 2);
        else if (t.endsWith("B") && t.length() > 1 && Character.isLetter(t.charAt(t.length() - 2))) t = t.substring(0, t.length() - 1);
        int shift = 0;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'K' -> shift = 10;
                case 'M' -> shift = 20;
                case 'G' -> shift = 30;
                default -> { }
            }
        }
        if (shift != 0) t = t.substring(0, t.length() - 1);
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new UsageException("invalid memory size '" + s + "' (use e.g. 64M, 1G, 8192K)");
        }
        if (v <= 0 || v > (Long.MAX_VALUE >> shift))
            throw new UsageException("invalid memory size '" + s + "'");
        return v << shift;
    }
}
