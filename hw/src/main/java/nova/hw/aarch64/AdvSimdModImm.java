package nova.hw.aarch64;

/** AdvSIMD modified immediate: MOVI, MVNI, ORR/BIC (immediate), FMOV (vector, immediate). */
final class AdvSimdModImm {
    private AdvSimdModImm() {}

    static boolean execute(Cpu c, int insn) {
        if (((insn >>> 11) & 1) != 0) return false;     // o2 = 1: FMOV half precision (ARMv8.2)
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean op = ((insn >>> 29) & 1) != 0;
        int cmode = (insn >>> 12) & 15;
        int imm8 = (((insn >>> 16) & 7) << 5) | ((insn >>> 5) & 31);
        int rd = insn & 31;
        if (cmode == 0b1111 && op && !q) return false;
        long imm = expand(op, cmode, imm8);
        boolean orrBic = (cmode < 12) && (cmode & 1) != 0;
        long lo, hi;
        if (orrBic) {
            long dl = c.vreg[2 * rd], dh = c.vreg[2 * rd + 1];
            if (op) { lo = dl & ~imm; hi = dh & ~imm; }
            else { lo = dl | imm; hi = dh | imm; }
        } else {
            boolean invert = op && cmode != 0b1110 && cmode != 0b1111;
            lo = hi = invert ? ~imm : imm;
        }
        AdvSimdLanes.set(c, rd, lo, q ? hi : 0);
        return true;
    }

    /** AdvSIMDExpandImm. */
    static long expand(boolean op, int cmode, int imm8) {
        long i = imm8 & 0xffL;
        switch (cmode >>> 1) {
            case 0: return i * 0x0000000100000001L;
            case 1: return (i << 8) * 0x0000000100000001L;
            case 2: return (i << 16) * 0x0000000100000001L;
            case 3: return (i << 24) * 0x0000000100000001L;
            case 4: return i * 0x0001000100010001L;
            case 5: return (i << 8) * 0x0001000100010001L;
            case 6:
                return ((cmode & 1) == 0 ? (i << 8) | 0xff : (i << 16) | 0xffff) * 0x0000000100000001L;
            default:
                if ((cmode & 1) == 0) {
                    if (!op) return i * 0x0101010101010101L;
                    long r = 0;
                    for (int b = 0; b < 8; b++) if (((imm8 >>> b) & 1) != 0) r |= 0xffL << (8 * b);
                    return r;
                }
                long sign = (i >>> 7) & 1, b6 = (i >>> 6) & 1, low = i & 0x3f;
                if (!op) {
                    long f = (sign << 31) | ((b6 ^ 1) << 30) | ((b6 != 0 ? 0x1fL : 0) << 25) | (low << 19);
                    return f * 0x0000000100000001L;
                }
                return (sign << 63) | ((b6 ^ 1) << 62) | ((b6 != 0 ? 0xffL : 0) << 54) | (low << 48);
        }
    }
}
