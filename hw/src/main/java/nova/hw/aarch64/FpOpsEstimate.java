package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static nova.hw.aarch64.SoftFloat.*;

/** FPRecipEstimate, FPRSqrtEstimate (ARMv8.0 8-bit tables) and FPRecpX for {@link FpOps}. */
final class FpOpsEstimate {
    private FpOpsEstimate() {}

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
}
