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
 * allocates. The reference path is soft-float: integer arithmetic on the significands with
 * 128-bit intermediates as two longs ({@link SoftFloat}, {@link SoftFloatFused}). In round to
 * nearest, {@link FpOpsFast} first tries Java's IEEE arithmetic with exact inexact detection and
 * falls back whenever denormals, NaNs, infinities, overflow or tininess could be involved.
 * Half precision is a storage format only in v8.0: it is accepted by {@link #convert} and is
 * never flushed to zero (FZ applies to single and double only; there is no FZ16).
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

    /** FPNeg: flips the sign bit, NaNs included; no flags. */
    static long neg(Cpu c, int size, long a) {
        return (a ^ signBit(size)) & widthMask(size);
    }

    /** FPAbs: clears the sign bit, NaNs included; no flags. */
    static long abs(Cpu c, int size, long a) {
        return a & ~signBit(size) & widthMask(size);
    }

    // ---------------------------------------------------------------- arithmetic

    /** FPAdd. */
    static long add(Cpu c, int size, long a, long b) {
        if ((c.fpcr & FPCR_RMODE) == 0) {
            long r = size == DOUBLE ? FpOpsFast.addD(c, a, b, false) : size == SINGLE ? FpOpsFast.addF(c, a, b, false) : MISS;
            if (r != MISS) return r;
        }
        return addSub(c, size, a, b, false);
    }

    /** FPSub. */
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

    /** FPMul. */
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

    /** FPDiv: x/0 is an infinity with DZC. */
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

    /** FPSqrt: sqrt(-0) = -0, a negative number is invalid. */
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
        return SoftFloatFused.fusedFinite(c, size, addend, a, b, 0);
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
        return SoftFloatFused.fusedFinite(c, size, rsqrt ? three(size) : two(size, false), a, b, rsqrt ? -1 : 0);
    }

    // ---------------------------------------------------------------- max / min

    /** FPMax: NaNs propagate. */
    static long max(Cpu c, int size, long a, long b) {
        return maxMin(c, size, flushIn(c, size, a), flushIn(c, size, b), true);
    }

    /** FPMin: NaNs propagate. */
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
        // Two zeros compare equal: +0 wins max and -0 wins min (the pseudocode's sign AND/OR; when
        // only one operand is zero that rule always yields the chosen operand's own sign).
        if (isZero(size, a) && isZero(size, b)) {
            boolean sa = isNeg(size, a), sb = isNeg(size, b);
            return zero(size, max ? sa & sb : sa | sb);
        }
        // The chosen value is exact: FPRound of it returns the same bits and raises nothing.
        return (max ? ka > kb : ka < kb) ? a : b;
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
        return FpOpsConvert.roundToIntegral(c, size, a, rmode, exact);
    }

    /**
     * FPToFixed (FCVTZS/FCVTZU/FCVTN*, fixed and integer forms): {@code a * 2^fbits} rounded by
     * {@code rmode} to an {@code intBits} (32 or 64) integer, saturating with IOC. A NaN gives 0
     * with IOC. The result is the integer value as a long: signed results sign-extended,
     * unsigned 32-bit results zero-extended.
     */
    static long toFixed(Cpu c, int size, long a, int fbits, boolean unsigned, int intBits, int rmode) {
        return FpOpsConvert.toFixed(c, size, a, fbits, unsigned, intBits, rmode);
    }

    /**
     * FixedToFP (SCVTF/UCVTF, fixed and integer forms): the {@code intBits}-wide integer in
     * {@code a} divided by 2^fbits, rounded in the FPCR rounding mode.
     */
    static long fromFixed(Cpu c, int size, long a, int fbits, boolean unsigned, int intBits) {
        return FpOpsConvert.fromFixed(c, size, a, fbits, unsigned, intBits);
    }

    /** FPConvert between sizes (FCVT, FCVTL, FCVTN) in the FPCR rounding mode; AHP selects the half format. */
    static long convert(Cpu c, int fromSize, int toSize, long a) {
        return FpOpsConvert.convert(c, fromSize, toSize, a, rmode(c));
    }

    /** FPConvert with an explicit rounding mode ({@link #RO} for FCVTXN). */
    static long convert(Cpu c, int fromSize, int toSize, long a, int rmode) {
        return FpOpsConvert.convert(c, fromSize, toSize, a, rmode);
    }

    // ---------------------------------------------------------------- estimates

    /** FRECPE (FPRecipEstimate, v8.0 8-bit table). */
    static long recipEstimate(Cpu c, int size, long a) {
        return FpOpsEstimate.recipEstimate(c, size, a);
    }

    /** FRSQRTE (FPRSqrtEstimate, v8.0 8-bit table). */
    static long rsqrtEstimate(Cpu c, int size, long a) {
        return FpOpsEstimate.rsqrtEstimate(c, size, a);
    }

    /** FRECPX (FPRecpX): exponent inverted, fraction cleared; zero and denormals give the largest exponent. */
    static long recpX(Cpu c, int size, long a) {
        return FpOpsEstimate.recpX(c, size, a);
    }
}
