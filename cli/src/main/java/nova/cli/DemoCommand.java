package nova.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import nova.kernel.Nova;
import nova.user.root.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nova demo}: boots the kernel with the Java root partition manager (issue 2). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Boot NOVA on the simulated platform with the Java root partition manager:",
                "a server PD with a portal per CPU, client PDs with reduced capabilities, helping,",
                "a semaphore timeout, and an account of what happened in simulated time."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cpus", paramLabel = "N", description = "number of CPUs, 1..64 (default: ${DEFAULT-VALUE})")
    int cpus = 4;

    @Option(names = "--memory", paramLabel = "SIZE", description = "physical memory, e.g. 64M, 1G, 8192K (default: ${DEFAULT-VALUE})")
    String memory = "64M";

    @Option(names = "--seed", paramLabel = "N", description = "seed for the clients' request arguments (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--trace", description = "print every hypercall with its arguments and status")
    boolean trace;

    @Override
    public Integer call() {
        long bytes;
        try {
            bytes = parseSize(memory);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Demo.Result r;
        try {
            r = Demo.run(new Demo.Options(cpus, bytes, seed, trace));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        System.out.print(r.text());
        System.out.flush();
        if (!r.completed() || r.reason() != Nova.Reason.ROOT_EXITED) {
            System.err.println("nova demo: the root partition manager did not complete (system stopped: " + r.reason() + ")");
            return 1;
        }
        return 0;
    }

    /** "64M", "1G", "8192K", "1048576": a byte count with an optional binary suffix. */
    static long parseSize(String s) {
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
            throw new IllegalArgumentException("invalid memory size '" + s + "' (use e.g. 64M, 1G, 8192K)");
        }
        if (v <= 0 || v > (Long.MAX_VALUE >> shift))
            throw new IllegalArgumentException("invalid memory size '" + s + "'");
        return v << shift;
    }
}
