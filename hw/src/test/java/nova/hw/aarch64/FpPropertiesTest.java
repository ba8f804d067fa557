package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nova.hw.mem.GuestMemory;

/**
 * Algebraic consequences of the ARM ARM FP pseudocode that hold for every operand (fixed
 * seeds): sign operations raise nothing, FMAXNM/FMINNM ignore one quiet NaN, FPCompare is
 * antisymmetric, FPRoundInt is idempotent, widening FPConvert is exact and undone by narrowing.
 */
class FpPropertiesTest {
    private static final long QNAN_D = 0x7FF8_0000_0000_0000L;

    private final Cpu cpu = new Cpu(new GuestMemory());

    @Provide
    Arbitrary<Long> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(0, (1L << 52) - 1), // denormals
                Arbitraries.of(0L, Long.MIN_VALUE, 0x7FF0_0000_0000_0000L, 0xFFF0_0000_0000_0000L, 0x3FF0_0000_0000_0000L));
    }

    @Provide
    Arbitrary<Long> numbers() {
        return doubles().filter(a -> !Double.isNaN(Double.longBitsToDouble(a)));
    }

    private Cpu fresh(int fpcr) {
        cpu.fpcr = fpcr;
        cpu.fpsr = 0;
        return cpu;
    }

    /** FPNeg and FPAbs touch only the sign bit, of NaNs too, and never raise an exception. */
    @Property(seed = "1", tries = 500)
    void negAndAbsOnlyTouchTheSignBit(@ForAll("doubles") long a) {
        Cpu c = fresh(FPCR_FZ | FPCR_DN);
        assertEquals(a ^ Long.MIN_VALUE, neg(c, DOUBLE, a));
        assertEquals(a & Long.MAX_VALUE, abs(c, DOUBLE, a));
        assertEquals((a ^ 0x8000_0000L) & 0xFFFF_FFFFL, neg(c, SINGLE, a & 0xFFFF_FFFFL));
        assertEquals(0, c.fpsr);
    }

    /** FPMaxNum/FPMinNum: a single quiet NaN is missing data, the number is the result, exactly. */
    @Property(seed = "2", tries = 500)
    void maxNumAndMinNumIgnoreOneQuietNan(@ForAll("numbers") long a) {
        Cpu c = fresh(0);
        assertEquals(a, maxNum(c, DOUBLE, a, QNAN_D));
        assertEquals(a, maxNum(c, DOUBLE, QNAN_D, a));
        assertEquals(a, minNum(c, DOUBLE, a, QNAN_D));
        assertEquals(a, minNum(c, DOUBLE, QNAN_D, a));
        assertEquals(0, c.fpsr);
    }

    /** FPCompare(a, b) and FPCompare(b, a): less and greater swap, equal and unordered stay. */
    @Property(seed = "3", tries = 500)
    void compareIsAntisymmetric(@ForAll("doubles") long a, @ForAll("doubles") long b) {
        int ab = compare(fresh(0), DOUBLE, a, b, false), ba = compare(fresh(0), DOUBLE, b, a, false);
        int swapped = switch (ab) {
            case 0x8000_0000 -> 0x2000_0000;
            case 0x2000_0000 -> 0x8000_0000;
            default -> ab;
        };
        assertEquals(swapped, ba);
    }

    /** FPRoundInt gives an integral value: rounding it again is exact (FRINTX raises nothing). */
    @Property(seed = "4", tries = 500)
    void roundToIntegralIsIdempotent(@ForAll("numbers") long a, @ForAll int mode) {
        int rmode = Math.floorMod(mode, 5);
        long once = roundToIntegral(fresh(0), DOUBLE, a, rmode, true);
        Cpu c = fresh(0);
        assertEquals(once, roundToIntegral(c, DOUBLE, once, rmode, true));
        assertEquals(0, c.fpsr);
    }

    /** FPConvert single to double is exact and narrowing it back returns the original single. */
    @Property(seed = "5", tries = 500)
    void wideningIsExactAndNarrowingUndoesIt(@ForAll int bits, @ForAll int mode) {
        long s = bits & 0xFFFF_FFFFL;
        if (Float.isNaN(Float.intBitsToFloat(bits))) return;
        Cpu c = fresh(Math.floorMod(mode, 4) << 22);
        long d = convert(c, SINGLE, DOUBLE, s);
        assertEquals(s, convert(c, DOUBLE, SINGLE, d));
        assertEquals(0, c.fpsr);
    }
}
