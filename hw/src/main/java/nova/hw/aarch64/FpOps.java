package nova.hw.aarch64;

import static nova.hw.aarch64.FpOpsFast.MISS;
import static nova.hw.aarch64.SoftFloat.*;

/**
 * The ARMv8.0-A floating-point primitives (ARM ARM shared pseudocode FPAdd, FPMul, FPMulAdd,
 * FPDiv, FPSqrt, FPMax/Min(Num), FPCompare*, FPRoundInt, FPToFixed, FixedToFP, FPConvert,
 * FPRecipEstimate, FPRSqrtEstimate, FPRecipStepFused, FPRSqrtStepFused, FPMulX, FPRecpX),
 * bit-exact, on raw bit patterns held in a {@code long}.
 *
 * <p>{@code size}: 1 = half, 2 = single, 3 = double. Rounding mode, FZ, DN and AHP come from
 * {@code c.fpcr}; the cumulative exception flags are OR-ed into {@code c.fpsr}. Nothing here
 * allocates: every path is integer arithmetic on the significands (128-bit intermediates as two
 * longs). Half precision is a storage format only in v8.0: it is accepted by {@link #convert}
 * and is never flushed to zero (FZ applies to single and double only, there is no FZ16).
 */
final class FpOps {
    private FpOps() {}

    static final int HALF = 1, SINGLE = 2, DOUBLE = 3;

    /** Rounding modes: the FPCR.RMode encodings, plus ties-away and round-to-odd that only instructions select. */
    static final int RN = 0, RP = 1, RM = 2, RZ = 3, RA = 4, RO = 5;

    /** FPSR cumulative exception bits. */
    static final int IOC = 1, DZC = 1 << 1, OFC = 1 << 2, UFC = 1 << 3, IXC = 1 << 4, IDC = 1 << 7;

    /** FPCR control bits. */
    static final int FPCR_FZ = 1 << 24, FPCR_DN = 1 << 25, FPCR_AHP = 1 << 26, FPCR_RMODE = 3 << 22;

    /** The rounding mode FPCR.RMode selects. */
    static int rmode(Cpu c) {
        return (c.fpcr >>> 22) & 3;
    }

    // ---------------------------------------------------------------- sign manipulation

    static long neg(Cpu c, int size, long a) {
        return (a ^ signBit(size)) & widthMask(size);
    }

    static long abs(Cpu c, int size, long a) {
        return a & ~signBit(size) & widthMask(size);
    }

    // ---------------------------------------------------------------- arithmetic

