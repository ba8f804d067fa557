package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;

/**
 * The format-level machinery under {@link FpOps}: field access, classification, NaN rules
 * (FPProcessNaN/FPProcessNaNs/FPProcessNaNs3), input flushing (FPUnpack with FZ) and FPRound.
 *
 * <p>Unpacked finite nonzero values are {@code sig * 2^e} with {@code sig} normalised so its
 * leading one is at bit 52 whatever the format, which lets single and double share one path.
 */
final class SoftFloat {
    private SoftFloat() {}

    static final long FRAC52 = (1L << 52) - 1;

    private static final int[] FRAC_BITS = {0, 10, 23, 52};
    private static final int[] EXP_BITS = {0, 5, 8, 11};
    private static final int[] BIAS = {0, 15, 127, 1023};
    private static final int[] WIDTH = {0, 16, 32, 64};

    static int fracBits(int size) {
        return FRAC_BITS[size];
    }

    static int expBits(int size) {
        return EXP_BITS[size];
    }

    static int bias(int size) {
        return BIAS[size];
    }

    static long signBit(int size) {
        return 1L << (WIDTH[size] - 1);
    }

    static long widthMask(int size) {
        return size == DOUBLE ? -1L : (1L << WIDTH[size]) - 1;
    }

    static long expField(int size, long a) {
        return (a >>> FRAC_BITS[size]) & ((1L << EXP_BITS[size]) - 1);
    }

    static long fracField(int size, long a) {
        return a & ((1L << FRAC_BITS[size]) - 1);
    }

    static boolean isNeg(int size, long a) {
        return (a & signBit(size)) != 0;
    }

    private static long maxExp(int size) {
        return (1L << EXP_BITS[size]) - 1;
    }

    static boolean isNaN(int size, long a) {
        return expField(size, a) == maxExp(size) && fracField(size, a) != 0;
    }

    static boolean isQNaN(int size, long a) {
        return isNaN(size, a) && (a & quietBit(size)) != 0;
    }

    static boolean isSNaN(int size, long a) {
        return isNaN(size, a) && (a & quietBit(size)) == 0;
    }

    static boolean isInf(int size, long a) {
        return expField(size, a) == maxExp(size) && fracField(size, a) == 0;
    }

    static boolean isZero(int size, long a) {
        return (a & ~signBit(size) & widthMask(size)) == 0;
    }

    private static long quietBit(int size) {
        return 1L << (FRAC_BITS[size] - 1);
    }

    static long zero(int size, boolean negative) {
        return negative ? signBit(size) : 0;
    }

    static long inf(int size, boolean negative) {
        return zero(size, negative) | (maxExp(size) << FRAC_BITS[size]);
    }

    static long maxNormal(int size, boolean negative) {
        return zero(size, negative) | ((maxExp(size) - 1) << FRAC_BITS[size]) | ((1L << FRAC_BITS[size]) - 1);
    }

    static long two(int size, boolean negative) {
        return zero(size, negative) | ((long) (BIAS[size] + 1) << FRAC_BITS[size]);
    }

    static long three(int size) {
        return two(size, false) | quietBit(size);
    }

    static long onePointFive(int size) {
        return ((long) BIAS[size] << FRAC_BITS[size]) | quietBit(size);
    }

    static long defaultNaN(int size) {
        return inf(size, false) | quietBit(size);
    }

    /** Total order on non-NaN values where +0 and -0 are equal. */
    static long orderKey(int size, long a) {
        long magnitude = a & ~signBit(size) & widthMask(size);
        return isNeg(size, a) ? -magnitude : magnitude;
    }

    /** FPUnpack's flush of a denormal input when FPCR.FZ is set (single and double only): IDC. */
    static long flushIn(Cpu c, int size, long a) {
        if (size == HALF || (c.fpcr & FPCR_FZ) == 0) return a;
        if (expField(size, a) == 0 && fracField(size, a) != 0) {
            c.fpsr |= IDC;
            return a & signBit(size);
        }
        return a;
    }

    /** The invalid-operation result: IOC and the default NaN. */
    static long invalid(Cpu c, int size) {
        c.fpsr |= IOC;
        return defaultNaN(size);
    }

