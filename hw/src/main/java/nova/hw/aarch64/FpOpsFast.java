package nova.hw.aarch64;

/**
 * Fast paths for {@link FpOps} in round-to-nearest-even, the only mode Java's float and double
 * arithmetic implements. They apply when every input is normal or zero and the result is a
 * normal number safely above the underflow threshold (or an exact zero), so FZ, DN, input and
 * output denormals, NaNs, overflow and tininess cannot matter; only IXC has to be computed, and
 * it is decided exactly with integer arithmetic or an error-free transformation (never
 * {@code Math.fma}, which may fall back to BigDecimal on CPUs without FMA). Anything else
 * answers {@link #MISS} and the caller takes the soft-float path.
 */
final class FpOpsFast {
    private FpOpsFast() {}

    /** Never a fast-path FP result: a NaN pattern, and not a 32-bit value. */
    static final long MISS = -1L;

    /** Never a fast-path integer result (those stay below 2^62 in magnitude). */
    static final long MISS_INT = Long.MIN_VALUE;

    private static final int DOUBLE_SIZE = FpOps.DOUBLE;
    private static final long D_FRAC = (1L << 52) - 1, D_HIDDEN = 1L << 52;
    private static final int F_FRAC = (1 << 23) - 1, F_HIDDEN = 1 << 23;

    private static boolean normalOrZeroD(long a) {
        long e = (a >>> 52) & 0x7FF;
        return e != 0x7FF && (e != 0 || (a << 1) == 0);
    }

    private static boolean normalOrZeroF(long a) {
        long e = (a >>> 23) & 0xFF;
        return e != 0xFF && (e != 0 || (a << 33) == 0);
    }

    /** Exponent field of a result that is clear of both underflow (tininess) and overflow. */
    private static boolean safeD(long r) {
        long e = (r >>> 52) & 0x7FF;
        return e >= 2 && e < 0x7FF;
    }

    private static boolean safeF(long r) {
        long e = (r >>> 23) & 0xFF;
        return e >= 2 && e < 0xFF;
    }

    private static boolean isZeroD(long r) {
        return (r << 1) == 0;
    }

    private static boolean isZeroF(long r) {
        return (r << 33) == 0;
    }

    static long addD(Cpu c, long a, long b, boolean subtract) {
        if (!normalOrZeroD(a) || !normalOrZeroD(b)) return MISS;
        double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(subtract ? b ^ Long.MIN_VALUE : b);
        double s = x + y;
        long r = Double.doubleToRawLongBits(s);
        // an exact zero (cancellation) is +0 in this mode, as on ARM; a sum below the normal range is
        // exact but must still be flushed under FZ, so it goes the slow way
        if (isZeroD(r)) return r;
        if (!safeD(r)) return MISS;
        double bv = s - x, err = (x - (s - bv)) + (y - bv); // TwoSum: the exact rounding error
        if (!Double.isFinite(err)) return MISS;
        if (err != 0) c.fpsr |= FpOps.IXC;
        return r;
    }

    static long addF(Cpu c, long a, long b, boolean subtract) {
        if (!normalOrZeroF(a) || !normalOrZeroF(b)) return MISS;
        float x = Float.intBitsToFloat((int) a), y = Float.intBitsToFloat((int) (subtract ? b ^ 0x8000_0000L : b));
        float s = x + y;
        long r = Float.floatToRawIntBits(s) & 0xFFFF_FFFFL;
        if (isZeroF(r)) return r;
        if (!safeF(r)) return MISS;
        float bv = s - x, err = (x - (s - bv)) + (y - bv); // TwoSum in single precision
        if (!Float.isFinite(err)) return MISS;
        if (err != 0) c.fpsr |= FpOps.IXC;
        return r;
    }

    static long mulD(Cpu c, long a, long b) {
        if (!normalOrZeroD(a) || !normalOrZeroD(b)) return MISS;
        long r = Double.doubleToRawLongBits(Double.longBitsToDouble(a) * Double.longBitsToDouble(b));
        if (isZeroD(a) || isZeroD(b)) return r; // exact signed zero
        if (!safeD(r)) return MISS;
        long x = (a & D_FRAC) | D_HIDDEN, y = (b & D_FRAC) | D_HIDDEN;
        // the 105/106-bit integer product is exact in 53 bits iff its significant span fits
        int bitLength = 128 - Long.numberOfLeadingZeros(Math.multiplyHigh(x, y));
        int trailing = Long.numberOfTrailingZeros(x) + Long.numberOfTrailingZeros(y);
        if (bitLength - trailing > 53) c.fpsr |= FpOps.IXC;
        return r;
    }

