package nova.linuxuser.sys;

import java.util.function.LongSupplier;

/**
 * The guest's clocks. Deterministic by default: time advances with retired instructions (one
 * nanosecond each, a 1 GHz core, like QEMU's icount) plus whatever the guest slept, from a
 * fixed boot time and a fixed wall-clock epoch. With host time, the real clocks are used.
 */
public final class GuestClock {
    /** Wall-clock time at guest boot in deterministic mode: 2024-01-01T00:00:00Z. */
    public static final long EPOCH_NS = 1_704_067_200L * 1_000_000_000L;
    /** Monotonic time at the first instruction: a fixed uptime of 100 s. */
    public static final long BOOT_NS = 100L * 1_000_000_000L;

    private final LongSupplier instructions;
    private final boolean host;
    private final long hostStart = System.nanoTime();
    private long sleptNs;

    public GuestClock(LongSupplier instructions, boolean hostTime) {
        this.instructions = instructions;
        this.host = hostTime;
    }

    public boolean isHostTime() {
        return host;
    }

    public long monotonicNs() {
        if (host) {
            return BOOT_NS + System.nanoTime() - hostStart;
        }
        return BOOT_NS + instructions.getAsLong() + sleptNs;
    }

    public long realtimeNs() {
        if (host) {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
        return EPOCH_NS + monotonicNs() - BOOT_NS;
    }

    /** CPU time of the process: its retired instructions at 1 GHz in either mode. */
    public long cpuNs() {
        return instructions.getAsLong();
    }

    /** Waits {@code ns}: really with host time, else by advancing the guest's clocks. */
    public void sleep(long ns) {
        if (ns <= 0) {
            return;
        }
        if (host) {
            try {
                Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            sleptNs += ns;
        }
    }
}