    /** FPProcessNaN: a signalling NaN raises IOC and is quieted; DN replaces it by the default NaN. */
    static long processNaN(Cpu c, int size, long a) {
        if ((a & quietBit(size)) == 0) c.fpsr |= IOC;
        if ((c.fpcr & FPCR_DN) != 0) return defaultNaN(size);
        return a | quietBit(size);
    }

    /** FPProcessNaNs with at least one NaN operand: signalling NaNs first, then operand order. */
    static long processNaNs(Cpu c, int size, long a, long b) {
        if (isSNaN(size, a)) return processNaN(c, size, a);
        if (isSNaN(size, b)) return processNaN(c, size, b);
        if (isNaN(size, a)) return processNaN(c, size, a);
        return processNaN(c, size, b);
    }

    /** FPProcessNaNs3 with at least one NaN operand (for FPMulAdd: addend, op1, op2). */
    static long processNaNs3(Cpu c, int size, long a, long b, long d) {
        if (isSNaN(size, a)) return processNaN(c, size, a);
        if (isSNaN(size, b)) return processNaN(c, size, b);
        if (isSNaN(size, d)) return processNaN(c, size, d);
        if (isNaN(size, a)) return processNaN(c, size, a);
        if (isNaN(size, b)) return processNaN(c, size, b);
        return processNaN(c, size, d);
    }

    /** FPConvertNaN: sign and quieted payload carried across sizes (high payload bits kept). */
    static long convertNaN(int fromSize, int toSize, long a) {
        long frac = fracField(fromSize, a);
        int ff = FRAC_BITS[fromSize], tf = FRAC_BITS[toSize];
        long payload = tf >= ff ? frac << (tf - ff) : frac >>> (ff - tf);
        return zero(toSize, isNeg(fromSize, a)) | defaultNaN(toSize) | (payload & ((1L << tf) - 1));
    }

    /** The significand of a finite nonzero value, leading one moved to bit 52. */
    static long sig53(int size, long a) {
        long exp = expField(size, a), frac = fracField(size, a);
        long sig = (exp == 0 ? frac : frac | (1L << FRAC_BITS[size])) << (52 - FRAC_BITS[size]);
        return sig << (Long.numberOfLeadingZeros(sig) - 11);
    }

    /** The exponent e with value = sig53 * 2^e. */
    static int exp53(int size, long a) {
        long exp = expField(size, a), frac = fracField(size, a);
        int f = FRAC_BITS[size];
        long sig = (exp == 0 ? frac : frac | (1L << f)) << (52 - f);
        return (int) (exp == 0 ? 1 : exp) - BIAS[size] - f - (52 - f) - (Long.numberOfLeadingZeros(sig) - 11);
    }

    static long shiftRightJam(long x, int d) {
        if (d == 0) return x;
        if (d >= 63) return x != 0 ? 1 : 0;
        return (x >>> d) | ((x & ((1L << d) - 1)) != 0 ? 1 : 0);
    }

    /** Unsigned compare of two 128-bit values given as (hi, lo). */
    static int cmp128(long aHi, long aLo, long bHi, long bLo) {
        int h = Long.compareUnsigned(aHi, bHi);
        return h != 0 ? h : Long.compareUnsigned(aLo, bLo);
    }

    /** Rounds a positive 128-bit value (hi, lo) < 2^127 times 2^e: reduced to 63 bits with a sticky bit. */
    static long packWide(Cpu c, int size, boolean negative, long hi, long lo, int e, int rmode) {
        long sig;
        if (hi == 0) {
            if (lo < 0) {
                sig = (lo >>> 1) | (lo & 1);
                e += 1;
            } else {
                sig = lo;
            }
        } else {
            int s = 64 - Long.numberOfLeadingZeros(hi) + 1; // bit length - 63
            if (s == 64) {
                sig = hi | (lo != 0 ? 1 : 0);
            } else {
                sig = (hi << (64 - s)) | (lo >>> s) | ((lo << (64 - s)) != 0 ? 1 : 0);
            }
            e += s;
        }
        return roundPack(c, size, negative, sig, e, rmode);
    }

