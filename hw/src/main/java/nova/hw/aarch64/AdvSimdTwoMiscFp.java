package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/**
 * AdvSIMD two-register miscellaneous, floating-point opcodes (and URECPE/URSQRTE), vector
 * and scalar. Operation codes below are U:size<1>:opcode.
 */
final class AdvSimdTwoMiscFp {
    private AdvSimdTwoMiscFp() {}

    static final int RN = 0, RP = 1, RM = 2, RZ = 3, RA = 4;

    private static final int FCVTN = 0b0010110, FCVTL = 0b0010111, FRINTN = 0b0011000, FRINTM = 0b0011001,
            FCVTNS = 0b0011010, FCVTMS = 0b0011011, FCVTAS = 0b0011100, SCVTF = 0b0011101,
            FCMGT0 = 0b0101100, FCMEQ0 = 0b0101101, FCMLT0 = 0b0101110, FABS = 0b0101111, FRINTP = 0b0111000,
            FRINTZ = 0b0111001, FCVTPS = 0b0111010, FCVTZS = 0b0111011, URECPE = 0b0111100, FRECPE = 0b0111101,
            FRECPX = 0b0111111,
            FCVTXN = 0b1010110, FRINTA = 0b1011000, FRINTX = 0b1011001, FCVTNU = 0b1011010, FCVTMU = 0b1011011,
            FCVTAU = 0b1011100, UCVTF = 0b1011101, FCMGE0 = 0b1101100, FCMLE0 = 0b1101101, FNEG = 0b1101111,
            FRINTI = 0b1111001, FCVTPU = 0b1111010, FCVTZU = 0b1111011, URSQRTE = 0b1111100, FRSQRTE = 0b1111101,
            FSQRT = 0b1111111;

    private static int op(int insn) {
        return (((insn >>> 29) & 1) << 6) | (((insn >>> 23) & 1) << 5) | ((insn >>> 12) & 31);
    }

