package nova.hw.aarch64;

/**
 * CRC32{B,H,W,X} (ISO-HDLC polynomial 0x04C11DB7) and CRC32C* (Castagnoli 0x1EDC6F41), as the
 * instructions define them: bit-reflected, no initial or final inversion, data taken
 * least-significant byte first.
 */
final class Crc32 {
    private Crc32() {}

    private static final int[] ISO = table(0xEDB8_8320);
    private static final int[] CASTAGNOLI = table(0x82F6_3B78);

    private static int[] table(int reflectedPoly) {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ reflectedPoly : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }

    static int update(int crc, long data, int bytes, boolean castagnoli) {
        int[] t = castagnoli ? CASTAGNOLI : ISO;
        for (int k = 0; k < bytes; k++) {
            crc = t[(crc ^ (int) (data >>> (8 * k))) & 0xFF] ^ (crc >>> 8);
        }
        return crc;
    }
}
