package nova.hw.aarch64;

/** PMULL/PMULL2 of 64-bit elements (Crypto extension): carry-less 64x64 -> 128 multiply. */
final class CryptoPmull {
    private CryptoPmull() {}

    static void pmull64(Cpu c, int rd, long a, long b) {
        long lo = 0, hi = 0;
        for (int i = 0; i < 64; i++) {
            if (((b >>> i) & 1) != 0) {
                lo ^= a << i;
                if (i != 0) hi ^= a >>> (64 - i);
            }
        }
        AdvSimdLanes.set(c, rd, lo, hi);
    }
}
