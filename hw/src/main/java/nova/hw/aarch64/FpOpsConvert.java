package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static nova.hw.aarch64.SoftFloat.*;

/** FPRoundInt, FPToFixed, FixedToFP and FPConvert for {@link FpOps}. */
final class FpOpsConvert {
    private FpOpsConvert() {}

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
        if (fbits == 0 && (c.fpcr & FPCR_RMODE) == 0 && size != HALF && (!unsigned || v >= 0)) {
            return FpOpsFast.fromIntNearest(c, size, v);
        }
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

    /** FPConvert with an explicit rounding mode (RO for FCVTXN); FPCR.AHP selects the half format. */
    static long convert(Cpu c, int fromSize, int toSize, long a, int rmode) {
        if (fromSize == SINGLE && toSize == DOUBLE) {
            long r = FpOpsFast.widenF(a);
            if (r != FpOpsFast.MISS) return r;
        } else if (fromSize == DOUBLE && toSize == SINGLE && rmode == RN) {
            long r = FpOpsFast.narrowD(c, a);
            if (r != FpOpsFast.MISS) return r;
        }
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
