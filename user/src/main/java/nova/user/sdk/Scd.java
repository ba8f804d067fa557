package nova.user.sdk;

/** Scheduling Context Descriptor (§4.5): budget[15:0] in ms, priority[22:16], COS[38:23]. */
public final class Scd {
    private Scd() {}

    /** Encodes the fields without validating them: the kernel answers BAD_PAR for invalid ones. */
    public static long of(int budgetMs, int prio, int cos) {
        return (budgetMs & 0xffffL) | (prio & 0x7fL) << 16 | (cos & 0xffffL) << 23;
    }

    /** An SC without class of service (§7.5: COS is not supported on aarch64, so it must be 0). */
    public static long of(int budgetMs, int prio) {
        return of(budgetMs, prio, 0);
    }

    public static int budget(long scd) { return (int) (scd & 0xffff); }
    public static int prio(long scd) { return (int) (scd >>> 16 & 0x7f); }
    public static int cos(long scd) { return (int) (scd >>> 23 & 0xffff); }
}
