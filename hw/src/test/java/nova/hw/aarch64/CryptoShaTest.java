package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * SHA-1 and SHA-256 compression driven entirely through SHA1C/P/M, SHA1H, SHA1SU0/1, SHA256H/H2
 * and SHA256SU0/1 (plus vector ADD), checked against the FIPS 180-4 example digests and against
 * java.security.MessageDigest for multi-block messages.
 */
class CryptoShaTest {
    private static final int SHA1C = 0x5e000000, SHA1P = 0x5e001000, SHA1M = 0x5e002000, SHA1H = 0x5e280800,
            SHA1SU0 = 0x5e003000, SHA1SU1 = 0x5e281800, SHA256H = 0x5e004000, SHA256H2 = 0x5e005000,
            SHA256SU0 = 0x5e282800, SHA256SU1 = 0x5e006000, ADD4S = 0x4ea08400, MOV16B = 0x4ea01c00;

    private final Cpu c = new Cpu(new GuestMemory());

    private void exec(int base, int d, int n, int m) {
        int insn = base | d | n << 5 | m << 16;
        assertTrue(SimdFp.execute(c, insn), () -> String.format("%08x undefined", insn));
    }

    private void mov(int d, int n) {
        exec(MOV16B, d, n, n);
    }

    private void set4(int v, int a, int b, int cc, int d) {
        c.setV(v, (a & 0xffffffffL) | (long) b << 32, (cc & 0xffffffffL) | (long) d << 32);
    }

    private int lane(int v, int i) {
        return (int) ((i < 2 ? c.vLo(v) : c.vHi(v)) >>> (32 * (i & 1)));
    }

    /** Loads the 16 big-endian words of block {@code blk} into V16..V19. */
    private void loadBlock(byte[] msg, int blk) {
        for (int q = 0; q < 4; q++) {
            int[] w = new int[4];
            for (int i = 0; i < 4; i++) {
                int o = 64 * blk + 16 * q + 4 * i;
                w[i] = (msg[o] & 0xff) << 24 | (msg[o + 1] & 0xff) << 16 | (msg[o + 2] & 0xff) << 8 | (msg[o + 3] & 0xff);
            }
            set4(16 + q, w[0], w[1], w[2], w[3]);
        }
    }

    private static byte[] pad(byte[] m) {
        int len = ((m.length + 8) / 64 + 1) * 64;
        byte[] p = new byte[len];
        System.arraycopy(m, 0, p, 0, m.length);
        p[m.length] = (byte) 0x80;
        long bits = 8L * m.length;
        for (int i = 0; i < 8; i++) p[len - 1 - i] = (byte) (bits >>> (8 * i));
        return p;
    }

