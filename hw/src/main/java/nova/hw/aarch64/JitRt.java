package nova.hw.aarch64;

/** Run-time helpers called from translated blocks (small static methods HotSpot inlines). */
final class JitRt {
    private JitRt() {}

    /** True if the SIMD&FP load/store word {@code i} writes memory (its L bit is clear). */
    static boolean simdStores(int i) {
        if (((i >>> 27) & 7) == 0b111) {
            return ((i >>> 22) & 1) == 0; // single register: opc<0> is the load bit
        }
        if (((i >>> 27) & 7) == 0b101 || ((i >>> 25) & 0x1F) == 0b00110) {
            return ((i >>> 22) & 1) == 0; // pairs and structures
        }
        return false; // literal loads
    }

    /**
     * The lowest address the SIMD&FP store {@code i} writes, from the registers before it runs
     * (every form writes at most 64 bytes from there, so the page filter sees it).
     */
    static long simdStoreAddress(Cpu c, int i) {
        long base = c.x[(i >>> 5) & 31];
        if (((i >>> 25) & 0x1F) == 0b00110) {
            return base; // structures: the base, post-indexing afterwards
        }
        if (((i >>> 27) & 7) == 0b101) {
            int scale = 2 + (i >>> 30);
            return ((i >>> 23) & 3) == 1 ? base : base + ((long) ((i << 10) >> 25) << scale);
        }
        int scale = (i >>> 30) | ((i >>> 21) & 4);
        if ((i & (1 << 24)) != 0) {
            return base + ((long) ((i >>> 10) & 0xFFF) << scale);
        }
        if ((i & (1 << 21)) != 0) {
            int shift = (i & (1 << 12)) != 0 ? scale : 0;
            return base + Alu.extend(c.xOrZr((i >>> 16) & 31), (i >>> 13) & 7, shift);
        }
        return ((i >>> 10) & 3) == 1 ? base : base + ((i << 11) >> 23);
    }

    /** The address written by STXR, STXP, STLR (the base) and DC ZVA (its block). */
    static long otherStoreAddress(Cpu c, int op, int i) {
        if (op == Op.DC_ZVA) {
            return c.xOrZr(i & 31) & -(long) SystemRegisters.DCZVA_BLOCK;
        }
        return c.x[(i >>> 5) & 31];
    }
}
