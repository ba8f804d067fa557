package nova.hw.aarch64;

/**
 * Run-time helpers called from translated blocks (small static methods HotSpot inlines into
 * the block): the address a store is about to write, and whether that address may reach
 * translated code.
 */
final class JitRt {
    private JitRt() {}

    /**
     * The address the store {@code i} (operation {@code op}) will write, computed from the
     * registers before it executes, exactly as {@link LoadStore} and
     * {@link LoadStorePairExclusive#pair} compute it.
     */
    static long storeAddress(Cpu c, int op, int i) {
        long base = c.x[(i >>> 5) & 31];
        if (op >= Op.STP && op <= Op.STP + 2) {
            int scale = (i >>> 30) == 2 ? 3 : 2;
            return op == Op.STP + 1 ? base : base + ((long) ((i << 10) >> 25) << scale);
        }
        return switch ((op - Op.LS) >>> 3) {
            case Op.FORM_UIMM -> base + ((long) ((i >>> 10) & 0xFFF) << (i >>> 30));
            case Op.FORM_POST -> base;
            case Op.FORM_REG -> {
                int shift = (i & (1 << 12)) != 0 ? i >>> 30 : 0;
                yield base + Alu.extend(c.xOrZr((i >>> 16) & 31), (i >>> 13) & 7, shift);
            }
            default -> base + ((i << 11) >> 23); // unscaled, pre-index
        };
    }

    /**
     * True if a store at {@code va} may have written a page holding translated code (the
     * filter is conservative); the runner is then told, and the block ends after the store.
     */
    static boolean storeHitsCode(JitRunner r, long va) {
        long vpn = ((va << 8) >> 8) >>> 12; // the core ignores the top byte of data addresses
        long e = r.codeFilter[(int) vpn & ((1 << JitRunner.FILTER_BITS) - 1)];
        if (e == vpn || e == JitRunner.FILTER_COLLISION) {
            r.codeWritten();
            return true;
        }
        return false;
    }
}