    /** SHA-1: V0 = abcd, V1 = e (S register), V16..V19 = message schedule ring. */
    private byte[] sha1(byte[] message) {
        byte[] p = pad(message);
        set4(0, 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);
        c.setV(1, 0xc3d2e1f0L, 0);
        int[] k = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};
        for (int blk = 0; blk < p.length / 64; blk++) {
            loadBlock(p, blk);
            mov(2, 0);                                   // saved abcd
            mov(3, 1);                                   // saved e
            for (int g = 0; g < 20; g++) {
                int kk = k[g / 5];
                set4(4, kk, kk, kk, kk);
                exec(ADD4S, 5, 16 + g % 4, 4);           // W + K
                exec(SHA1H, 6, 0, 0);                    // e for the next four rounds
                int op = g < 5 ? SHA1C : g < 10 ? SHA1P : g < 15 ? SHA1M : SHA1P;
                exec(op, 0, 1, 5);
                mov(1, 6);
                if (g < 16) {
                    int m0 = 16 + g % 4, m1 = 16 + (g + 1) % 4, m2 = 16 + (g + 2) % 4, m3 = 16 + (g + 3) % 4;
                    exec(SHA1SU0, m0, m1, m2);
                    exec(SHA1SU1, m0, m3, 0);
                }
            }
            exec(ADD4S, 0, 0, 2);
            exec(ADD4S, 1, 1, 3);
        }
        byte[] d = new byte[20];
        for (int i = 0; i < 5; i++) {
            int w = i < 4 ? lane(0, i) : lane(1, 0);
            for (int b = 0; b < 4; b++) d[4 * i + b] = (byte) (w >>> (24 - 8 * b));
        }
        return d;
    }

    /** The first 32 bits of the fractional part of the cube root of {@code p} (FIPS 180-4 4.2.2), exactly. */
    private static int cubeRootFraction(int p) {
        return rootFraction(p, 3);
    }

    private static int rootFraction(int p, int e) {
        // largest x with x^e <= p * 2^(32e), then keep the low 32 bits
        BigInteger target = BigInteger.valueOf(p).shiftLeft(32 * e);
        BigInteger x = BigInteger.valueOf((long) (Math.pow(p, 1.0 / e) * 4294967296.0));
        while (x.pow(e).compareTo(target) > 0) x = x.subtract(BigInteger.ONE);
        while (x.add(BigInteger.ONE).pow(e).compareTo(target) <= 0) x = x.add(BigInteger.ONE);
        return x.intValue();
    }

    private static int[] primes(int n) {
        int[] r = new int[n];
        int k = 0;
        for (int x = 2; k < n; x++) {
            boolean prime = true;
            for (int d = 2; d * d <= x; d++) if (x % d == 0) { prime = false; break; }
            if (prime) r[k++] = x;
        }
        return r;
    }

    /** SHA-256: V0 = abcd, V1 = efgh, V16..V19 = message schedule ring. */
    private byte[] sha256(byte[] message) {
        byte[] p = pad(message);
        int[] pr = primes(64);
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) h[i] = rootFraction(pr[i], 2);
        set4(0, h[0], h[1], h[2], h[3]);
        set4(1, h[4], h[5], h[6], h[7]);
        for (int blk = 0; blk < p.length / 64; blk++) {
            loadBlock(p, blk);
            mov(2, 0);
            mov(3, 1);
            for (int g = 0; g < 16; g++) {
                set4(4, cubeRootFraction(pr[4 * g]), cubeRootFraction(pr[4 * g + 1]),
                        cubeRootFraction(pr[4 * g + 2]), cubeRootFraction(pr[4 * g + 3]));
                exec(ADD4S, 5, 16 + g % 4, 4);
                mov(6, 0);                               // abcd before these four rounds
                exec(SHA256H, 0, 1, 5);
                exec(SHA256H2, 1, 6, 5);
                if (g < 12) {
                    int m0 = 16 + g % 4, m1 = 16 + (g + 1) % 4, m2 = 16 + (g + 2) % 4, m3 = 16 + (g + 3) % 4;
                    exec(SHA256SU0, m0, m1, 0);
                    exec(SHA256SU1, m0, m2, m3);
                }
            }
            exec(ADD4S, 0, 0, 2);
            exec(ADD4S, 1, 1, 3);
        }
        byte[] d = new byte[32];
        for (int i = 0; i < 8; i++) {
            int w = lane(i < 4 ? 0 : 1, i & 3);
            for (int b = 0; b < 4; b++) d[4 * i + b] = (byte) (w >>> (24 - 8 * b));
        }
        return d;
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void fips180Sha1OfAbc() {
        assertArrayEquals(hex("a9993e364706816aba3e25717850c26c9cd0d89d"), sha1("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void fips180Sha256OfAbc() {
        assertArrayEquals(hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void fips180TwoBlockMessages() {
        byte[] m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(hex("84983e441c3bd26ebaae4aa1f95129e5e54670f1"), sha1(m));
        assertArrayEquals(hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"), sha256(m));
    }

    @Test
    void randomMessagesAgreeWithMessageDigest() throws Exception {
        Random r = new Random(180);
        for (int k = 0; k < 20; k++) {
            byte[] m = new byte[r.nextInt(300)];
            r.nextBytes(m);
            assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(m), sha1(m));
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(m), sha256(m));
        }
    }
}
