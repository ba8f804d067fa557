package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD three different (widening, narrowing, long multiply incl. PMULL), vector and scalar. */
final class AdvSimdThreeDiff {
    private AdvSimdThreeDiff() {}

    static boolean vector(Cpu c, int insn) {
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 15;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        if (opcode == 0b1110) {
            if (u) return false;
            if (size == 3) {
                CryptoPmull.pmull64(c, rd, v[2 * rn + (q ? 1 : 0)], v[2 * rm + (q ? 1 : 0)]);
                return true;
            }
            if (size != 0) return false;
        } else if (opcode == 0b1111 || size == 3) {
            return false;
        } else if ((opcode == 0b1001 || opcode == 0b1011 || opcode == 0b1101) && (u || size == 0)) {
            return false;
        }
        int part = q ? (8 >> size) : 0;        // first narrow element of the selected half
        int n = 8 >> size;                     // number of wide (or narrow output) elements
        int wsz = size + 1;
        if (opcode == 0b0100 || opcode == 0b0110) {
            // ADDHN/RADDHN/SUBHN/RSUBHN: wide inputs, narrow high-half results into one half of Vd.
            long r64 = 0;
            int bits = 8 << size;
            for (int i = 0; i < n; i++) {
                long a = get(v, rn, i, wsz), b = get(v, rm, i, wsz);
                long s = opcode == 0b0100 ? a + b : a - b;
                if (u) s += 1L << (bits - 1);
                long r = zx(s >>> bits, size);
                r64 |= r << (i * bits);
            }
            if (q) set(c, rd, v[2 * rd], r64);
            else set(c, rd, r64, 0);
            return true;
        }
        long lo = 0, hi = 0;
        long wm = mask(wsz);
        for (int i = 0; i < n; i++) {
            long d = ext(v, rd, i, wsz, u);
            long a = (opcode == 0b0001 || opcode == 0b0011) ? ext(v, rn, i, wsz, u) : ext(v, rn, part + i, size, u);
            long b = ext(v, rm, part + i, size, u);
            long r = switch (opcode) {
                case 0b0000, 0b0001 -> a + b;
                case 0b0010, 0b0011 -> a - b;
                case 0b0101 -> d + Math.abs(a - b);
                case 0b0111 -> Math.abs(a - b);
                case 0b1000 -> d + a * b;
                case 0b1010 -> d - a * b;
                case 0b1100 -> a * b;
                case 0b1001 -> sqadd(c, d, sqdmull(c, a, b, size), wsz);
                case 0b1011 -> sqsub(c, d, sqdmull(c, a, b, size), wsz);
                case 0b1101 -> sqdmull(c, a, b, size);
                default -> pmul8(a, b);
            } & wm;
            int bit = i << (3 + wsz);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    /** 2*a*b of signed elements of {@code size} (1 or 2), saturated to the double width. */
    static long sqdmull(Cpu c, long a, long b, int size) {
        long p = a * b;
        if (size == 2) {
            if (p == 1L << 62) { c.fpsr |= QC; return Long.MAX_VALUE; }
            return p << 1;
        }
        return satS(c, p << 1, 2);
    }

    static boolean scalar(Cpu c, int insn) {
        if (((insn >>> 29) & 1) != 0) return false;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 15;
        if (size != 1 && size != 2) return false;
        if (opcode != 0b1001 && opcode != 0b1011 && opcode != 0b1101) return false;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        int wsz = size + 1;
        long p = sqdmull(c, sget(v, rn, 0, size), sget(v, rm, 0, size), size);
        long d = sget(v, rd, 0, wsz);
        long r = switch (opcode) {
            case 0b1001 -> sqadd(c, d, p, wsz);
            case 0b1011 -> sqsub(c, d, p, wsz);
            default -> p;
        };
        set(c, rd, zx(r, wsz), 0);
        return true;
    }
}
