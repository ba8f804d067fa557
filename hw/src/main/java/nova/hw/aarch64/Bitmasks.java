package nova.hw.aarch64;

/**
 * DecodeBitMasks for logical immediates (ARM ARM, shared pseudocode), precomputed for every
 * N:immr:imms so the executor does one array load. Entry 0 means "reserved encoding": an
 * all-zero mask is never encodable, so it doubles as the marker.
 */
final class Bitmasks {
    private Bitmasks() {}

    private static final long[] TABLE = new long[1 << 13];

    static {
        for (int n = 0; n < 2; n++) {
            for (int immr = 0; immr < 64; immr++) {
                for (int imms = 0; imms < 64; imms++) {
                    TABLE[n << 12 | immr << 6 | imms] = compute(n, immr, imms);
                }
            }
        }
    }

    /** The 64-bit mask for N:immr:imms (a 32-bit operation uses its low half), or 0 if reserved. */
    static long mask(int n, int immr, int imms) {
        return TABLE[n << 12 | immr << 6 | imms];
    }

    private static long compute(int n, int immr, int imms) {
        int combined = (n << 6) | (~imms & 0x3F);
        if (combined == 0) {
            return 0;
        }
        int len = 31 - Integer.numberOfLeadingZeros(combined);
        if (len < 1) {
            return 0;
        }
        int levels = (1 << len) - 1;
        if ((imms & levels) == levels) {
            return 0; // an element of all ones is reserved
        }
        int s = imms & levels;
        int r = immr & levels;
        int esize = 1 << len;
        long welem = s + 1 == 64 ? -1L : (1L << (s + 1)) - 1;
        long emask = esize == 64 ? -1L : (1L << esize) - 1;
        long rotated = r == 0 ? welem : ((welem >>> r) | (welem << (esize - r))) & emask;
        long result = 0;
        for (int i = 0; i < 64; i += esize) {
            result |= rotated << i;
        }
        return result;
    }
}