    static long mulF(Cpu c, long a, long b) {
        if (!normalOrZeroF(a) || !normalOrZeroF(b)) return MISS;
        float x = Float.intBitsToFloat((int) a), y = Float.intBitsToFloat((int) b);
        float p = x * y;
        long r = Float.floatToRawIntBits(p) & 0xFFFF_FFFFL;
        if (isZeroF(a) || isZeroF(b)) return r;
        if (!safeF(r)) return MISS;
        if ((double) p != (double) x * (double) y) c.fpsr |= FpOps.IXC; // 48-bit product exact in double
        return r;
    }

    static long divD(Cpu c, long a, long b) {
        if (!normalOrZeroD(a) || !normalOrZeroD(b) || isZeroD(b)) return MISS;
        long r = Double.doubleToRawLongBits(Double.longBitsToDouble(a) / Double.longBitsToDouble(b));
        if (isZeroD(a)) return r;
        if (!safeD(r)) return MISS;
        long x = (a & D_FRAC) | D_HIDDEN, y = (b & D_FRAC) | D_HIDDEN, q = (r & D_FRAC) | D_HIDDEN;
        // exact iff q * y == x * 2^k, with k the exponent difference (52 or 53 when exact)
        int k = (int) (((a >>> 52) & 0x7FF) - ((r >>> 52) & 0x7FF) - ((b >>> 52) & 0x7FF)) + 1023 + 52;
        boolean exact = k >= 52 && k <= 53
                && Math.multiplyHigh(q, y) == x >>> (64 - k) && q * y == x << k;
        if (!exact) c.fpsr |= FpOps.IXC;
        return r;
    }

    static long divF(Cpu c, long a, long b) {
        if (!normalOrZeroF(a) || !normalOrZeroF(b) || isZeroF(b)) return MISS;
        float x = Float.intBitsToFloat((int) a), y = Float.intBitsToFloat((int) b);
        float q = x / y;
        long r = Float.floatToRawIntBits(q) & 0xFFFF_FFFFL;
        if (isZeroF(a)) return r;
        if (!safeF(r)) return MISS;
        if ((double) q * (double) y != (double) x) c.fpsr |= FpOps.IXC;
        return r;
    }

    static long sqrtD(Cpu c, long a) {
        if (a < 0 || !normalOrZeroD(a)) return MISS; // negative: invalid (or -0), slow path
        long r = Double.doubleToRawLongBits(Math.sqrt(Double.longBitsToDouble(a)));
        if (isZeroD(a)) return r;
        long x = (a & D_FRAC) | D_HIDDEN, s = (r & D_FRAC) | D_HIDDEN;
        // exact iff s^2 == x * 2^k (k = 52 or 53 when exact)
        int k = (int) (((a >>> 52) & 0x7FF) - 2 * ((r >>> 52) & 0x7FF)) + 1023 + 52;
        boolean exact = k >= 52 && k <= 53
                && Math.multiplyHigh(s, s) == x >>> (64 - k) && s * s == x << k;
        if (!exact) c.fpsr |= FpOps.IXC;
        return r;
    }

    static long sqrtF(Cpu c, long a) {
        if ((a & 0x8000_0000L) != 0 || !normalOrZeroF(a)) return MISS;
        double x = Float.intBitsToFloat((int) a);
        float s = (float) Math.sqrt(x); // correctly rounded: double carries more than 2*24+2 bits
        if ((double) s * (double) s != x) c.fpsr |= FpOps.IXC;
        return Float.floatToRawIntBits(s) & 0xFFFF_FFFFL;
    }

    /**
     * Single-precision FMA: the product of two singles is exact in double, and a double sum
     * rounded to odd then rounded to single is the correctly rounded single sum (Boldo and
     * Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms using rounding
     * to odd", IEEE TC 2008; 53 >= 2*24 + 2).
     */
    static long fmaF(Cpu c, long addend, long a, long b) {
        if (!normalOrZeroF(addend) || !normalOrZeroF(a) || !normalOrZeroF(b) || isZeroF(a) || isZeroF(b)) return MISS;
        double p = (double) Float.intBitsToFloat((int) a) * (double) Float.intBitsToFloat((int) b);
        double z = Float.intBitsToFloat((int) addend);
        double s = p + z;
        double bv = s - p, err = (p - (s - bv)) + (z - bv);
        if (err != 0 && (Double.doubleToRawLongBits(s) & 1) == 0) s = err > 0 ? Math.nextUp(s) : Math.nextDown(s);
        float f = (float) s;
        long r = Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
        if (!safeF(r)) return MISS;
        if (err != 0 || (double) f != s) c.fpsr |= FpOps.IXC;
        return r;
    }

