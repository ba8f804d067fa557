package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nova.hw.mem.GuestMemory;

/**
 * AddWithCarry (ARM ARM shared pseudocode): N, Z from the result; C when the unsigned sum does
 * not fit; V when the signed sum does not fit. Checked against arbitrary-precision arithmetic.
 */
class AluPropertyTest {
    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    private static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(TWO64);
    }

    private static int expected(long a, long b, int carry, int bits) {
        long mask = bits == 64 ? -1L : 0xFFFF_FFFFL;
        long ua = a & mask;
        long ub = b & mask;
        BigInteger usum = unsigned(ua).add(unsigned(ub)).add(BigInteger.valueOf(carry));
        BigInteger ssum = signed(ua, bits).add(signed(ub, bits)).add(BigInteger.valueOf(carry));
        long r = usum.longValue() & mask;
        boolean n = bits == 64 ? r < 0 : (r >>> 31) != 0;
        boolean z = r == 0;
        boolean c = usum.bitLength() > bits;
        boolean v = !signed(r, bits).equals(ssum);
        return (n ? 8 : 0) | (z ? 4 : 0) | (c ? 2 : 0) | (v ? 1 : 0);
    }

    private static BigInteger signed(long v, int bits) {
        return bits == 64 ? BigInteger.valueOf(v) : BigInteger.valueOf((int) v);
    }

    @Property(tries = 1000, seed = "20260101")
    void add64_flagsMatchArbitraryPrecision(@ForAll long a, @ForAll long b, @ForAll boolean carry) {
        Cpu c = new Cpu(new GuestMemory());
        long r = Alu.add64(c, a, b, carry ? 1 : 0, true);
        assertEquals(a + b + (carry ? 1 : 0), r);
        assertEquals(expected(a, b, carry ? 1 : 0, 64), c.nzcv() >>> 28);
    }

    @Property(tries = 1000, seed = "20260102")
    void add32_flagsMatchArbitraryPrecision(@ForAll long a, @ForAll long b, @ForAll boolean carry) {
        Cpu c = new Cpu(new GuestMemory());
        long r = Alu.add32(c, a, b, carry ? 1 : 0, true);
        assertEquals((a + b + (carry ? 1 : 0)) & 0xFFFF_FFFFL, r);
        assertEquals(expected(a, b, carry ? 1 : 0, 32), c.nzcv() >>> 28);
    }

    @Property(tries = 500, seed = "20260103")
    void subtractionAsAddOfComplement_borrowIsNotCarry(@ForAll long a, @ForAll long b) {
        Cpu c = new Cpu(new GuestMemory());
        Alu.add64(c, a, ~b, 1, true);
        boolean carry = ((c.nzcv() >>> 29) & 1) != 0;
        assertEquals(Long.compareUnsigned(a, b) >= 0, carry);
        assertEquals(a == b, ((c.nzcv() >>> 30) & 1) != 0);
    }
}
