package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static nova.hw.aarch64.SoftFloat.*;

/** The exactly computed {@code addend + a*b} under {@link FpOps#mulAdd} and the Newton-Raphson steps. */
final class SoftFloatFused {
    private SoftFloatFused() {}

    /**
     * {@code (addend + a*b) * 2^scale} rounded once; every operand is finite (zero allowed).
     * The exact sum is formed in 128 bits: product leading one at bit 124 or 125, addend at 124.
     */
    static long fusedFinite(Cpu c, int size, long addend, long a, long b, int scale) {
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
        // align to the larger exponent; the smaller operand's lost bits are jammed into bit 0
        int e = Math.max(ep, ec);
        int dc = e - ec, dp = e - ep;
        long cLoAligned = shiftRightJamLo(cHi, cLo, dc), pLoAligned = shiftRightJamLo(pHi, pLo, dp);
        cHi = shiftRightHi(cHi, dc);
        pHi = shiftRightHi(pHi, dp);
        cLo = cLoAligned;
        pLo = pLoAligned;
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

    /** High word of the 128-bit (hi, lo) shifted right by d >= 0. */
    private static long shiftRightHi(long hi, int d) {
        return d == 0 ? hi : d < 64 ? hi >>> d : 0;
    }

    /** Low word of the 128-bit (hi, lo) shifted right by d >= 0, nonzero lost bits jammed into bit 0. */
    private static long shiftRightJamLo(long hi, long lo, int d) {
        if (d == 0) return lo;
        if (d < 64) return (lo >>> d) | (hi << (64 - d)) | ((lo << (64 - d)) != 0 ? 1 : 0);
        if (d == 64) return hi | (lo != 0 ? 1 : 0);
        if (d < 128) return (hi >>> (d - 64)) | (lo != 0 || (hi << (128 - d)) != 0 ? 1 : 0);
        return (hi | lo) != 0 ? 1 : 0;
    }
}
