package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * AESE/AESD/AESMC/AESIMC against the FIPS-197 worked examples: a whole AES-128 encryption and
 * decryption driven through the instructions (key expansion included, using AESE for SubWord),
 * and the single round traced in FIPS-197 Appendix B.
 */
class CryptoAesTest {
    private static final int AESE = 0x4e284800, AESD = 0x4e285800, AESMC = 0x4e286800, AESIMC = 0x4e287800;
    private static final int EOR16B = 0x6e201c00;

    private final Cpu c = new Cpu(new GuestMemory());

    private void exec(int insn) {
        assertTrue(SimdFp.execute(c, insn), () -> String.format("%08x undefined", insn));
    }

    private static int rdn(int base, int d, int n) {
        return base | d | n << 5;
    }

    private void setBytes(int v, byte[] b) {
        long lo = 0, hi = 0;
        for (int i = 0; i < 8; i++) {
            lo |= (b[i] & 0xffL) << (8 * i);
            hi |= (b[i + 8] & 0xffL) << (8 * i);
        }
        c.setV(v, lo, hi);
    }

    private byte[] bytes(int v) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (c.vLo(v) >>> (8 * i));
            b[i + 8] = (byte) (c.vHi(v) >>> (8 * i));
        }
        return b;
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    /** FIPS-197 5.2 KeyExpansion for AES-128; SubWord is AESE on a state of four equal columns. */
    private int[] expandKey(byte[] key) {
        int[] w = new int[44];
        for (int i = 0; i < 4; i++) {
            w[i] = (key[4 * i] & 0xff) | (key[4 * i + 1] & 0xff) << 8 | (key[4 * i + 2] & 0xff) << 16 | (key[4 * i + 3] & 0xff) << 24;
        }
        int rcon = 1;
        for (int i = 4; i < 44; i++) {
            int t = w[i - 1];
            if (i % 4 == 0) {
                t = Integer.rotateRight(t, 8);                  // RotWord (byte 0 is the low byte)
                long col = (t & 0xffffffffL) * 0x0000000100000001L;
                c.setV(30, col, col);                         // ShiftRows cannot move anything
                c.setV(31, 0, 0);
                exec(rdn(AESE, 30, 31));
                t = (int) c.vLo(30) ^ rcon;
                rcon = (rcon << 1) ^ ((rcon & 0x80) != 0 ? 0x11b : 0);
            }
            w[i] = w[i - 4] ^ t;
        }
        return w;
    }

    private void setRoundKey(int v, int[] w, int round) {
        c.setV(v, (w[4 * round] & 0xffffffffL) | (long) w[4 * round + 1] << 32,
                (w[4 * round + 2] & 0xffffffffL) | (long) w[4 * round + 3] << 32);
    }

    private byte[] encrypt(byte[] key, byte[] plain) {
        int[] w = expandKey(key);
        setBytes(0, plain);
        for (int round = 0; round < 9; round++) {
            setRoundKey(1, w, round);
            exec(rdn(AESE, 0, 1));
            exec(rdn(AESMC, 0, 0));
        }
        setRoundKey(1, w, 9);
        exec(rdn(AESE, 0, 1));
        setRoundKey(1, w, 10);
        exec(EOR16B | 0 | 0 << 5 | 1 << 16);
        return bytes(0);
    }

    /** The equivalent inverse cipher: middle round keys go through InvMixColumns (AESIMC). */
    private byte[] decrypt(byte[] key, byte[] cipher) {
        int[] w = expandKey(key);
        setBytes(0, cipher);
        setRoundKey(1, w, 10);
        exec(rdn(AESD, 0, 1));
        for (int round = 9; round >= 1; round--) {
            exec(rdn(AESIMC, 0, 0));
            setRoundKey(1, w, round);
            exec(rdn(AESIMC, 1, 1));
            exec(rdn(AESD, 0, 1));
        }
        setRoundKey(1, w, 0);
        exec(EOR16B | 0 | 0 << 5 | 1 << 16);
        return bytes(0);
    }

    @Test
    void fips197AppendixC1Aes128EncryptsAndDecrypts() {
        byte[] key = hex("000102030405060708090a0b0c0d0e0f");
        byte[] plain = hex("00112233445566778899aabbccddeeff");
        byte[] cipher = hex("69c4e0d86a7b0430d8cdb78070b4c55a");
        assertArrayEquals(cipher, encrypt(key, plain));
        assertArrayEquals(plain, decrypt(key, cipher));
    }

    @Test
    void fips197AppendixBCipherExample() {
        byte[] key = hex("2b7e151628aed2a6abf7158809cf4f3c");
        byte[] plain = hex("3243f6a8885a308d313198a2e0370734");
        byte[] cipher = hex("3925841d02dc09fbdc118597196a0b32");
        assertArrayEquals(cipher, encrypt(key, plain));
        assertArrayEquals(plain, decrypt(key, cipher));
    }

    @Test
    void fips197AppendixBFirstRoundStateTrace() {
        // input ^ round key 0, SubBytes, ShiftRows (AESE), MixColumns (AESMC), ^ round key 1
        setBytes(0, hex("3243f6a8885a308d313198a2e0370734"));
        setBytes(1, hex("2b7e151628aed2a6abf7158809cf4f3c"));
        exec(rdn(AESE, 0, 1));
        assertArrayEquals(hex("d4bf5d30e0b452aeb84111f11e2798e5"), bytes(0), "after ShiftRows");
        exec(rdn(AESMC, 0, 0));
        assertArrayEquals(hex("046681e5e0cb199a48f8d37a2806264c"), bytes(0), "after MixColumns");
        setBytes(1, hex("a0fafe1788542cb123a339392a6c7605"));
        exec(EOR16B | 0 | 0 << 5 | 1 << 16);
        assertArrayEquals(hex("a49c7ff2689f352b6b5bea43026a5049"), bytes(0), "start of round 2");
    }

    @Test
    void invMixColumnsUndoesMixColumnsAndSboxesAreInverse() {
        java.util.Random r = new java.util.Random(197);
        for (int k = 0; k < 200; k++) {
            long lo = r.nextLong(), hi = r.nextLong();
            c.setV(2, lo, hi);
            exec(rdn(AESMC, 3, 2));
            exec(rdn(AESIMC, 3, 3));
            assertEquals(lo, c.vLo(3));
            assertEquals(hi, c.vHi(3));
            // AESD(AESE(x, 0), 0) = x: InvSubBytes . InvShiftRows undo ShiftRows . SubBytes
            c.setV(4, 0, 0);
            exec(rdn(AESE, 2, 4));
            exec(rdn(AESD, 2, 4));
            assertEquals(lo, c.vLo(2));
            assertEquals(hi, c.vHi(2));
        }
    }

    @Test
    void reservedSizeFieldIsUndefined() {
        // AESE with size = 01 (bits 23..22) is unallocated
        assertTrue(!SimdFp.execute(c, AESE | 1 << 22));
    }
}
