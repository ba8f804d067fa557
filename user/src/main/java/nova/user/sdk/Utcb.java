package nova.user.sdk;

import nova.kernel.UserContext;

/**
 * A view of an EC's UTCB (§4.3) through its host space: the 512 message words of the regular
 * layout (§4.3.1) and the aarch64 architectural layout (§7.7.3) overlaid on the same page. Reads
 * and writes go through {@link UserContext#read64}/{@link UserContext#write64}, so the EC sees
 * exactly what its host space maps.
 *
 * @param base HVA of the UTCB page: for the root EC 4 KiB below the HIP (§6.2.3.2), for a created
 *             EC the hvp it was created with (§5.3.2)
 */
public record Utcb(long base) {
    public static final int SIZE = 4096;

    public Utcb {
        if ((base & 0xfff) != 0)
            throw new IllegalArgumentException("a UTCB is page aligned, got 0x" + Long.toHexString(base));
    }

    /** The root EC's UTCB: one page below the HIP (§6.2.3.2). */
    public static Utcb ofRoot(long hipVa) {
        return new Utcb(hipVa - SIZE);
    }

    /**
     * The UTCB of the calling EC under the SDK convention for Java ECs: Java code keeps its stack
     * on the host, so the SP register (preserved by the kernel, §5.3.2 footnote) carries the HVA of
     * the EC's own UTCB, like a thread pointer. ECs created by the SDK's helpers follow it.
     */
    public static Utcb ofSp(UserContext ctx) {
        return new Utcb(ctx.sp() & ~0xfffL);
    }

    public long word(UserContext ctx, int i) {
        return ctx.read64(base + 8L * checkWord(i));
    }

    public void setWord(UserContext ctx, int i, long v) {
        ctx.write64(base + 8L * checkWord(i), v);
    }

    private static int checkWord(int i) {
        if (i < 0 || i >= Mtd.MAX_WORDS)
            throw new IndexOutOfBoundsException("UTCB word " + i + " outside 0.." + (Mtd.MAX_WORDS - 1));
        return i;
    }

    // §7.7.3 architectural layout (byte offsets), the fields a host EC uses
    public static long gpr(int n) {
        if (n < 0 || n > 30) throw new IndexOutOfBoundsException("X" + n);
        return 8L * n;
    }

    public static final long SP_EL0 = 0x0f8;
    public static final long TPIDR_EL0 = 0x100;
    public static final long TPIDRRO_EL0 = 0x108;
    public static final long ELR_EL2 = 0x1e0;
    public static final long SPSR_EL2 = 0x1e8;
    public static final long ESR_EL2 = 0x1f0;
    public static final long FAR_EL2 = 0x1f8;
    public static final long SEL_GST = 0x2e0;

    public long arch(UserContext ctx, long offset) {
        return ctx.read64(base + offset);
    }

    public void setArch(UserContext ctx, long offset, long v) {
        ctx.write64(base + offset, v);
    }
}
