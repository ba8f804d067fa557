package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD three same, floating-point opcodes (single and double), vector and scalar. */
final class AdvSimdThreeSameFp {
    private AdvSimdThreeSameFp() {}

    // Operation codes: U:a:opcode<2:0> (opcode<4:3> is 11 for every FP three-same op).
    private static final int FMAXNM = 0b0000, FMLA = 0b0001, FADD = 0b0010, FMULX = 0b0011, FCMEQ = 0b0100,
            FMAX = 0b0110, FRECPS = 0b0111, FMINNM = 0b1000, FMLS = 0b1001, FSUB = 0b1010, FMIN = 0b1110,
            FRSQRTS = 0b1111, FMAXNMP = 0b10000, FADDP = 0b10010, FMUL = 0b10011, FCMGE = 0b10100,
            FACGE = 0b10101, FMAXP = 0b10110, FDIV = 0b10111, FMINNMP = 0b11000, FABD = 0b11010,
            FCMGT = 0b11100, FACGT = 0b11101, FMINP = 0b11110;

    private static int op(int insn) {
        return (((insn >>> 29) & 1) << 4) | (((insn >>> 23) & 1) << 3) | ((insn >>> 11) & 7);
    }

    static boolean vector(Cpu c, int insn) {
        int op = op(insn);
        boolean q = ((insn >>> 30) & 1) != 0;
        int sz = (insn >>> 22) & 1;
        if (sz == 1 && !q) return false;
        boolean pairwise;
        switch (op) {
            case FMAXNM, FMLA, FADD, FMULX, FCMEQ, FMAX, FRECPS, FMINNM, FMLS, FSUB, FMIN, FRSQRTS,
                 FMUL, FCMGE, FACGE, FDIV, FABD, FCMGT, FACGT -> pairwise = false;
            case FMAXNMP, FADDP, FMAXP, FMINNMP, FMINP -> pairwise = true;
            default -> { return false; }
        }
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        int esz = 2 + sz;
        int n = (q ? 16 : 8) >> esz;
        int half = n >> 1;
        long[] v = c.vreg;
        long lo = 0, hi = 0;
        long m = mask(esz);
        for (int i = 0; i < n; i++) {
            long r;
            if (pairwise) {
                int src = i < half ? rn : rm;
                int j = (i < half ? i : i - half) * 2;
                r = element(c, op, esz, get(v, src, j, esz), get(v, src, j + 1, esz), 0);
            } else {
                r = element(c, op, esz, get(v, rn, i, esz), get(v, rm, i, esz), get(v, rd, i, esz));
            }
            r &= m;
            int bit = i << (3 + esz);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    static boolean scalar(Cpu c, int insn) {
        int op = op(insn);
        switch (op) {
            case FMULX, FCMEQ, FRECPS, FRSQRTS, FCMGE, FACGE, FABD, FCMGT, FACGT -> { }
            default -> { return false; }
        }
        int esz = 2 + ((insn >>> 22) & 1);
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        long r = element(c, op, esz, get(v, rn, 0, esz), get(v, rm, 0, esz), 0) & mask(esz);
        set(c, rd, r, 0);
        return true;
    }

    /** One FP element; {@code esz} 2 = single, 3 = double (FpOps size codes are the same). */
    static long element(Cpu c, int op, int esz, long a, long b, long d) {
        return switch (op) {
            case FMAXNM, FMAXNMP -> FpOps.maxNum(c, esz, a, b);
            case FMINNM, FMINNMP -> FpOps.minNum(c, esz, a, b);
            case FMLA -> FpOps.mulAdd(c, esz, d, a, b);
            case FMLS -> FpOps.mulAdd(c, esz, d, FpOps.neg(c, esz, a), b);
            case FADD, FADDP -> FpOps.add(c, esz, a, b);
            case FSUB -> FpOps.sub(c, esz, a, b);
            case FMULX -> FpOps.mulX(c, esz, a, b);
            case FMUL -> FpOps.mul(c, esz, a, b);
            case FDIV -> FpOps.div(c, esz, a, b);
            case FMAX, FMAXP -> FpOps.max(c, esz, a, b);
            case FMIN, FMINP -> FpOps.min(c, esz, a, b);
            case FRECPS -> FpOps.recipStep(c, esz, a, b);
            case FRSQRTS -> FpOps.rsqrtStep(c, esz, a, b);
            case FABD -> FpOps.abs(c, esz, FpOps.sub(c, esz, a, b));
            case FCMEQ -> FpOps.compareEq(c, esz, a, b) ? -1 : 0;
            case FCMGE -> FpOps.compareGe(c, esz, a, b) ? -1 : 0;
            case FCMGT -> FpOps.compareGt(c, esz, a, b) ? -1 : 0;
            case FACGE -> FpOps.compareGe(c, esz, FpOps.abs(c, esz, a), FpOps.abs(c, esz, b)) ? -1 : 0;
            case FACGT -> FpOps.compareGt(c, esz, FpOps.abs(c, esz, a), FpOps.abs(c, esz, b)) ? -1 : 0;
            default -> throw new IllegalStateException();
        };
    }
}
