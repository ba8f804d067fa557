package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.function.Supplier;
import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * With FPCR = 0 (round to nearest even, no flush, NaN propagation) the ARM operations on
 * non-NaN values are the IEEE 754 ones, which Java's float and double arithmetic also implement
 * (round to nearest even only). That makes Java an independent oracle for the values; the IXC
 * flag is checked against an exact test (the result converted back, or an error-free transform).
 * Inputs are random bit patterns biased toward hard cases, from a fixed seed.
 */
class FpIeeeAgreementTest {
    private static final int N = 30_000;
    private final Cpu cpu = new Cpu(new GuestMemory());

    private static long randomDouble(Random r) {
        long sign = r.nextBoolean() ? Long.MIN_VALUE : 0;
        long frac = r.nextLong() & ((1L << 52) - 1);
        return switch (r.nextInt(8)) {
            case 0 -> sign | (frac >>> r.nextInt(52)); // denormal
            case 1 -> sign | ((long) (1 + r.nextInt(60)) << 52) | frac; // near the denormal range
            case 2 -> sign | ((long) (2040 - r.nextInt(60)) << 52) | frac; // near overflow
            case 3 -> sign | ((long) (1023 + r.nextInt(64) - 8) << 52) | (frac & (-1L << (52 - r.nextInt(8)))); // few fraction bits
            default -> sign | ((long) (1 + r.nextInt(2046)) << 52) | frac;
        };
    }

    private static int randomFloat(Random r) {
        int sign = r.nextBoolean() ? Integer.MIN_VALUE : 0;
        int frac = r.nextInt() & ((1 << 23) - 1);
        return switch (r.nextInt(8)) {
            case 0 -> sign | (frac >>> r.nextInt(23));
            case 1 -> sign | ((1 + r.nextInt(30)) << 23) | frac;
            case 2 -> sign | ((254 - r.nextInt(30)) << 23) | frac;
            case 3 -> sign | ((127 + r.nextInt(32) - 4) << 23) | (frac & (-1 << (23 - r.nextInt(6))));
            default -> sign | ((1 + r.nextInt(254)) << 23) | frac;
        };
    }

    private long run(java.util.function.LongSupplier op) {
        cpu.fpcr = 0;
        cpu.fpsr = 0;
        return op.getAsLong();
    }

    private static boolean isNaN(double d) {
        return Double.isNaN(d);
    }

    /** FPAdd/FPSub/FPMul/FPDiv/FPSqrt/FPMulAdd (double) agree with IEEE round-to-nearest-even. */
    @Test
    void doubleArithmeticMatchesIeeeRoundToNearestEven() {
        Random r = new Random(0xA64F9L);
        for (int i = 0; i < N; i++) {
            long a = randomDouble(r), b = r.nextInt(4) == 0 ? (a ^ Long.MIN_VALUE) + r.nextInt(3) - 1 : randomDouble(r);
            long c = randomDouble(r);
            double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(b), z = Double.longBitsToDouble(c);
            expect("add", a, b, x + y, run(() -> add(cpu, DOUBLE, a, b)));
            // TwoSum: the rounding error of x + y is exactly representable, zero iff exact
            double s = x + y, bv = s - x, err = (x - (s - bv)) + (y - bv);
            if (Double.isFinite(s)) assertEquals(err != 0, (cpu.fpsr & IXC) != 0, hex("add IXC", a, b));
            expect("sub", a, b, x - y, run(() -> sub(cpu, DOUBLE, a, b)));
            expect("mul", a, b, x * y, run(() -> mul(cpu, DOUBLE, a, b)));
            expect("div", a, b, x / y, run(() -> div(cpu, DOUBLE, a, b)));
            expect("sqrt", a, 0, Math.sqrt(x), run(() -> sqrt(cpu, DOUBLE, a)));
            double sq = Math.sqrt(x);
            if (x > 0x1p-900 && !Double.isInfinite(x)) { // the residual is exact away from underflow
                assertEquals(Math.fma(sq, sq, -x) != 0, (cpu.fpsr & IXC) != 0, hex("sqrt IXC", a, 0));
            }
            expect("fma", a, b, Math.fma(x, y, z), run(() -> mulAdd(cpu, DOUBLE, c, a, b)));
        }
    }

