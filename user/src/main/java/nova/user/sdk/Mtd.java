package nova.user.sdk;

/**
 * Message Transfer Descriptors. Regular IPC (§4.4.1): bits 8..0 hold the number of UTCB message
 * words minus one, so every regular message carries at least word 0. Architectural IPC (§7.7.4):
 * one bit per group of architectural state.
 */
public final class Mtd {
    private Mtd() {}

    /** §4.3.1: a UTCB holds 512 message words. */
    public static final int MAX_WORDS = 512;

    /** The regular MTD that transfers words 0..n-1 (1 ≤ n ≤ 512). */
    public static int words(int n) {
        if (n < 1 || n > MAX_WORDS)
            throw new IllegalArgumentException("a message carries 1.." + MAX_WORDS + " words, got " + n);
        return n - 1;
    }

    /** How many message words a regular MTD transfers (§4.4.1). */
    public static int wordCount(int mtd) {
        return (mtd & 0x1ff) + 1;
    }

    // §7.7.4 architectural MTD bits
    public static final int POISON = 1 << 0;
    public static final int ICI = 1 << 1;
    public static final int GPR = 1 << 2;
    public static final int FPR = 1 << 3;
    public static final int EL0_SP = 1 << 4;
    public static final int EL0_IDR = 1 << 5;
    public static final int A32_SPSR = 1 << 7;
    public static final int A32_DIH = 1 << 8;
    public static final int EL1_SP = 1 << 10;
    public static final int EL1_IDR = 1 << 11;
    public static final int EL1_ELR_SPSR = 1 << 12;
    public static final int EL1_ESR_FAR = 1 << 13;
    public static final int EL1_AFSR = 1 << 14;
    public static final int EL1_TTBR = 1 << 15;
    public static final int EL1_TCR = 1 << 16;
    public static final int EL1_MAIR = 1 << 17;
    public static final int EL1_VBAR = 1 << 18;
    public static final int EL1_SCTLR = 1 << 19;
    public static final int EL1_MDSCR = 1 << 20;
    public static final int EL2_HCR = 1 << 23;
    public static final int EL2_IDR = 1 << 24;
    public static final int EL2_ELR_SPSR = 1 << 25;
    public static final int EL2_ESR_FAR = 1 << 26;
    public static final int EL2_HPFAR = 1 << 27;
    public static final int TMR = 1 << 29;
    public static final int GIC = 1 << 30;
    public static final int SPACES = 1 << 31;
}
