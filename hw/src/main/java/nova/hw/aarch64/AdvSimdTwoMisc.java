package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD two-register miscellaneous, integer opcodes (vector and scalar); FP ones go to AdvSimdTwoMiscFp. */
final class AdvSimdTwoMisc {
    private AdvSimdTwoMisc() {}

    private static boolean isFp(int opcode) {
        return opcode >= 0b11000 || opcode == 0b10110 || opcode == 0b10111 || (opcode >= 0b01100 && opcode <= 0b01111);
    }

    static boolean vector(Cpu c, int insn) {
        int opcode = (insn >>> 12) & 31;
        if (isFp(opcode)) return AdvSimdTwoMiscFp.vector(c, insn);
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        switch (opcode) {
            case 0b00000, 0b00001 -> { return rev(c, v, u, opcode, size, q, rd, rn); }
            case 0b00010, 0b00110 -> {
                if (size == 3) return false;
                addPairwiseLong(c, v, opcode == 0b00110, u, size, q, rd, rn);
                return true;
            }
            case 0b00100 -> { if (size == 3) return false; }
            case 0b00101 -> {
                if (size > (u ? 1 : 0)) return false;
                long nl = v[2 * rn], nh = q ? v[2 * rn + 1] : 0;
                long lo, hi;
                if (!u) { lo = popcountBytes(nl); hi = popcountBytes(nh); }
                else if (size == 0) { lo = ~nl; hi = q ? ~nh : 0; }
                else { lo = rbitBytes(nl); hi = rbitBytes(nh); }
                set(c, rd, lo, hi);
                return true;
            }
            case 0b00011, 0b00111, 0b01000, 0b01001, 0b01011 -> { if (size == 3 && !q) return false; }
            case 0b01010 -> { if (u || (size == 3 && !q)) return false; }
            case 0b10010, 0b10100 -> {
                if (size == 3) return false;
                long r64 = 0;
                int n = 8 >> size;
                for (int i = 0; i < n; i++) r64 |= narrow(c, v, opcode, u, size, rn, i) << (i << (3 + size));
                if (q) set(c, rd, v[2 * rd], r64);
                else set(c, rd, r64, 0);
                return true;
            }
            case 0b10011 -> {
                if (!u || size == 3) return false;
                int n = 8 >> size, part = q ? n : 0, wsz = size + 1, bits = 8 << size;
                long lo = 0, hi = 0;
                for (int i = 0; i < n; i++) {
                    long r = (get(v, rn, part + i, size) << bits) & mask(wsz);
                    int bit = i << (3 + wsz);
                    if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
                }
                set(c, rd, lo, hi);
                return true;
            }
            default -> { return false; }
        }
        if (opcode == 0b01001 && !u) {                     // CMEQ #0: whole-half form
            set(c, rd, AdvSimdSwar.eq(v[2 * rn], 0, size), q ? AdvSimdSwar.eq(v[2 * rn + 1], 0, size) : 0);
            return true;
        }
        int n = (q ? 16 : 8) >> size;
        long lo = 0, hi = 0;
        long m = mask(size);
        for (int i = 0; i < n; i++) {
            long r = element(c, opcode, u, size, get(v, rn, i, size), get(v, rd, i, size)) & m;
            int bit = i << (3 + size);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    /** XTN / SQXTUN (opcode 10010) and SQXTN / UQXTN (10100) of wide element i of V[rn]. */
    private static long narrow(Cpu c, long[] v, int opcode, boolean u, int size, int rn, int i) {
        int wsz = size + 1;
        if (opcode == 0b10010) {
            if (!u) return zx(get(v, rn, i, wsz), size);
            return zx(satSignedToUnsigned(c, sget(v, rn, i, wsz), size), size);
        }
        if (u) {
            long a = get(v, rn, i, wsz);
            long max = mask(size);
            if (Long.compareUnsigned(a, max) > 0) { c.fpsr |= QC; return max; }
            return a;
        }
        return zx(satS(c, sget(v, rn, i, wsz), size), size);
    }

    private static boolean rev(Cpu c, long[] v, boolean u, int opcode, int size, boolean q, int rd, int rn) {
        int csz = opcode == 1 ? 1 : u ? 2 : 3;     // REV16, REV32, REV64 container
        if (opcode == 1 && u) return false;
        if (size >= csz) return false;
        int n = (q ? 16 : 8) >> size;
        int k = 1 << (csz - size);
        long lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            int src = (i & ~(k - 1)) | (k - 1 - (i & (k - 1)));
            long r = get(v, rn, src, size);
            int bit = i << (3 + size);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    private static void addPairwiseLong(Cpu c, long[] v, boolean acc, boolean u, int size, boolean q, int rd, int rn) {
        int wsz = size + 1;
        int n = (q ? 16 : 8) >> wsz;
        long lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            long r = ext(v, rn, 2 * i, size, u) + ext(v, rn, 2 * i + 1, size, u);
            if (acc) r += get(v, rd, i, wsz);
            r &= mask(wsz);
            int bit = i << (3 + wsz);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
    }

    private static long popcountBytes(long x) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) r |= (long) Long.bitCount((x >>> i) & 0xff) << i;
        return r;
    }

    private static long rbitBytes(long x) {
        return Long.reverseBytes(Long.reverse(x));
    }

    /** One integer element; {@code a} and {@code d} zero-extended. */
    static long element(Cpu c, int opcode, boolean u, int size, long a, long d) {
        long sa = sx(a, size);
        int bits = 8 << size;
        switch (opcode) {
            case 0b00011: return u ? usqadd(c, d, sa, size) : suqadd(c, sx(d, size), a, size);
            case 0b00100: {
                if (u) return Long.numberOfLeadingZeros(a) - (64 - bits);
                long x = sa ^ (sa >> 63);
                return Long.numberOfLeadingZeros(x) - (64 - bits) - 1;
            }
            case 0b00111: {
                long r = u ? -sa : Math.abs(sa);
                if (size == 3 && sa == Long.MIN_VALUE) { c.fpsr |= QC; return Long.MAX_VALUE; }
                return size == 3 ? r : satS(c, r, size);
            }
            case 0b01000: return (u ? sa >= 0 : sa > 0) ? -1 : 0;
            case 0b01001: return (u ? sa <= 0 : sa == 0) ? -1 : 0;
            case 0b01010: return sa < 0 ? -1 : 0;
            case 0b01011: return u ? -sa : Math.abs(sa);
            default: throw new IllegalStateException();
        }
    }

    /** SUQADD: signed d plus unsigned a, saturated signed. */
    private static long suqadd(Cpu c, long d, long a, int size) {
        if (size < 3) return satS(c, d + a, size);
        long r = d + a;
        if (a < 0) {
            if (d >= 0 || r < 0) { c.fpsr |= QC; return Long.MAX_VALUE; }
            return r;
        }
        if (d >= 0 && r < 0) { c.fpsr |= QC; return Long.MAX_VALUE; }
        return r;
    }

    /** USQADD: unsigned d plus signed a, saturated unsigned. */
    private static long usqadd(Cpu c, long d, long a, int size) {
        if (size < 3) return satU(c, d + a, size);
        if (a >= 0) return uqadd(c, d, a, 3);
        if (Long.compareUnsigned(d, -a) < 0) { c.fpsr |= QC; return 0; }
        return d + a;
    }

    static boolean scalar(Cpu c, int insn) {
        int opcode = (insn >>> 12) & 31;
        if (isFp(opcode)) return AdvSimdTwoMiscFp.scalar(c, insn);
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        switch (opcode) {
            case 0b00011, 0b00111 -> { }
            case 0b01000, 0b01001, 0b01011 -> { if (size != 3) return false; }
            case 0b01010 -> { if (u || size != 3) return false; }
            case 0b10010, 0b10100 -> {
                if (size == 3 || (opcode == 0b10010 && !u)) return false;
                set(c, rd, narrow(c, v, opcode, u, size, rn, 0), 0);
                return true;
            }
            default -> { return false; }
        }
        long r = element(c, opcode, u, size, get(v, rn, 0, size), get(v, rd, 0, size)) & mask(size);
        set(c, rd, r, 0);
        return true;
    }
}