    /**
     * FPRound (FPRoundBase, v8.0): rounds {@code sig * 2^e} ({@code 0 < sig < 2^63}; bit 0 may hold
     * a jammed sticky bit) to the format. Tininess is detected before rounding; with FZ a tiny
     * result is flushed to zero raising UFC only; otherwise UFC needs tiny and inexact. For half
     * precision with FPCR.AHP the alternative format has no infinities: overflow is IOC and the
     * largest magnitude.
     */
    static long roundPack(Cpu c, int size, boolean negative, long sig, int e, int rmode) {
        int f = FRAC_BITS[size];
        int minExp = 1 - BIAS[size];
        int lz = Long.numberOfLeadingZeros(sig);
        sig <<= lz - 1; // leading one at bit 62
        e -= lz - 1;
        int exponent = e + 62;
        long signBits = zero(size, negative);
        if (size != HALF && (c.fpcr & FPCR_FZ) != 0 && exponent < minExp) {
            c.fpsr |= UFC;
            return signBits;
        }
        int biasedExp = exponent - minExp + 1;
        int shift = 62 - f;
        if (biasedExp <= 0) {
            shift += 1 - biasedExp;
            biasedExp = 0;
        }
        long mant;
        boolean inexact, above, half;
        if (shift >= 64) {
            mant = 0;
            inexact = true;
            above = false;
            half = false;
        } else {
            mant = sig >>> shift;
            long rem = sig & ((1L << shift) - 1);
            long halfPoint = 1L << (shift - 1);
            inexact = rem != 0;
            above = Long.compareUnsigned(rem, halfPoint) > 0;
            half = rem == halfPoint;
        }
        if (biasedExp == 0 && inexact) c.fpsr |= UFC;
        boolean roundUp;
        boolean overflowToInf;
        switch (rmode) {
            case RN -> { roundUp = above || (half && (mant & 1) != 0); overflowToInf = true; }
            case RP -> { roundUp = inexact && !negative; overflowToInf = !negative; }
            case RM -> { roundUp = inexact && negative; overflowToInf = negative; }
            case RA -> { roundUp = above || half; overflowToInf = true; }
            default -> { roundUp = false; overflowToInf = false; }
        }
        if (roundUp) {
            mant++;
            if (mant == 1L << f) biasedExp = 1; // denormal rounded up to the smallest normal
            if (mant == 1L << (f + 1)) {
                biasedExp++;
                mant >>>= 1;
            }
        }
        if (rmode == RO && inexact) mant |= 1;
        long result;
        if (size != HALF || (c.fpcr & FPCR_AHP) == 0) {
            if (biasedExp >= maxExp(size)) {
                result = overflowToInf ? inf(size, negative) : maxNormal(size, negative);
                c.fpsr |= OFC;
                inexact = true;
            } else {
                result = signBits | ((long) biasedExp << f) | (mant & ((1L << f) - 1));
            }
        } else {
            if (biasedExp > maxExp(size)) {
                result = signBits | 0x7FFF;
                c.fpsr |= IOC;
                inexact = false;
            } else {
                result = signBits | ((long) biasedExp << f) | (mant & ((1L << f) - 1));
            }
        }
        if (inexact) c.fpsr |= IXC;
        return result;
    }

    // ---------------------------------------------------------------- estimate tables

    private static final short[] RECIP = new short[256];
    private static final short[] RSQRT = new short[384];

    static {
        for (int a = 256; a < 512; a++) {
            int b = (1 << 19) / (a * 2 + 1); // a in units of 1/512 rounded to nearest
            RECIP[a - 256] = (short) ((b + 1) / 2);
        }
        for (int a0 = 128; a0 < 512; a0++) {
            long a = a0 < 256 ? a0 * 2 + 1 : ((a0 >> 1) << 1) * 2 + 2;
            long b = 512;
            while (a * (b + 1) * (b + 1) < (1L << 28)) b++;
            RSQRT[a0 - 128] = (short) ((b + 1) / 2);
        }
    }

    /** RecipEstimate (v8.0): 256 <= a < 512 in units of 1/512, result 256..511 in units of 1/256. */
    static int recipEstimateInt(int a) {
        return RECIP[a - 256];
    }

    /** RecipSqrtEstimate (v8.0): 128 <= a < 512, result 256..511. */
    static int rsqrtEstimateInt(int a) {
        return RSQRT[a - 128];
    }
}
