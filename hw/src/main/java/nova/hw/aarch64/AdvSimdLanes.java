package nova.hw.aarch64;

/**
 * Element helpers for the V registers, held as two longs per register in {@code Cpu.vreg}
 * (low half at {@code 2n}, high half at {@code 2n+1}). Element sizes are log2 bytes:
 * 0 = byte, 1 = half, 2 = word, 3 = doubleword. Results are always assembled in locals and
 * written once, so a destination that aliases a source reads the old value.
 */
final class AdvSimdLanes {
    private AdvSimdLanes() {}

    static final int QC = 1 << 27;

    static long mask(int esz) {
        return esz == 3 ? -1L : (1L << (8 << esz)) - 1;
    }

    /** Element {@code idx} of V[n], zero-extended. */
    static long get(long[] v, int n, int idx, int esz) {
        int bit = idx << (3 + esz);
        long w = v[2 * n + (bit >>> 6)];
        return esz == 3 ? w : (w >>> (bit & 63)) & ((1L << (8 << esz)) - 1);
    }

    /** Element {@code idx} of V[n], sign-extended. */
    static long sget(long[] v, int n, int idx, int esz) {
        int bit = idx << (3 + esz);
        long w = v[2 * n + (bit >>> 6)];
        int bits = 8 << esz;
        return (w << (64 - bits - (bit & 63))) >> (64 - bits);
    }

    /** Element of V[n] as signed or unsigned per {@code unsigned}. */
    static long ext(long[] v, int n, int idx, int esz, boolean unsigned) {
        return unsigned ? get(v, n, idx, esz) : sget(v, n, idx, esz);
    }

    /** Replaces element {@code idx} of V[n] in place. */
    static void put(long[] v, int n, int idx, int esz, long val) {
        int bit = idx << (3 + esz);
        int w = 2 * n + (bit >>> 6);
        int sh = bit & 63;
        long m = mask(esz) << sh;
        v[w] = (v[w] & ~m) | ((val << sh) & m);
    }

    /** Replicates the low {@code esz} element of {@code val} across 64 bits. */
    static long replicate(long val, int esz) {
        return switch (esz) {
            case 0 -> (val & 0xff) * 0x0101010101010101L;
            case 1 -> (val & 0xffff) * 0x0001000100010001L;
            case 2 -> (val & 0xffffffffL) * 0x0000000100000001L;
            default -> val;
        };
    }

    static long sx(long val, int esz) {
        int sh = 64 - (8 << esz);
        return (val << sh) >> sh;
    }

    static long zx(long val, int esz) {
        return esz == 3 ? val : val & ((1L << (8 << esz)) - 1);
    }

    static void set(Cpu c, int d, long lo, long hi) {
        c.vreg[2 * d] = lo;
        c.vreg[2 * d + 1] = hi;
    }

    /** Signed saturation of an exact value to an element of {@code esz} (< 3); sets QC. */
    static long satS(Cpu c, long val, int esz) {
        int bits = 8 << esz;
        long max = (1L << (bits - 1)) - 1;
        long min = -(1L << (bits - 1));
        if (val > max) { c.fpsr |= QC; return max; }
        if (val < min) { c.fpsr |= QC; return min; }
        return val;
    }

    /** Unsigned saturation of an exact signed value to an element of {@code esz} (< 3). */
    static long satU(Cpu c, long val, int esz) {
        long max = (1L << (8 << esz)) - 1;
        if (val > max) { c.fpsr |= QC; return max; }
        if (val < 0) { c.fpsr |= QC; return 0; }
        return val;
    }

    static long sqadd(Cpu c, long a, long b, int esz) {
        if (esz < 3) return satS(c, a + b, esz);
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) { c.fpsr |= QC; return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE; }
        return r;
    }

    static long sqsub(Cpu c, long a, long b, int esz) {
        if (esz < 3) return satS(c, a - b, esz);
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) { c.fpsr |= QC; return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE; }
        return r;
    }

    static long uqadd(Cpu c, long a, long b, int esz) {
        if (esz < 3) return satU(c, a + b, esz);
        long r = a + b;
        if (Long.compareUnsigned(r, a) < 0) { c.fpsr |= QC; return -1L; }
        return r;
    }

    static long uqsub(Cpu c, long a, long b, int esz) {
        if (esz < 3) return satU(c, a - b, esz);
        if (Long.compareUnsigned(a, b) < 0) { c.fpsr |= QC; return 0; }
        return a - b;
    }

    /** Signed {@code a} (exact, sign-extended) saturated to unsigned range of esz; 64-bit aware. */
    static long satSignedToUnsigned(Cpu c, long a, int esz) {
        if (esz < 3) return satU(c, a, esz);
        if (a < 0) { c.fpsr |= QC; return 0; }
        return a;
    }

    /**
     * Shift {@code a} (an element value, sign- or zero-extended per {@code unsigned}) left by
     * {@code sh} (negative = right), optionally rounding right shifts and saturating to the
     * element range; the register-shift rules of SSHL/USHL/SRSHL/SQSHL/SQRSHL and friends.
     */
    static long shift(Cpu c, long a, int sh, int esz, boolean unsigned, boolean round, boolean saturate) {
        int bits = 8 << esz;
        if (sh >= 0) {
            if (!saturate) return sh >= 64 ? 0 : a << sh;
            if (a == 0) return 0;
            if (sh < bits) {
                long r = a << sh;
                if (unsigned) {
                    if ((r >>> sh) == a && (esz == 3 || (r >>> bits) == 0)) return r;
                } else if ((r >> sh) == a && (esz == 3 || sx(r, esz) == r)) {
                    return r;
                }
            }
            c.fpsr |= QC;
            if (unsigned) return mask(esz);
            return a < 0 ? (esz == 3 ? Long.MIN_VALUE : -(1L << (bits - 1))) : (esz == 3 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1);
        }
        int n = -sh;
        if (!round) {
            if (unsigned) return n >= 64 ? 0 : a >>> n;
            return n >= 64 ? (a >> 63) : a >> n;
        }
        if (unsigned) {
            if (n > 64) return 0;
            if (n == 64) return a >>> 63;
            return (a >>> n) + ((a >>> (n - 1)) & 1);
        }
        if (n >= 64) return 0;
        return (a >> n) + ((a >> (n - 1)) & 1);
    }

    /** Polynomial (carry-less) multiply of two 8-bit values into 16 bits. */
    static long pmul8(long a, long b) {
        long r = 0;
        a &= 0xff;
        for (int i = 0; i < 8; i++) if (((b >>> i) & 1) != 0) r ^= a << i;
        return r & 0xffff;
    }
}