    static boolean vector(Cpu c, int insn) {
        int op = op(insn);
        boolean q = ((insn >>> 30) & 1) != 0;
        int sz = (insn >>> 22) & 1;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        switch (op) {
            case FCVTN, FCVTXN -> {
                if (op == FCVTXN && sz == 0) return false;
                int from = 2 + sz, to = 1 + sz;           // double->single or single->half
                int n = 2 << (1 - sz);                    // 2 doubles or 4 singles
                long r64 = 0;
                for (int i = 0; i < n; i++) {
                    long a = get(v, rn, i, from);
                    long r = op == FCVTXN ? convertToOdd(c, a) : FpOps.convert(c, from, to, a);
                    r64 |= zx(r, to) << (i << (3 + to));
                }
                if (q) set(c, rd, v[2 * rd], r64);
                else set(c, rd, r64, 0);
                return true;
            }
            case FCVTL -> {
                int from = 1 + sz, to = 2 + sz;
                int n = 2 << (1 - sz);
                int part = q ? n : 0;
                long lo = 0, hi = 0;
                for (int i = 0; i < n; i++) {
                    long r = zx(FpOps.convert(c, from, to, get(v, rn, part + i, from)), to);
                    int bit = i << (3 + to);
                    if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
                }
                set(c, rd, lo, hi);
                return true;
            }
            case URECPE, URSQRTE -> { if (sz != 0) return false; }
            case FRECPX -> { return false; }
            default -> {
                if (!known(op)) return false;
                if (sz == 1 && !q) return false;
            }
        }
        int esz = 2 + sz;
        int n = (q ? 16 : 8) >> esz;
        long lo = 0, hi = 0;
        long m = mask(esz);
        for (int i = 0; i < n; i++) {
            long r = element(c, op, esz, get(v, rn, i, esz)) & m;
            int bit = i << (3 + esz);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    private static boolean known(int op) {
        return switch (op) {
            case FRINTN, FRINTM, FCVTNS, FCVTMS, FCVTAS, SCVTF, FCMGT0, FCMEQ0, FCMLT0, FABS, FRINTP, FRINTZ,
                 FCVTPS, FCVTZS, FRECPE, FRINTA, FRINTX, FCVTNU, FCVTMU, FCVTAU, UCVTF, FCMGE0, FCMLE0, FNEG,
                 FRINTI, FCVTPU, FCVTZU, FRSQRTE, FSQRT -> true;
            default -> false;
        };
    }

    static boolean scalar(Cpu c, int insn) {
        int op = op(insn);
        int sz = (insn >>> 22) & 1;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        switch (op) {
            case FCVTNS, FCVTMS, FCVTAS, SCVTF, FCMGT0, FCMEQ0, FCMLT0, FCVTPS, FCVTZS, FRECPE, FRECPX,
                 FCVTNU, FCVTMU, FCVTAU, UCVTF, FCMGE0, FCMLE0, FCVTPU, FCVTZU, FRSQRTE -> { }
            case FCVTXN -> {
                if (sz == 0) return false;
                set(c, rd, convertToOdd(c, v[2 * rn]) & 0xffffffffL, 0);
                return true;
            }
            default -> { return false; }
        }
        int esz = 2 + sz;
        set(c, rd, element(c, op, esz, get(v, rn, 0, esz)) & mask(esz), 0);
        return true;
    }

    /** One element; {@code esz} 2 = single, 3 = double. */
    static long element(Cpu c, int op, int esz, long a) {
        int bits = 8 << esz;
        return switch (op) {
            case FRINTN -> FpOps.roundToIntegral(c, esz, a, RN, false);
            case FRINTM -> FpOps.roundToIntegral(c, esz, a, RM, false);
            case FRINTP -> FpOps.roundToIntegral(c, esz, a, RP, false);
            case FRINTZ -> FpOps.roundToIntegral(c, esz, a, RZ, false);
            case FRINTA -> FpOps.roundToIntegral(c, esz, a, RA, false);
            case FRINTX -> FpOps.roundToIntegral(c, esz, a, (c.fpcr >>> 22) & 3, true);
            case FRINTI -> FpOps.roundToIntegral(c, esz, a, (c.fpcr >>> 22) & 3, false);
            case FCVTNS -> FpOps.toFixed(c, esz, a, 0, false, bits, RN);
            case FCVTMS -> FpOps.toFixed(c, esz, a, 0, false, bits, RM);
            case FCVTPS -> FpOps.toFixed(c, esz, a, 0, false, bits, RP);
            case FCVTZS -> FpOps.toFixed(c, esz, a, 0, false, bits, RZ);
            case FCVTAS -> FpOps.toFixed(c, esz, a, 0, false, bits, RA);
            case FCVTNU -> FpOps.toFixed(c, esz, a, 0, true, bits, RN);
            case FCVTMU -> FpOps.toFixed(c, esz, a, 0, true, bits, RM);
            case FCVTPU -> FpOps.toFixed(c, esz, a, 0, true, bits, RP);
            case FCVTZU -> FpOps.toFixed(c, esz, a, 0, true, bits, RZ);
            case FCVTAU -> FpOps.toFixed(c, esz, a, 0, true, bits, RA);
            case SCVTF -> FpOps.fromFixed(c, esz, a, 0, false, bits);
            case UCVTF -> FpOps.fromFixed(c, esz, a, 0, true, bits);
            case FCMGT0 -> FpOps.compareGt(c, esz, a, 0) ? -1 : 0;
            case FCMGE0 -> FpOps.compareGe(c, esz, a, 0) ? -1 : 0;
            case FCMEQ0 -> FpOps.compareEq(c, esz, a, 0) ? -1 : 0;
            case FCMLT0 -> FpOps.compareGt(c, esz, 0, a) ? -1 : 0;
            case FCMLE0 -> FpOps.compareGe(c, esz, 0, a) ? -1 : 0;
            case FABS -> FpOps.abs(c, esz, a);
            case FNEG -> FpOps.neg(c, esz, a);
            case FSQRT -> FpOps.sqrt(c, esz, a);
            case FRECPE -> FpOps.recipEstimate(c, esz, a);
            case FRSQRTE -> FpOps.rsqrtEstimate(c, esz, a);
            case FRECPX -> FpOps.recpX(c, esz, a);
            case URECPE -> unsignedRecipEstimate(a);
            case URSQRTE -> unsignedRsqrtEstimate(a);
            default -> throw new IllegalStateException();
        };
    }

    /** FCVTXN: double to single with round-to-odd. */
    static long convertToOdd(Cpu c, long a) {
        return FpOps.convert(c, 3, 2, a, FpOps.RO);
    }

    /** URECPE: the ARMv8.0 UnsignedRecipEstimate of a 32-bit fixed-point value. */
    static long unsignedRecipEstimate(long a) {
        if ((a & 0x80000000L) == 0) return 0xffffffffL;
        int x = (int) ((a >>> 23) & 0x1ff);
        x = x * 2 + 1;
        int b = (1 << 19) / x;
        int r = (b + 1) / 2;
        return ((long) (r & 0x1ff)) << 23;
    }

    /** URSQRTE: the ARMv8.0 UnsignedRSqrtEstimate of a 32-bit fixed-point value. */
    static long unsignedRsqrtEstimate(long a) {
        if ((a & 0xc0000000L) == 0) return 0xffffffffL;
        int x = (int) ((a >>> 23) & 0x1ff);
        if (x < 256) x = x * 2 + 1;
        else { x = (x >> 1) << 1; x = (x + 1) * 2; }
        long b = 512;
        while ((long) x * (b + 1) * (b + 1) < (1L << 28)) b++;
        long r = (b + 1) / 2;
        return (r & 0x1ff) << 23;
    }
}
