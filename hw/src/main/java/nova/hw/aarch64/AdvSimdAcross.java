package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD across lanes (ADDV, S/UADDLV, S/UMAXV, S/UMINV, FMAXV...) and scalar pairwise. */
final class AdvSimdAcross {
    private AdvSimdAcross() {}

    static boolean execute(Cpu c, int insn) {
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 31;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        if (opcode == 0b01100 || opcode == 0b01111) {
            // FMAXNMV/FMINNMV/FMAXV/FMINV: single precision, 4S only in ARMv8.0.
            if (!u || !q || (size & 1) != 0) return false;
            boolean min = (size & 2) != 0;
            boolean num = opcode == 0b01100;
            // Pairwise tree reduction, as the architecture specifies (Reduce splits halves).
            long a0 = get(v, rn, 0, 2), a1 = get(v, rn, 1, 2), a2 = get(v, rn, 2, 2), a3 = get(v, rn, 3, 2);
            long r = fpReduce(c, min, num, fpReduce(c, min, num, a0, a1), fpReduce(c, min, num, a2, a3));
            set(c, rd, r & 0xffffffffL, 0);
            return true;
        }
        if (size == 3 || (size == 2 && !q)) return false;
        int n = (q ? 16 : 8) >> size;
        long r;
        switch (opcode) {
            case 0b00011 -> {
                r = 0;
                for (int i = 0; i < n; i++) r += ext(v, rn, i, size, u);
                r = zx(r, size + 1);
            }
            case 0b01010, 0b11010 -> {
                boolean min = opcode == 0b11010;
                r = ext(v, rn, 0, size, u);
                for (int i = 1; i < n; i++) {
                    long e = ext(v, rn, i, size, u);
                    if (min ? e < r : e > r) r = e;      // zero-extended values compare correctly below 64 bits
                }
                r = zx(r, size);
            }
            case 0b11011 -> {
                if (u) return false;
                r = 0;
                for (int i = 0; i < n; i++) r += get(v, rn, i, size);
                r = zx(r, size);
            }
            default -> { return false; }
        }
        set(c, rd, r, 0);
        return true;
    }

    private static long fpReduce(Cpu c, boolean min, boolean num, long a, long b) {
        if (num) return min ? FpOps.minNum(c, 2, a, b) : FpOps.maxNum(c, 2, a, b);
        return min ? FpOps.min(c, 2, a, b) : FpOps.max(c, 2, a, b);
    }

    /** Scalar pairwise: ADDP (D), FMAXNMP, FADDP, FMAXP, FMINNMP, FMINP (S and D). */
    static boolean scalarPairwise(Cpu c, int insn) {
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 31;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        if (!u) {
            if (opcode != 0b11011 || size != 3) return false;
            set(c, rd, v[2 * rn] + v[2 * rn + 1], 0);
            return true;
        }
        int esz = 2 + (size & 1);
        boolean hiOp = (size & 2) != 0;
        long a = get(v, rn, 0, esz), b = get(v, rn, 1, esz);
        long r;
        switch (opcode) {
            case 0b01100 -> r = hiOp ? FpOps.minNum(c, esz, a, b) : FpOps.maxNum(c, esz, a, b);
            case 0b01101 -> {
                if (hiOp) return false;
                r = FpOps.add(c, esz, a, b);
            }
            case 0b01111 -> r = hiOp ? FpOps.min(c, esz, a, b) : FpOps.max(c, esz, a, b);
            default -> { return false; }
        }
        set(c, rd, r & mask(esz), 0);
        return true;
    }
}
