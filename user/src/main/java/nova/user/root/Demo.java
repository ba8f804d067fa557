package nova.user.root;

import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;

/**
 * {@code nova demo}: boots the kernel with the root partition manager as root image and returns
 * the console account of the run followed by the kernel's statistics. Deterministic: the same
 * options give the same bytes.
 */
public final class Demo {
    /** The demo's STC runs at 1 GHz, so ticks read as nanoseconds. */
    public static final long STC_HZ = 1_000_000_000L;
    /** Simulated time after which the demo gives up (the scenario needs well under 1 ms). */
    public static final long TIME_LIMIT_NS = 1_000_000_000L;

    /**
     * @param cpus   number of CPUs (1..64)
     * @param memory physical memory in bytes
     * @param seed   seeds the request arguments the root hands to the clients
     * @param trace  print every hypercall with its arguments and status
     */
    public record Options(int cpus, long memory, long seed, boolean trace) {}

    /**
     * @param completed the root partition manager ran to its end (every client reported done)
     */
    public record Result(String text, Nova.Reason reason, boolean completed) {}

    private Demo() {}

    /** @throws IllegalArgumentException for an invalid platform (the message is one line) */
    public static Result run(Options o) {
        PlatformConfig platform = new PlatformConfig(o.cpus(), o.memory(), STC_HZ);
        Console console = new Console(STC_HZ);
        Components parts = new Components(console, o.trace());
        RootPartitionManager root = new RootPartitionManager(console, o.trace(), o.seed());
        JavaImage image = JavaImage.builder(Layout.IMAGE)
                .entry(Layout.ROOT_ENTRY, Components.guarded(console, "root", root.entry()))
                .code(Layout.SERVER_HANDLER, Components.guarded(console, "server", parts.server()))
                .code(Layout.PAGER, Components.guarded(console, "pager", parts.pager()))
                .code(Layout.CLIENT_ENTRY, Components.guarded(console, "client", parts.client()))
                .code(JavaImage.PAGE + Layout.IMAGE - 4, ctx -> {})   // pads the code to one full page
                .data(Layout.DATA_PAGES * JavaImage.PAGE)
                .build();
        console.header(String.format("NOVA demo: %d CPU%s, %d MiB, STC %d MHz, seed %d", o.cpus(), o.cpus() == 1 ? "" : "s",
                o.memory() >> 20, STC_HZ / 1_000_000, o.seed()));
        Nova nova = Nova.boot(platform, image);
        Nova.RunResult r = nova.run(TIME_LIMIT_NS);
        console.footer(String.format("system stopped: %s at STC %d", r.reason(), r.stc()));
        console.footer("kernel statistics:");
        console.footer(nova.statistics().stripTrailing());
        return new Result(console.text(), r.reason(), root.completed());
    }
}
