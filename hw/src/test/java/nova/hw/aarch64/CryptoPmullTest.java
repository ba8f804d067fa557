package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/** PMULL/PMULL2: carry-less multiplication over GF(2)[x], 64x64 -> 128 and 8x8 -> 16 bits. */
class CryptoPmullTest {
    private static final int PMULL_1Q = 0x0ee0e000, PMULL2_1Q = 0x4ee0e000, PMULL_8H = 0x0e20e000;

    private final Cpu c = new Cpu(new GuestMemory());

    private void exec(int base, int d, int n, int m) {
        assertEquals(true, SimdFp.execute(c, base | d | n << 5 | m << 16));
    }

    /** Reference carry-less product, written independently with BigInteger shifts and XOR. */
    private static BigInteger clmul(long a, long b) {
        BigInteger r = BigInteger.ZERO;
        BigInteger ba = new BigInteger(Long.toUnsignedString(a));
        for (int i = 0; i < 64; i++) {
            if (((b >>> i) & 1) != 0) r = r.xor(ba.shiftLeft(i));
        }
        return r;
    }

    private static long lo(BigInteger v) {
        return v.longValue();
    }

    private static long hi(BigInteger v) {
        return v.shiftRight(64).longValue();
    }

    @Test
    void smallPolynomialsMultiplyWithoutCarries() {
        c.setV(1, 0b11, 0);
        c.setV(2, 0b11, 0);
        exec(PMULL_1Q, 0, 1, 2);
        assertEquals(0b101, c.vLo(0));   // (x+1)^2 = x^2 + 1
        assertEquals(0, c.vHi(0));
        c.setV(1, Long.MIN_VALUE, 0);
        c.setV(2, 2, 0);
        exec(PMULL_1Q, 0, 1, 2);
        assertEquals(0, c.vLo(0));       // x^63 * x = x^64
        assertEquals(1, c.vHi(0));
    }

    @Test
    void pmull64MatchesReferenceAndPmull2UsesUpperHalves() {
        Random r = new Random(64);
        for (int k = 0; k < 500; k++) {
            long a0 = r.nextLong(), a1 = r.nextLong(), b0 = r.nextLong(), b1 = r.nextLong();
            c.setV(3, a0, a1);
            c.setV(4, b0, b1);
            exec(PMULL_1Q, 5, 3, 4);
            BigInteger p = clmul(a0, b0);
            assertEquals(lo(p), c.vLo(5));
            assertEquals(hi(p), c.vHi(5));
            exec(PMULL2_1Q, 3, 3, 4);    // destination aliases a source
            BigInteger q = clmul(a1, b1);
            assertEquals(lo(q), c.vLo(3));
            assertEquals(hi(q), c.vHi(3));
        }
    }

    @Test
    void pmull64QemuObservedValue() {
        // Observed under qemu-aarch64 -cpu cortex-a57: pmull v0.1q, v1.1d, v2.1d
        c.setV(1, 0x0123456789abcdefL, 0);
        c.setV(2, 0xfedcba9876543210L, 0);
        exec(PMULL_1Q, 0, 1, 2);
        assertEquals(QEMU_LO, c.vLo(0));
        assertEquals(QEMU_HI, c.vHi(0));
    }

    private static final long QEMU_LO = 0x40a0789828c810f0L;
    private static final long QEMU_HI = 0x00e038d8688850b0L;

    @Test
    void pmull8MultipliesEachBytePair() {
        Random r = new Random(8);
        for (int k = 0; k < 200; k++) {
            long a = r.nextLong(), b = r.nextLong();
            c.setV(1, a, r.nextLong());
            c.setV(2, b, r.nextLong());
            exec(PMULL_8H, 0, 1, 2);
            for (int i = 0; i < 8; i++) {
                long want = lo(clmul((a >>> (8 * i)) & 0xff, (b >>> (8 * i)) & 0xff));
                long got = ((i < 4 ? c.vLo(0) : c.vHi(0)) >>> (16 * (i & 3))) & 0xffff;
                assertEquals(want, got, "lane " + i);
            }
        }
    }

    @Test
    void pmullOfOtherElementSizesIsUndefined() {
        assertEquals(false, SimdFp.execute(c, 0x0e60e000));   // size = 01
        assertEquals(false, SimdFp.execute(c, 0x0ea0e000));   // size = 10
    }
}
