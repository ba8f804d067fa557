package nova.kernel;

/**
 * The simulated platform the kernel boots on (until the machine issue provides real boards).
 *
 * @param cpus        number of CPUs, 1..64
 * @param memoryBytes physical memory size, a multiple of 4 KiB and at least 1 MiB
 * @param stcHz       frequency of the System Time Counter (§3.1), reported in the HIP (§6.3)
 */
public record PlatformConfig(int cpus, long memoryBytes, long stcHz) {
    public static final int MAX_CPUS = 64;

    public PlatformConfig {
        if (cpus < 1 || cpus > MAX_CPUS)
            throw new IllegalArgumentException("cpus must be between 1 and " + MAX_CPUS + ", got " + cpus);
        if (memoryBytes < (1L << 20) || (memoryBytes & 0xfff) != 0)
            throw new IllegalArgumentException(
                    "memory must be a multiple of 4 KiB and at least 1 MiB, got " + memoryBytes + " bytes");
        if (stcHz <= 0)
            throw new IllegalArgumentException("STC frequency must be positive, got " + stcHz + " Hz");
    }

    /**
     * 4 CPUs, 64 MiB and a 1 GHz STC: small enough to boot in milliseconds, several CPUs so that
     * cross-CPU rules (BAD_CPU, per-CPU run queues) are exercised, and an STC whose ticks are
     * nanoseconds so simulated time reads naturally.
     */
    public static PlatformConfig defaults() {
        return new PlatformConfig(4, 64L << 20, 1_000_000_000L);
    }
}
