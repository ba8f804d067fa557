package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD shift by immediate, vector and scalar, incl. narrowing, lengthening and fixed-point FP. */
final class AdvSimdShiftImm {
    private AdvSimdShiftImm() {}

    static boolean vector(Cpu c, int insn) {
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean u = ((insn >>> 29) & 1) != 0;
        int immh = (insn >>> 19) & 15;
        int immhb = (insn >>> 16) & 127;
        int opcode = (insn >>> 11) & 31;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        int esz = 31 - Integer.numberOfLeadingZeros(immh);
        int bits = 8 << esz;
        long[] v = c.vreg;
        if (opcode >= 0b10000 && opcode <= 0b10100) {
            if (esz == 3) return false;
            if (opcode == 0b10100) {
                int sh = immhb - bits;
                int n = 8 >> esz, part = q ? n : 0, wsz = esz + 1;
                long lo = 0, hi = 0;
                for (int i = 0; i < n; i++) {
                    long r = (ext(v, rn, part + i, esz, u) << sh) & mask(wsz);
                    int bit = i << (3 + wsz);
                    if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
                }
                set(c, rd, lo, hi);
                return true;
            }
            int sh = 2 * bits - immhb;
            long r64 = 0;
            int n = 8 >> esz;
            for (int i = 0; i < n; i++) r64 |= narrow(c, v, opcode, u, esz, sh, rn, i) << (i * bits);
            if (q) set(c, rd, v[2 * rd], r64);
            else set(c, rd, r64, 0);
            return true;
        }
        if (esz == 3 && !q) return false;
        if (!allowed(opcode, u)) return false;
        if (opcode == 0b11100 || opcode == 0b11111) {
            if (esz < 2) return false;
        }
        if (opcode == 0b00000 && u) {                      // USHR: whole-half form
            int s = 2 * bits - immhb;
            set(c, rd, AdvSimdSwar.ushr(v[2 * rn], esz, s), q ? AdvSimdSwar.ushr(v[2 * rn + 1], esz, s) : 0);
            return true;
        }
        if (opcode == 0b01010 && !u) {                     // SHL: whole-half form
            int s = immhb - bits;
            set(c, rd, AdvSimdSwar.shl(v[2 * rn], esz, s), q ? AdvSimdSwar.shl(v[2 * rn + 1], esz, s) : 0);
            return true;
        }
        int n = (q ? 16 : 8) >> esz;
        long lo = 0, hi = 0;
        long m = mask(esz);
        for (int i = 0; i < n; i++) {
            long r = element(c, opcode, u, esz, immhb, get(v, rn, i, esz), get(v, rd, i, esz)) & m;
            int bit = i << (3 + esz);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    private static boolean allowed(int opcode, boolean u) {
        return switch (opcode) {
            case 0b00000, 0b00010, 0b00100, 0b00110, 0b01010, 0b01110, 0b11100, 0b11111 -> true;
            case 0b01000, 0b01100 -> u;
            default -> false;
        };
    }

    /** One element of a same-size shift; {@code a}, {@code d} zero-extended. */
    static long element(Cpu c, int opcode, boolean u, int esz, int immhb, long a, long d) {
        int bits = 8 << esz;
        int rsh = 2 * bits - immhb;          // right shift amount, 1..bits
        int lsh = immhb - bits;              // left shift amount, 0..bits-1
        long sa = u ? a : sx(a, esz);
        switch (opcode) {
            case 0b00000: return shift(c, sa, -rsh, esz, u, false, false);
            case 0b00010: return d + shift(c, sa, -rsh, esz, u, false, false);
            case 0b00100: return shift(c, sa, -rsh, esz, u, true, false);
            case 0b00110: return d + shift(c, sa, -rsh, esz, u, true, false);
            case 0b01000: {
                if (rsh == bits) return d;
                long m = mask(esz) >>> rsh;
                return (d & ~m) | (a >>> rsh);
            }
            case 0b01010: {
                if (!u) return a << lsh;
                long m = mask(esz) << lsh;
                return (d & ~m) | (a << lsh);
            }
            case 0b01100: {
                long s = sx(a, esz);
                if (s < 0) { c.fpsr |= QC; return 0; }
                return shift(c, s, lsh, esz, true, false, true);
            }
            case 0b01110: return shift(c, sa, lsh, esz, u, false, true);
            case 0b11100: return FpOps.fromFixed(c, esz, a, rsh, u, bits);
            case 0b11111: return FpOps.toFixed(c, esz, a, rsh, u, bits, AdvSimdTwoMiscFp.RZ);
            default: throw new IllegalStateException();
        }
    }

    /** Narrowing right shift of wide element i of V[rn] by {@code sh} into {@code esz}. */
    static long narrow(Cpu c, long[] v, int opcode, boolean u, int esz, int sh, int rn, int i) {
        int wsz = esz + 1;
        boolean round = (opcode & 1) != 0;
        if (opcode <= 0b10001) {
            if (!u) return zx(shift(c, get(v, rn, i, wsz), -sh, wsz, true, round, false), esz);   // SHRN/RSHRN
            long r = shift(c, sget(v, rn, i, wsz), -sh, wsz, false, round, false);                 // SQ(R)SHRUN
            return satSignedToUnsigned(c, r, esz);
        }
        if (u) {
            long r = shift(c, get(v, rn, i, wsz), -sh, wsz, true, round, false);
            long max = mask(esz);
            if (Long.compareUnsigned(r, max) > 0) { c.fpsr |= QC; return max; }
            return r;
        }
        return zx(satS(c, shift(c, sget(v, rn, i, wsz), -sh, wsz, false, round, false), esz), esz);
    }

    static boolean scalar(Cpu c, int insn) {
        boolean u = ((insn >>> 29) & 1) != 0;
        int immh = (insn >>> 19) & 15;
        if (immh == 0) return false;
        int immhb = (insn >>> 16) & 127;
        int opcode = (insn >>> 11) & 31;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        int esz = 31 - Integer.numberOfLeadingZeros(immh);
        long[] v = c.vreg;
        switch (opcode) {
            case 0b00000, 0b00010, 0b00100, 0b00110, 0b01010 -> { if (esz != 3) return false; }
            case 0b01000 -> { if (!u || esz != 3) return false; }
            case 0b01100 -> { if (!u) return false; }
            case 0b01110 -> { }
            case 0b11100, 0b11111 -> { if (esz < 2) return false; }
            case 0b10000, 0b10001, 0b10010, 0b10011 -> {
                if (esz == 3 || (opcode <= 0b10001 && !u)) return false;
                int sh = 2 * (8 << esz) - immhb;
                set(c, rd, zx(narrow(c, v, opcode, u, esz, sh, rn, 0), esz), 0);
                return true;
            }
            default -> { return false; }
        }
        long r = element(c, opcode, u, esz, immhb, get(v, rn, 0, esz), get(v, rd, 0, esz)) & mask(esz);
        set(c, rd, r, 0);
        return true;
    }
}