    /**
     * Double-precision FMA, emulated as in Boldo and Melquiond (ibid.): Dekker's exact product
     * (uh + ul), TwoSum of the addend with uh (th + tl), v = tl + ul rounded to odd, result
     * th + v rounded to nearest. Exponents are restricted so that nothing overflows or underflows
     * on the way, which the proof requires.
     */
    static long fmaD(Cpu c, long addend, long a, long b) {
        long ea = ((a >>> 52) & 0x7FF) - 1023, eb = ((b >>> 52) & 0x7FF) - 1023, ec = ((addend >>> 52) & 0x7FF) - 1023;
        if (ea < -400 || ea > 480 || eb < -400 || eb > 480 || ec > 1000) return MISS;
        if (!normalOrZeroD(addend)) return MISS;
        double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(b), w = Double.longBitsToDouble(addend);
        // Dekker/Veltkamp: x*y = uh + ul exactly
        double uh = x * y;
        double t = 134217729.0 * x, xh = t - (t - x), xl = x - xh;
        t = 134217729.0 * y;
        double yh = t - (t - y), yl = y - yh;
        double ul = ((xh * yh - uh) + xh * yl + xl * yh) + xl * yl;
        // TwoSum(w, uh)
        double th = w + uh, bv = th - w, tl = (w - (th - bv)) + (uh - bv);
        // v = RO(tl + ul)
        double v = tl + ul;
        bv = v - tl;
        double e1 = (tl - (v - bv)) + (ul - bv);
        if (v != 0 && Math.abs(v) < 0x1p-960) return MISS;
        if (e1 != 0 && (Double.doubleToRawLongBits(v) & 1) == 0) v = e1 > 0 ? Math.nextUp(v) : Math.nextDown(v);
        double z = th + v;
        bv = z - th;
        double e2 = (th - (z - bv)) + (v - bv);
        long r = Double.doubleToRawLongBits(z);
        if (!safeD(r) || !Double.isFinite(e1) || !Double.isFinite(e2)) return MISS;
        if (e1 != 0 || e2 != 0) c.fpsr |= FpOps.IXC;
        return r;
    }

    /** SCVTF/UCVTF integer forms in round-to-nearest: Java's long-to-float/double conversions round the same way. */
    static long fromIntNearest(Cpu c, int size, long v) {
        if (size == DOUBLE_SIZE) {
            double d = v;
            if (d == 0x1p63 || (long) d != v) c.fpsr |= FpOps.IXC;
            return Double.doubleToRawLongBits(d);
        }
        float f = v;
        if (f == 0x1p63f || (long) f != v) c.fpsr |= FpOps.IXC;
        return Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
    }

    /** FCVT single to double of a normal or zero single: exact, no flags. */
    static long widenF(long a) {
        if (!normalOrZeroF(a)) return MISS;
        return Double.doubleToRawLongBits(Float.intBitsToFloat((int) a));
    }

    /** FCVT double to single in round-to-nearest. */
    static long narrowD(Cpu c, long a) {
        if (!normalOrZeroD(a)) return MISS;
        double d = Double.longBitsToDouble(a);
        float f = (float) d;
        long r = Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
        if (isZeroD(a)) return r;
        if (!safeF(r)) return MISS;
        if ((double) f != d) c.fpsr |= FpOps.IXC;
        return r;
    }

    /** FCVTZS/FCVTZU (integer forms, toward zero) of a double well inside the target range. */
    static long toIntTowardZeroD(Cpu c, long a, boolean unsigned, int intBits) {
        if (!normalOrZeroD(a)) return MISS_INT;
        long e = (a >>> 52) & 0x7FF;
        if (e >= 1023 + intBits - 2) return MISS_INT; // |a| >= 2^(intBits-2): let the slow path saturate
        double x = Double.longBitsToDouble(a);
        long r = (long) x;
        if (unsigned && r < 0) return MISS_INT;
        if (unsigned && r == 0 && a < 0 && !isZeroD(a)) return MISS_INT;
        if ((double) r != x) c.fpsr |= FpOps.IXC;
        return r;
    }
}
