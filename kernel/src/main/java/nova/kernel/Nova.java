package nova.kernel;

import nova.kernel.core.Kernel;

/**
 * A booted kernel instance. Deterministic: the same configuration and image give the same run and
 * the same output, because simulated CPUs interleave in a fixed order and simulated time (the STC,
 * §3.1) advances only with executed work, never with host time.
 */
public final class Nova {
    private final Kernel kernel;

    private Nova(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Boots (§6): HIP, NOVA spaces, root PD with its spaces, root EC and root SC on CPU 0. */
    public static Nova boot(PlatformConfig cfg, JavaImage rootImage) {
        if (cfg == null || rootImage == null) throw new IllegalArgumentException("platform and root image are required");
        return new Nova(Kernel.boot(cfg, rootImage, UserContext::new));
    }

    /**
     * Runs the system until every EC is blocked with no pending timeout ({@link Reason#IDLE}), the
     * STC reaches {@code maxSimulatedNanos} converted to STC ticks ({@link Reason#TIME_LIMIT}), or
     * the root EC's code returned ({@link Reason#ROOT_EXITED}). May be called again to continue.
     */
    public RunResult run(long maxSimulatedNanos) {
        if (maxSimulatedNanos < 0) throw new IllegalArgumentException("negative time limit");
        return kernel.run(maxSimulatedNanos);
    }

    /** Current System Time Counter value (§3.1). */
    public long stc() {
        return kernel.stc();
    }

    /** A readable account of the run: hypercalls by number, IPCs, context switches, time. */
    public String statistics() {
        return kernel.statistics();
    }

    /**
     * Checks the kernel's invariants (capability reference counts, kernel-memory accounting per PD,
     * run-queue and semaphore-queue membership, timeout heap) and that the last-resort hypercall
     * guard never fired. Returns an empty string when everything holds, else one line per
     * violation. For tests (the fuzz test calls it after every hypercall); safe to call from user
     * code between hypercalls or while the system is stopped.
     */
    public String checkInvariants() {
        return kernel.checkInvariants();
    }

    /** The kernel instance, for white-box tests in this module. */
    Kernel kernel() {
        return kernel;
    }

    public record RunResult(Reason reason, long stc) {}

    public enum Reason { IDLE, TIME_LIMIT, ROOT_EXITED }
}