    /** The same for single precision, plus FPConvert double to single and single to half. */
    @Test
    void singleArithmeticAndNarrowingMatchIeeeRoundToNearestEven() {
        Random r = new Random(0x5F32L);
        for (int i = 0; i < N; i++) {
            long a = randomFloat(r) & 0xFFFF_FFFFL, b = randomFloat(r) & 0xFFFF_FFFFL, c = randomFloat(r) & 0xFFFF_FFFFL;
            float x = Float.intBitsToFloat((int) a), y = Float.intBitsToFloat((int) b), z = Float.intBitsToFloat((int) c);
            expectF("add", a, b, x + y, run(() -> add(cpu, SINGLE, a, b)));
            expectF("mul", a, b, x * y, run(() -> mul(cpu, SINGLE, a, b)));
            expectF("div", a, b, x / y, run(() -> div(cpu, SINGLE, a, b)));
            expectF("sqrt", a, 0, (float) Math.sqrt(x), run(() -> sqrt(cpu, SINGLE, a)));
            expectF("fma", a, b, Math.fma(x, y, z), run(() -> mulAdd(cpu, SINGLE, c, a, b)));
            long d = randomDouble(r);
            double dv = Double.longBitsToDouble(d);
            expectF("fcvt d->s", d, 0, (float) dv, run(() -> convert(cpu, DOUBLE, SINGLE, d)));
            if (!isNaN(dv) && !Double.isInfinite((float) dv)) {
                assertEquals((double) (float) dv != dv, (cpu.fpsr & IXC) != 0, hex("fcvt IXC", d, 0));
            }
            if (!Float.isNaN(x)) {
                short h = Float.floatToFloat16(x);
                assertEquals(h & 0xFFFF, run(() -> convert(cpu, SINGLE, HALF, a)), hex("fcvt s->h", a, 0));
                long wide = run(() -> convert(cpu, HALF, SINGLE, h & 0xFFFF));
                assertEquals(Float.floatToRawIntBits(Float.float16ToFloat(h)), (int) wide, hex("fcvt h->s", h & 0xFFFF, 0));
            }
        }
    }

    /** FPToFixed toward zero saturates like Java's narrowing casts; FixedToFP rounds like Java's widening conversions. */
    @Test
    void integerConversionsMatchJavaCasts() {
        Random r = new Random(0x1C0DEL);
        for (int i = 0; i < N; i++) {
            long a = randomDouble(r);
            double x = Double.longBitsToDouble(a);
            if (r.nextInt(4) == 0) {
                a = Double.doubleToRawLongBits(x = (r.nextLong() >> r.nextInt(64)) + r.nextInt(3) * 0.5);
            }
            long fa = a;
            if (!isNaN(x)) {
                assertEquals((long) x, run(() -> toFixed(cpu, DOUBLE, fa, 0, false, 64, RZ)), hex("fcvtzs x", a, 0));
                assertEquals((int) x, run(() -> toFixed(cpu, DOUBLE, fa, 0, false, 32, RZ)), hex("fcvtzs w", a, 0));
                assertEquals((long) Math.rint(x), run(() -> toFixed(cpu, DOUBLE, fa, 0, false, 64, RN)), hex("fcvtns x", a, 0));
                assertEquals((long) Math.floor(x), run(() -> toFixed(cpu, DOUBLE, fa, 0, false, 64, RM)), hex("fcvtms x", a, 0));
                assertEquals((long) Math.ceil(x), run(() -> toFixed(cpu, DOUBLE, fa, 0, false, 64, RP)), hex("fcvtps x", a, 0));
                expect("frintn", a, 0, Math.rint(x), run(() -> roundToIntegral(cpu, DOUBLE, fa, RN, false)));
                expect("frintm", a, 0, Math.floor(x), run(() -> roundToIntegral(cpu, DOUBLE, fa, RM, false)));
                expect("frintp", a, 0, Math.ceil(x), run(() -> roundToIntegral(cpu, DOUBLE, fa, RP, false)));
            }
            long v = r.nextLong() >> r.nextInt(64);
            expect("scvtf d", v, 0, (double) v, run(() -> fromFixed(cpu, DOUBLE, v, 0, false, 64)));
            expectF("scvtf s", v, 0, (float) v, run(() -> fromFixed(cpu, SINGLE, v, 0, false, 64)));
            expectF("scvtf s w", v, 0, (float) (int) v, run(() -> fromFixed(cpu, SINGLE, v, 0, false, 32)));
        }
    }

    private static Supplier<String> hex(String what, long a, long b) {
        return () -> String.format("%s a=%x b=%x", what, a, b);
    }

    private static void expect(String what, long a, long b, double expected, long actual) {
        if (isNaN(expected)) {
            assertEquals(true, isNaN(Double.longBitsToDouble(actual)), hex(what + " NaN", a, b));
            return;
        }
        long bits = Double.doubleToRawLongBits(expected);
        if (bits != actual) fail(String.format("%s a=%x b=%x: expected %x, got %x", what, a, b, bits, actual));
    }

    private static void expectF(String what, long a, long b, float expected, long actual) {
        if (Float.isNaN(expected)) {
            assertEquals(true, Float.isNaN(Float.intBitsToFloat((int) actual)), hex(what + " NaN", a, b));
            return;
        }
        long bits = Float.floatToRawIntBits(expected) & 0xFFFF_FFFFL;
        if (bits != actual) fail(String.format("%s a=%x b=%x: expected %x, got %x", what, a, b, bits, actual));
    }
}
