package nova.hw.aarch64;

/**
 * AESE, AESD, AESMC, AESIMC (Crypto extension). The state is the 128-bit register with byte
 * i = row (i mod 4), column (i / 4), as in FIPS-197's input array. The S-boxes are derived
 * at class load from their definition (GF(2^8) inverse followed by the affine map).
 */
final class CryptoAes {
    private CryptoAes() {}

    private static final byte[] SBOX = new byte[256];
    private static final byte[] INV_SBOX = new byte[256];

    static {
        for (int x = 0; x < 256; x++) {
            int inv = x == 0 ? 0 : inverse(x);
            int s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63;
            SBOX[x] = (byte) s;
            INV_SBOX[s] = (byte) x;
        }
    }

    private static int rotl8(int x, int n) {
        return ((x << n) | (x >>> (8 - n))) & 0xff;
    }

    /** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
    static int gmul(int a, int b) {
        int r = 0;
        for (int i = 0; i < 8; i++) {
            if ((b & 1) != 0) r ^= a;
            a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11b : 0);
            b >>>= 1;
        }
        return r & 0xff;
    }

    private static int inverse(int x) {
        // x^254 = x^-1 in GF(2^8)
        int r = 1, base = x, e = 254;
        while (e != 0) {
            if ((e & 1) != 0) r = gmul(r, base);
            base = gmul(base, base);
            e >>>= 1;
        }
        return r;
    }

    static boolean execute(Cpu c, int insn) {
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        long lo, hi;
        switch ((insn >>> 12) & 31) {
            case 0b00100, 0b00101 -> {
                boolean decrypt = ((insn >>> 12) & 1) != 0;
                long sl = v[2 * rd] ^ v[2 * rn], sh = v[2 * rd + 1] ^ v[2 * rn + 1];
                lo = 0;
                hi = 0;
                byte[] box = decrypt ? INV_SBOX : SBOX;
                for (int i = 0; i < 16; i++) {
                    int row = i & 3, col = i >>> 2;
                    // ShiftRows: out[row, col] = in[row, col + row]; InvShiftRows: in[row, col - row]
                    int srcCol = decrypt ? (col - row) & 3 : (col + row) & 3;
                    int src = row + 4 * srcCol;
                    int b = (int) ((src < 8 ? sl >>> (8 * src) : sh >>> (8 * (src - 8))) & 0xff);
                    long r = box[b] & 0xffL;
                    if (i < 8) lo |= r << (8 * i); else hi |= r << (8 * (i - 8));
                }
            }
            case 0b00110 -> { lo = mixColumns(v[2 * rn], false); hi = mixColumns(v[2 * rn + 1], false); }
            case 0b00111 -> { lo = mixColumns(v[2 * rn], true); hi = mixColumns(v[2 * rn + 1], true); }
            default -> { return false; }
        }
        AdvSimdLanes.set(c, rd, lo, hi);
        return true;
    }

    /** (Inv)MixColumns of the two columns held in one 64-bit half. */
    private static long mixColumns(long half, boolean inverse) {
        long r = 0;
        for (int col = 0; col < 2; col++) {
            int a0 = (int) (half >>> (32 * col)) & 0xff, a1 = (int) (half >>> (32 * col + 8)) & 0xff;
            int a2 = (int) (half >>> (32 * col + 16)) & 0xff, a3 = (int) (half >>> (32 * col + 24)) & 0xff;
            int b0, b1, b2, b3;
            if (!inverse) {
                b0 = gmul(a0, 2) ^ gmul(a1, 3) ^ a2 ^ a3;
                b1 = a0 ^ gmul(a1, 2) ^ gmul(a2, 3) ^ a3;
                b2 = a0 ^ a1 ^ gmul(a2, 2) ^ gmul(a3, 3);
                b3 = gmul(a0, 3) ^ a1 ^ a2 ^ gmul(a3, 2);
            } else {
                b0 = gmul(a0, 14) ^ gmul(a1, 11) ^ gmul(a2, 13) ^ gmul(a3, 9);
                b1 = gmul(a0, 9) ^ gmul(a1, 14) ^ gmul(a2, 11) ^ gmul(a3, 13);
                b2 = gmul(a0, 13) ^ gmul(a1, 9) ^ gmul(a2, 14) ^ gmul(a3, 11);
                b3 = gmul(a0, 11) ^ gmul(a1, 13) ^ gmul(a2, 9) ^ gmul(a3, 14);
            }
            r |= ((long) (b0 | b1 << 8 | b2 << 16 | b3 << 24) & 0xffffffffL) << (32 * col);
        }
        return r;
    }
}