    static long add(Cpu c, int size, long a, long b) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.addD(c, a, b, false) : size == SINGLE ? FpOpsFast.addF(c, a, b, false) : MISS;
            if (r != MISS) return r;
        }
        return addSub(c, size, a, b, false);
    }

    static long sub(Cpu c, int size, long a, long b) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.addD(c, a, b, true) : size == SINGLE ? FpOpsFast.addF(c, a, b, true) : MISS;
            if (r != MISS) return r;
        }
        return addSub(c, size, a, b, true);
    }

    private static long addSub(Cpu c, int size, long a, long b, boolean subtract) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) return processNaNs(c, size, a, b);
        boolean sa = isNeg(size, a), sb = isNeg(size, b) ^ subtract;
        boolean infA = isInf(size, a), infB = isInf(size, b);
        if (infA && infB && sa != sb) return invalid(c, size);
        if ((infA && !sa) || (infB && !sb)) return inf(size, false);
        if (infA || infB) return inf(size, true);
        boolean zeroA = isZero(size, a), zeroB = isZero(size, b);
        if (zeroA && zeroB) return zero(size, sa == sb ? sa : rmode(c) == RM);
        if (zeroA) return roundPack(c, size, sb, sig53(size, b), exp53(size, b), rmode(c));
        if (zeroB) return roundPack(c, size, sa, sig53(size, a), exp53(size, a), rmode(c));
        // Leading one at bit 61 leaves a carry bit and nine guard bits below the 53-bit precision.
        long ma = sig53(size, a) << 9, mb = sig53(size, b) << 9;
        int ea = exp53(size, a) - 9, eb = exp53(size, b) - 9;
        if (ea < eb) {
            long t = ma; ma = mb; mb = t;
            int te = ea; ea = eb; eb = te;
            boolean ts = sa; sa = sb; sb = ts;
        }
        mb = shiftRightJam(mb, ea - eb);
        long sum;
        boolean negative = sa;
        if (sa == sb) {
            sum = ma + mb;
        } else {
            sum = ma - mb;
            if (sum == 0) return zero(size, rmode(c) == RM);
            if (sum < 0) {
                sum = -sum;
                negative = sb;
            }
        }
        return roundPack(c, size, negative, sum, ea, rmode(c));
    }

    static long mul(Cpu c, int size, long a, long b) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.mulD(c, a, b) : size == SINGLE ? FpOpsFast.mulF(c, a, b) : MISS;
            if (r != MISS) return r;
        }
        return multiply(c, size, a, b, false);
    }

    /** FMULX: as FMUL, except infinity times zero is 2.0 (with the product's sign) and not invalid. */
    static long mulX(Cpu c, int size, long a, long b) {
        return multiply(c, size, a, b, true);
    }

    private static long multiply(Cpu c, int size, long a, long b, boolean mulx) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) return processNaNs(c, size, a, b);
        boolean negative = isNeg(size, a) ^ isNeg(size, b);
        boolean infA = isInf(size, a), infB = isInf(size, b);
        boolean zeroA = isZero(size, a), zeroB = isZero(size, b);
        if ((infA && zeroB) || (zeroA && infB)) return mulx ? two(size, negative) : invalid(c, size);
        if (infA || infB) return inf(size, negative);
        if (zeroA || zeroB) return zero(size, negative);
        long x = sig53(size, a), y = sig53(size, b);
        long hi = Math.multiplyHigh(x, y), lo = x * y; // product < 2^106
        long sig = (hi << 21) | (lo >>> 43) | ((lo & ((1L << 43) - 1)) != 0 ? 1 : 0);
        return roundPack(c, size, negative, sig, exp53(size, a) + exp53(size, b) + 43, rmode(c));
    }

    static long div(Cpu c, int size, long a, long b) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.divD(c, a, b) : size == SINGLE ? FpOpsFast.divF(c, a, b) : MISS;
            if (r != MISS) return r;
        }
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) return processNaNs(c, size, a, b);
        boolean negative = isNeg(size, a) ^ isNeg(size, b);
        boolean infA = isInf(size, a), infB = isInf(size, b);
        boolean zeroA = isZero(size, a), zeroB = isZero(size, b);
        if ((infA && infB) || (zeroA && zeroB)) return invalid(c, size);
        if (infA || zeroB) {
            if (!infA) c.fpsr |= DZC;
            return inf(size, negative);
        }
        if (zeroA || infB) return zero(size, negative);
        long x = sig53(size, a), y = sig53(size, b);
        // Long division ten bits at a time: the remainder stays below y < 2^53, so r << 10 fits.
        long q = 0, r = x;
        for (int i = 0; i < 6; i++) {
            r <<= 10;
            q = (q << 10) | (r / y);
            r %= y;
        }
        // q = floor(x * 2^60 / y) < 2^61; a nonzero remainder is jammed into the sticky bit.
        return roundPack(c, size, negative, q | (r != 0 ? 1 : 0), exp53(size, a) - exp53(size, b) - 60, rmode(c));
    }

    static long sqrt(Cpu c, int size, long a) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.sqrtD(c, a) : size == SINGLE ? FpOpsFast.sqrtF(c, a) : MISS;
            if (r != MISS) return r;
        }
        a = flushIn(c, size, a);
        if (isNaN(size, a)) return processNaN(c, size, a);
        boolean negative = isNeg(size, a);
        if (isZero(size, a)) return zero(size, negative);
        if (negative) return invalid(c, size);
        if (isInf(size, a)) return a;
        long x = sig53(size, a);
        int e = exp53(size, a);
        if ((e & 1) != 0) {
            x <<= 1;
            e -= 1;
        }
        // Radicand N = x * 2^56 < 2^110; its integer root r (2^54 <= r < 2^55) has two bits beyond
        // the 53-bit precision, and N != r^2 says the root is inexact (the sticky bit).
        long nHi = x >>> 8, nLo = x << 56;
        long r = (long) Math.sqrt((double) x * 0x1p56); // x has <= 53 significant bits: exact
        while (cmp128(Math.multiplyHigh(r, r), r * r, nHi, nLo) > 0) r--;
        while (cmp128(Math.multiplyHigh(r + 1, r + 1), (r + 1) * (r + 1), nHi, nLo) <= 0) r++;
        boolean exact = Math.multiplyHigh(r, r) == nHi && r * r == nLo;
        return roundPack(c, size, false, r | (exact ? 0 : 1), (e - 56) >> 1, rmode(c));
    }

    /** FPMulAdd: {@code addend + a*b} with a single rounding (FMADD and friends, FMLA). */
    static long mulAdd(Cpu c, int size, long addend, long a, long b) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.fmaD(c, addend, a, b) : size == SINGLE ? FpOpsFast.fmaF(c, addend, a, b) : MISS;
            if (r != MISS) return r;
        }
        addend = flushIn(c, size, addend);
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        boolean infA = isInf(size, a), infB = isInf(size, b);
        boolean zeroA = isZero(size, a), zeroB = isZero(size, b);
        boolean invalidProduct = (infA && zeroB) || (zeroA && infB);
        if (isNaN(size, addend) || isNaN(size, a) || isNaN(size, b)) {
            long result = processNaNs3(c, size, addend, a, b);
            // A quiet-NaN addend does not hide an invalid product: the result is the default NaN.
            if (isQNaN(size, addend) && invalidProduct) result = invalid(c, size);
            return result;
        }
        boolean signC = isNeg(size, addend), signP = isNeg(size, a) ^ isNeg(size, b);
        boolean infC = isInf(size, addend), infP = infA || infB;
        if (invalidProduct || (infC && infP && signC != signP)) return invalid(c, size);
        if ((infC && !signC) || (infP && !signP)) return inf(size, false);
        if (infC || infP) return inf(size, true);
        return fusedFinite(c, size, addend, a, b, 0);
    }

    /** FRECPS: {@code 2 - a*b} fused (FPRecipStepFused). */
    static long recipStep(Cpu c, int size, long a, long b) {
        return stepFused(c, size, a, b, false);
    }

    /** FRSQRTS: {@code (3 - a*b) / 2} fused (FPRSqrtStepFused). */
    static long rsqrtStep(Cpu c, int size, long a, long b) {
        return stepFused(c, size, a, b, true);
    }

    private static long stepFused(Cpu c, int size, long a, long b, boolean rsqrt) {
        a = flushIn(c, size, a) ^ signBit(size); // the pseudocode negates op1 before anything else
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) return processNaNs(c, size, a, b);
        boolean infA = isInf(size, a), infB = isInf(size, b);
        boolean zeroA = isZero(size, a), zeroB = isZero(size, b);
        if ((infA && zeroB) || (zeroA && infB)) return rsqrt ? onePointFive(size) : two(size, false);
        if (infA || infB) return inf(size, isNeg(size, a) ^ isNeg(size, b));
        return fusedFinite(c, size, rsqrt ? three(size) : two(size, false), a, b, rsqrt ? -1 : 0);
    }

    /**
     * {@code (addend + a*b) * 2^scale} rounded once; every operand is finite (zero allowed).
     * The exact sum is formed in 128 bits: product leading one at bit 124 or 125, addend at 124.
     */
    private static long fusedFinite(Cpu c, int size, long addend, long a, long b, int scale) {
        boolean signC = isNeg(size, addend), signP = isNeg(size, a) ^ isNeg(size, b);
        boolean zeroC = isZero(size, addend), zeroP = isZero(size, a) || isZero(size, b);
        int mode = rmode(c);
        if (zeroP) {
            if (zeroC) return zero(size, signC == signP ? signC : mode == RM);
            return roundPack(c, size, signC, sig53(size, addend), exp53(size, addend) + scale, mode);
        }
        long x = sig53(size, a), y = sig53(size, b);
        long pLo = x * y, pHi = Math.multiplyHigh(x, y);
        pHi = (pHi << 20) | (pLo >>> 44);
        pLo <<= 20;
        int ep = exp53(size, a) + exp53(size, b) - 20;
        if (zeroC) return packWide(c, size, signP, pHi, pLo, ep + scale, mode);
        long cHi = sig53(size, addend) << 8, cLo = 0;
        int ec = exp53(size, addend) - 72;
        int e;
        int d = ep - ec;
        if (d >= 0) {
            e = ep;
            // shift the addend right by d, jamming lost bits into bit 0
            if (d > 0) {
                boolean jam;
                if (d < 64) {
                    jam = (cLo << (64 - d)) != 0;
                    cLo = (cLo >>> d) | (cHi << (64 - d));
                    cHi >>>= d;
                } else if (d == 64) {
                    jam = cLo != 0;
                    cLo = cHi;
                    cHi = 0;
                } else if (d < 128) {
                    jam = cLo != 0 || (cHi << (128 - d)) != 0;
                    cLo = cHi >>> (d - 64);
                    cHi = 0;
                } else {
                    jam = (cHi | cLo) != 0;
                    cHi = 0;
                    cLo = 0;
                }
                if (jam) cLo |= 1;
            }
        } else {
            e = ec;
            int s = -d;
            boolean jam;
            if (s < 64) {
                jam = (pLo << (64 - s)) != 0;
                pLo = (pLo >>> s) | (pHi << (64 - s));
                pHi >>>= s;
            } else if (s == 64) {
                jam = pLo != 0;
                pLo = pHi;
                pHi = 0;
            } else if (s < 128) {
                jam = pLo != 0 || (pHi << (128 - s)) != 0;
                pLo = pHi >>> (s - 64);
                pHi = 0;
            } else {
                jam = (pHi | pLo) != 0;
                pHi = 0;
                pLo = 0;
            }
            if (jam) pLo |= 1;
        }
        long hi, lo;
        boolean negative;
        if (signC == signP) {
            lo = pLo + cLo;
            hi = pHi + cHi + (Long.compareUnsigned(lo, pLo) < 0 ? 1 : 0);
            negative = signP;
        } else {
            lo = pLo - cLo;
            hi = pHi - cHi - (Long.compareUnsigned(pLo, cLo) < 0 ? 1 : 0);
            negative = signP;
            if (hi == 0 && lo == 0) return zero(size, mode == RM);
            if (hi < 0) {
                lo = -lo;
                hi = ~hi + (lo == 0 ? 1 : 0);
                negative = signC;
            }
        }
        return packWide(c, size, negative, hi, lo, e + scale, mode);
    }

    // ---------------------------------------------------------------- max / min

    static long max(Cpu c, int size, long a, long b) {
        return maxMin(c, size, flushIn(c, size, a), flushIn(c, size, b), true);
    }

    static long min(Cpu c, int size, long a, long b) {
        return maxMin(c, size, flushIn(c, size, a), flushIn(c, size, b), false);
    }

    /** FMAXNM: a single quiet NaN is treated as -infinity, so the number wins. */
    static long maxNum(Cpu c, int size, long a, long b) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        boolean qa = isQNaN(size, a), qb = isQNaN(size, b);
        if (qa && !qb) a = inf(size, true);
        else if (!qa && qb) b = inf(size, true);
        return maxMin(c, size, a, b, true);
    }

    /** FMINNM: a single quiet NaN is treated as +infinity, so the number wins. */
    static long minNum(Cpu c, int size, long a, long b) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        boolean qa = isQNaN(size, a), qb = isQNaN(size, b);
        if (qa && !qb) a = inf(size, false);
        else if (!qa && qb) b = inf(size, false);
        return maxMin(c, size, a, b, false);
    }

    private static long maxMin(Cpu c, int size, long a, long b, boolean max) {
        if (isNaN(size, a) || isNaN(size, b)) return processNaNs(c, size, a, b);
        long ka = orderKey(size, a), kb = orderKey(size, b);
        long r = (max ? ka > kb : ka < kb) ? a : b;
        if (isZero(size, r)) {
            // both zero, or zero against a number of the other sign: +0 wins max, -0 wins min
            boolean sa = isNeg(size, a), sb = isNeg(size, b);
            if (isZero(size, a) && isZero(size, b)) return zero(size, max ? sa & sb : sa | sb);
        }
        return r;
    }

    // ---------------------------------------------------------------- comparisons

    /** FPCompare: NZCV in bits 31..28 (unordered 0011, equal 0110, less 1000, greater 0010). */
    static int compare(Cpu c, int size, long a, long b, boolean signalAllNaNs) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) {
            if (signalAllNaNs || isSNaN(size, a) || isSNaN(size, b)) c.fpsr |= IOC;
            return 0x3 << 28;
        }
        long ka = orderKey(size, a), kb = orderKey(size, b);
        if (ka == kb) return 0x6 << 28;
        return ka < kb ? 0x8 << 28 : 0x2 << 28;
    }

    /** FPCompareEQ (vector FCMEQ): a NaN compares false, invalid only for a signalling NaN. */
    static boolean compareEq(Cpu c, int size, long a, long b) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) {
            if (isSNaN(size, a) || isSNaN(size, b)) c.fpsr |= IOC;
            return false;
        }
        return orderKey(size, a) == orderKey(size, b);
    }

    /** FPCompareGE (vector FCMGE/FACGE): any NaN compares false and is invalid. */
    static boolean compareGe(Cpu c, int size, long a, long b) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) {
            c.fpsr |= IOC;
            return false;
        }
        return orderKey(size, a) >= orderKey(size, b);
    }

    /** FPCompareGT (vector FCMGT/FACGT): any NaN compares false and is invalid. */
    static boolean compareGt(Cpu c, int size, long a, long b) {
        a = flushIn(c, size, a);
        b = flushIn(c, size, b);
        if (isNaN(size, a) || isNaN(size, b)) {
            c.fpsr |= IOC;
            return false;
        }
        return orderKey(size, a) > orderKey(size, b);
    }

    // ---------------------------------------------------------------- rounding and conversion

    /** FPRoundInt (FRINT*): {@code exact} makes an inexact result raise IXC (FRINTX). */
    static long roundToIntegral(Cpu c, int size, long a, int rmode, boolean exact) {
        a = flushIn(c, size, a);
        if (isNaN(size, a)) return processNaN(c, size, a);
        if (isInf(size, a) || isZero(size, a)) return a;
        int f = fracBits(size);
        int exp = (int) expField(size, a);
        int unbiased = exp - bias(size);
        if (unbiased >= f) return a; // already an integer
        boolean negative = isNeg(size, a);
        long sig = exp == 0 ? fracField(size, a) : fracField(size, a) | (1L << f);
        int shift = (exp == 0 ? 1 : exp) - bias(size) - f; // value = sig * 2^shift, shift < 0
        int fracShift = -shift;
        long q;
        boolean inexact, above, half;
        if (fracShift >= 64) {
            q = 0;
            inexact = true;
            above = false;
            half = false;
        } else {
            q = sig >>> fracShift;
            long rem = sig & ((1L << fracShift) - 1);
            long halfPoint = 1L << (fracShift - 1);
            inexact = rem != 0;
            above = rem > halfPoint;
            half = rem == halfPoint;
        }
        if (roundUp(rmode, negative, q, inexact, above, half)) q++;
        if (inexact && exact) c.fpsr |= IXC;
        if (q == 0) return zero(size, negative);
        return roundPack(c, size, negative, q, 0, RZ);
    }

    /**
     * FPToFixed (FCVTZS/FCVTZU/FCVTN*, fixed and integer forms): {@code a * 2^fbits} rounded by
     * {@code rmode} to an {@code intBits} (32 or 64) integer, saturating with IOC. A NaN gives 0
     * with IOC. The result is the integer value as a long: signed results sign-extended,
     * unsigned 32-bit results zero-extended.
     */
    static long toFixed(Cpu c, int size, long a, int fbits, boolean unsigned, int intBits, int rmode) {
        if (rmode == RZ && fbits == 0 && size == DOUBLE) {
            long r = FpOpsFast.toIntTowardZeroD(c, a, unsigned, intBits);
            if (r != FpOpsFast.MISS_INT) return r;
        }
        a = flushIn(c, size, a);
        if (isNaN(size, a)) {
            c.fpsr |= IOC;
            return 0;
        }
        boolean negative = isNeg(size, a);
        if (isZero(size, a)) return 0;
        long magnitude;
        boolean inexact = false, overflow = false;
        if (isInf(size, a)) {
            overflow = true;
            magnitude = -1;
        } else {
            long sig = sig53(size, a);
            int sh = exp53(size, a) + fbits; // value = sig * 2^sh
            if (sh > 11) {
                overflow = true; // >= 2^64
                magnitude = -1;
            } else if (sh >= 0) {
                magnitude = sig << sh;
            } else {
                int s = -sh;
                long q;
                boolean above, half;
                if (s >= 64) {
                    q = 0;
                    inexact = true;
                    above = false;
                    half = false;
                } else {
                    q = sig >>> s;
                    long rem = sig & ((1L << s) - 1);
                    long halfPoint = 1L << (s - 1);
                    inexact = rem != 0;
                    above = rem > halfPoint;
                    half = rem == halfPoint;
                }
                if (roundUp(rmode, negative, q, inexact, above, half)) q++;
                magnitude = q;
            }
        }
        long result;
        if (unsigned) {
            long max = intBits == 64 ? -1L : (1L << intBits) - 1;
            if (negative) {
                if (overflow || magnitude != 0) {
                    overflow = true;
                }
                result = 0;
            } else if (overflow || Long.compareUnsigned(magnitude, max) > 0) {
                overflow = true;
                result = max;
            } else {
                result = magnitude;
            }
        } else {
            long limit = 1L << (intBits - 1); // |min|, as an unsigned value for 64 bits
            if (negative) {
                if (overflow || Long.compareUnsigned(magnitude, limit) > 0) {
                    overflow = true;
                    result = -limit;
                } else {
                    result = -magnitude;
                }
            } else if (overflow || Long.compareUnsigned(magnitude, limit - 1) > 0) {
                overflow = true;
                result = limit - 1;
            } else {
                result = magnitude;
            }
        }
        if (overflow) c.fpsr |= IOC;
        else if (inexact) c.fpsr |= IXC;
        return result;
    }

    /**
     * FixedToFP (SCVTF/UCVTF, fixed and integer forms): the {@code intBits}-wide integer in
     * {@code a} divided by 2^fbits, rounded in the FPCR rounding mode.
     */
    static long fromFixed(Cpu c, int size, long a, int fbits, boolean unsigned, int intBits) {
        long v = intBits == 32 ? (unsigned ? a & 0xFFFF_FFFFL : (long) (int) a) : a;
        if (v == 0) return 0;
        boolean negative = !unsigned && v < 0;
        long m = negative ? -v : v; // Long.MIN_VALUE stays 2^63 read as unsigned
        int e = -fbits;
        if (m < 0) {
            m = (m >>> 1) | (m & 1);
            e++;
        }
        return roundPack(c, size, negative, m, e, rmode(c));
    }

    /** FPConvert between sizes (FCVT, FCVTL, FCVTN) in the FPCR rounding mode; AHP selects the half format. */
    static long convert(Cpu c, int fromSize, int toSize, long a) {
        return convert(c, fromSize, toSize, a, rmode(c));
    }

    /** FPConvert with an explicit rounding mode ({@link #RO} for FCVTXN). */
    static long convert(Cpu c, int fromSize, int toSize, long a, int rmode) {
        boolean ahp = (c.fpcr & FPCR_AHP) != 0;
        boolean altIn = fromSize == HALF && ahp, altOut = toSize == HALF && ahp;
        a = flushIn(c, fromSize, a);
        boolean negative = isNeg(fromSize, a);
        if (!altIn && isNaN(fromSize, a)) {
            long result;
            if (altOut) result = zero(toSize, negative);
            else if ((c.fpcr & FPCR_DN) != 0) result = defaultNaN(toSize);
            else result = convertNaN(fromSize, toSize, a);
            if (altOut || isSNaN(fromSize, a)) c.fpsr |= IOC;
            return result;
        }
        if (!altIn && isInf(fromSize, a)) {
            if (altOut) {
                c.fpsr |= IOC;
                return zero(toSize, negative) | 0x7FFF;
            }
            return inf(toSize, negative);
        }
        if (isZero(fromSize, a)) return zero(toSize, negative);
        return roundPack(c, toSize, negative, sig53(fromSize, a), exp53(fromSize, a), rmode);
    }

    // ---------------------------------------------------------------- estimates

    /** FRECPE (FPRecipEstimate, v8.0 8-bit table). */
    static long recipEstimate(Cpu c, int size, long a) {
        a = flushIn(c, size, a);
        if (isNaN(size, a)) return processNaN(c, size, a);
        boolean negative = isNeg(size, a);
        if (isInf(size, a)) return zero(size, negative);
        if (isZero(size, a)) {
            c.fpsr |= DZC;
            return inf(size, negative);
        }
        int f = fracBits(size);
        long exp0 = expField(size, a), frac0 = fracField(size, a);
        if (exp0 == 0 && frac0 < (1L << (f - 2))) { // |a| < 2^-(bias+1): the reciprocal overflows
            int mode = rmode(c);
            boolean toInf = mode == RN || (mode == RP && !negative) || (mode == RM && negative);
            c.fpsr |= OFC | IXC;
            return toInf ? inf(size, negative) : maxNormal(size, negative);
        }
        if (size != HALF && (c.fpcr & FPCR_FZ) != 0 && exp0 >= 2L * bias(size) - 1) {
            c.fpsr |= UFC; // the reciprocal would be denormal: flushed
            return zero(size, negative);
        }
        long fraction = frac0 << (52 - f);
        int exp = (int) exp0;
        if (exp == 0) {
            if ((fraction >>> 51 & 1) == 0) {
                exp = -1;
                fraction = (fraction << 2) & FRAC52;
            } else {
                fraction = (fraction << 1) & FRAC52;
            }
        }
        int scaled = 256 | (int) (fraction >>> 44);
        int resultExp = 2 * bias(size) - 1 - exp;
        long rf = (long) (recipEstimateInt(scaled) & 0xFF) << 44;
        if (resultExp == 0) {
            rf = (1L << 51) | (rf >>> 1);
        } else if (resultExp == -1) {
            rf = (1L << 50) | (rf >>> 2);
            resultExp = 0;
        }
        return (negative ? signBit(size) : 0) | ((long) resultExp << f) | (rf >>> (52 - f));
    }

    /** FRSQRTE (FPRSqrtEstimate, v8.0 8-bit table). */
    static long rsqrtEstimate(Cpu c, int size, long a) {
        a = flushIn(c, size, a);
        if (isNaN(size, a)) return processNaN(c, size, a);
        boolean negative = isNeg(size, a);
        if (isZero(size, a)) {
            c.fpsr |= DZC;
            return inf(size, negative);
        }
        if (negative) return invalid(c, size);
        if (isInf(size, a)) return zero(size, false);
        int f = fracBits(size);
        long fraction = fracField(size, a) << (52 - f);
        int exp = (int) expField(size, a);
        if (exp == 0) {
            while ((fraction >>> 51 & 1) == 0) {
                fraction <<= 1;
                exp--;
            }
            fraction = (fraction << 1) & FRAC52;
        }
        int scaled = (exp & 1) == 0 ? 0x100 | (int) (fraction >>> 44) : 0x80 | (int) (fraction >>> 45);
        int resultExp = Math.floorDiv(3 * bias(size) - 1 - exp, 2);
        long est = rsqrtEstimateInt(scaled) & 0xFF;
        return ((long) resultExp << f) | (est << (f - 8));
    }

    /** URECPE element: the 32-bit unsigned fixed-point reciprocal estimate. */
    static int unsignedRecipEstimate(int a) {
        if (a >= 0) return 0xFFFF_FFFF;
        return recipEstimateInt(a >>> 23) << 23;
    }

    /** URSQRTE element: the 32-bit unsigned fixed-point reciprocal square root estimate. */
    static int unsignedRsqrtEstimate(int a) {
        if ((a >>> 30) == 0) return 0xFFFF_FFFF;
        return rsqrtEstimateInt(a >>> 23) << 23;
    }

    /** FRECPX (FPRecpX): exponent inverted, fraction cleared; zero and denormals give the largest exponent. */
    static long recpX(Cpu c, int size, long a) {
        a = flushIn(c, size, a);
        if (isNaN(size, a)) return processNaN(c, size, a);
        int f = fracBits(size);
        long maxExp = (1L << expBits(size)) - 1;
        long exp = expField(size, a);
        long sign = a & signBit(size);
        if (exp == 0) return sign | ((maxExp - 1) << f);
        return sign | ((~exp & maxExp) << f);
    }

    private static boolean roundUp(int rmode, boolean negative, long q, boolean inexact, boolean above, boolean half) {
        return switch (rmode) {
            case RN -> above || (half && (q & 1) != 0);
            case RP -> inexact && !negative;
            case RM -> inexact && negative;
            case RA -> above || half;
            default -> false;
        };
    }
}
