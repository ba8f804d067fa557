package nova.difftest.gen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/**
 * The deterministic random initial state of one case, derived from the case seed alone (so a
 * regression file needs only the seed and the instruction text). Values are biased towards the
 * edges where implementations go wrong: integer limits, and for floating point signed zeros,
 * infinities, quiet and signalling NaNs with payloads, denormals, halfway cases and values at
 * the limits of integer conversion.
 */
public final class InitialState {
    private InitialState() {}

    /** A fresh state block for {@code seed}; the case id field is left to the program builder. */
    public static byte[] block(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5eed5eed5eedL);
        ByteBuffer b = ByteBuffer.allocate(StateLayout.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 31; i++) b.putLong(StateLayout.X + 8 * i, intValue(r));
        b.putLong(StateLayout.NZCV, (long) r.nextInt(16) << 28);
        b.putLong(StateLayout.FPCR, fpcr(r));
        for (int i = 0; i < 32; i++) {
            b.putLong(StateLayout.V + 16 * i, fpLane64(r));
            b.putLong(StateLayout.V + 16 * i + 8, fpLane64(r));
        }
        for (int off = 0; off < StateLayout.BUFFER_SIZE; off += 8) {
            int k = r.nextInt(10);
            long v = k < 5 ? r.nextLong() : k < 9 ? fpLane64(r) : intValue(r);
            b.putLong(StateLayout.BUFFER + off, v);
        }
        return b.array();
    }

    /** FPCR with a random rounding mode, FZ, DN and AHP (the only controls an A57 has). */
    static long fpcr(SplittableRandom r) {
        long v = (long) r.nextInt(4) << 22;
        if (r.nextInt(3) == 0) v |= 1L << 24; // FZ
        if (r.nextInt(3) == 0) v |= 1L << 25; // DN
        if (r.nextInt(4) == 0) v |= 1L << 26; // AHP
        return v;
    }

    private static final long[] INT_SPECIALS = {
        0, 1, -1, 2, -2, 0x7fffffffffffffffL, 0x8000000000000000L, 0xffffffffL, 0x80000000L,
        0x7fffffffL, 0x100000000L, 0xffffffff80000000L, 0xffffL, 0x8000L, 0xffL, 0x80L, 63, 64, 31, 32,
    };

    public static long intValue(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> INT_SPECIALS[r.nextInt(INT_SPECIALS.length)];
            case 1 -> r.nextInt(-64, 130);
            case 2 -> r.nextInt(); // sign-extended 32-bit
            case 3 -> r.nextInt() & 0xffffffffL;
            default -> r.nextLong();
        };
    }

    /** 64 bits of a vector register: one double, two singles, four halves or raw bits. */
    public static long fpLane64(SplittableRandom r) {
        return switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> doubleValue(r);
            case 4, 5, 6 -> (singleValue(r) & 0xffffffffL) | ((long) singleValue(r) << 32);
            case 7 -> (halfValue(r) & 0xffffL) | (halfValue(r) & 0xffffL) << 16
                    | (halfValue(r) & 0xffffL) << 32 | (long) (halfValue(r) & 0xffff) << 48;
            case 8 -> intValue(r);
            default -> r.nextLong();
        };
    }

    private static final double[] DOUBLE_NICE = {
        1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 0.1, 1e10, -1e-10, 2147483647.5, -2147483648.5,
        2147483648.0, -2147483649.0, 4294967295.5, 4294967296.0, 9.223372036854775807e18,
        -9.223372036854775808e18, 1.8446744073709552e19, 65504.0, 65520.0, 3.4028234663852886e38,
        3.4028235677973366e38, 1.1754943508222875e-38, 1.401298464324817e-45, 6.103515625e-5,
        5.960464477539063e-8, Math.PI, Math.E, 1e300, 1e-300,
    };

    public static long doubleValue(SplittableRandom r) {
        long sign = r.nextBoolean() ? 0x8000000000000000L : 0;
        return switch (r.nextInt(14)) {
            case 0 -> sign;                                                  // zero
            case 1 -> sign | 0x7ff0000000000000L;                            // infinity
            case 2 -> 0x7ff8000000000000L | sign | (r.nextLong() & 0x7ffffffffffffL); // qNaN
            case 3 -> 0x7ff0000000000000L | sign | (1 + (r.nextLong() & 0x7fffffffffffeL)); // sNaN
            case 4 -> sign | (r.nextLong() & 0xfffffffffffffL);               // denormal
            case 5 -> sign | (r.nextBoolean() ? 1 : 0xfffffffffffffL);        // denormal edges
            case 6 -> sign | (r.nextBoolean() ? 0x0010000000000000L : 0x7fefffffffffffffL);
            case 7, 8 -> Double.doubleToRawLongBits(DOUBLE_NICE[r.nextInt(DOUBLE_NICE.length)]) ^ sign;
            case 9 -> Double.doubleToRawLongBits(r.nextInt(-1000, 1000) + r.nextInt(8) / 8.0);
            case 10 -> Double.doubleToRawLongBits(DOUBLE_NICE[r.nextInt(DOUBLE_NICE.length)]) + r.nextInt(-2, 3);
            case 11 -> Double.doubleToRawLongBits(r.nextDouble() * Math.scalb(1.0, r.nextInt(-1070, 1024))) ^ sign;
            default -> Double.doubleToRawLongBits((r.nextDouble() - 0.5) * 100);
        };
    }

    private static final float[] FLOAT_NICE = {
        1.0f, -1.0f, 0.5f, 1.5f, 2.5f, -2.5f, 3.0f, 0.1f, 1e10f, 2147483648.0f, -2147483648.0f,
        4294967296.0f, 9.223372e18f, 1.8446744e19f, 65504.0f, 65520.0f, 6.1035156e-5f, 5.9604645e-8f,
        3.4028235e38f, 1.17549435e-38f, (float) Math.PI,
    };

    public static int singleValue(SplittableRandom r) {
        int sign = r.nextBoolean() ? 0x80000000 : 0;
        return switch (r.nextInt(13)) {
            case 0 -> sign;
            case 1 -> sign | 0x7f800000;
            case 2 -> 0x7fc00000 | sign | (r.nextInt() & 0x3fffff);
            case 3 -> 0x7f800000 | sign | (1 + (r.nextInt() & 0x3ffffe));
            case 4 -> sign | (r.nextInt() & 0x7fffff);
            case 5 -> sign | (r.nextBoolean() ? 1 : 0x7fffff);
            case 6 -> sign | (r.nextBoolean() ? 0x00800000 : 0x7f7fffff);
            case 7, 8 -> Float.floatToRawIntBits(FLOAT_NICE[r.nextInt(FLOAT_NICE.length)]) ^ sign;
            case 9 -> Float.floatToRawIntBits(r.nextInt(-1000, 1000) + r.nextInt(8) / 8.0f);
            case 10 -> Float.floatToRawIntBits(FLOAT_NICE[r.nextInt(FLOAT_NICE.length)]) + r.nextInt(-2, 3);
            default -> Float.floatToRawIntBits((float) ((r.nextDouble() - 0.5) * 100));
        };
    }

    public static int halfValue(SplittableRandom r) {
        int sign = r.nextBoolean() ? 0x8000 : 0;
        return switch (r.nextInt(9)) {
            case 0 -> sign;
            case 1 -> sign | 0x7c00;
            case 2 -> sign | 0x7e00 | (r.nextInt() & 0x1ff);
            case 3 -> sign | 0x7c00 | (1 + r.nextInt(0x1fe));
            case 4 -> sign | r.nextInt(1, 0x400);
            case 5 -> sign | (r.nextBoolean() ? 0x0400 : 0x7bff);
            case 6 -> sign | 0x3c00;
            default -> r.nextInt(0x10000);
        };
    }
}
