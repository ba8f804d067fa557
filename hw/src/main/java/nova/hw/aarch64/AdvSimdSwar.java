package nova.hw.aarch64;

/**
 * Lane-parallel ("SIMD within a register") forms of the hottest integer AdvSIMD operations,
 * working on a whole 64-bit half at once instead of element by element: the carry or borrow out
 * of each lane is cut at the lane's top bit, and equality masks come from the exact zero-lane
 * test. Element sizes are log2 bytes (0 = byte .. 3 = doubleword).
 */
final class AdvSimdSwar {
    private AdvSimdSwar() {}

    /** The top bit of every lane. */
    private static long high(int esz) {
        return switch (esz) {
            case 0 -> 0x8080_8080_8080_8080L;
            case 1 -> 0x8000_8000_8000_8000L;
            case 2 -> 0x8000_0000_8000_0000L;
            default -> Long.MIN_VALUE;
        };
    }

    static long add(long a, long b, int esz) {
        if (esz == 3) return a + b;
        long h = high(esz);
        return ((a & ~h) + (b & ~h)) ^ ((a ^ b) & h);
    }

    static long sub(long a, long b, int esz) {
        if (esz == 3) return a - b;
        long h = high(esz);
        return ((a | h) - (b & ~h)) ^ ((a ^ ~b) & h);
    }

    /** All-ones in every lane where {@code a} and {@code b} are equal, zero elsewhere. */
    static long eq(long a, long b, int esz) {
        long x = a ^ b;
        if (esz == 3) return x == 0 ? -1L : 0;
        long h = high(esz), low = ~h;
        long zero = ~(((x & low) + low) | x | low);           // top bit set exactly where the lane is 0
        return (zero >>> ((8 << esz) - 1)) * AdvSimdLanes.mask(esz);
    }

    // Lane compare kinds for cmp().
    static final int GT = 0, HI = 1, GE = 2, HS = 3, TST = 4;

    /** All-ones in every lane where the comparison holds. */
    static long cmp(long a, long b, int esz, int kind) {
        int bits = 8 << esz;
        long m = AdvSimdLanes.mask(esz);
        long r = 0;
        for (int sh = 0; sh < 64; sh += bits) {
            long x = (a >>> sh) & m, y = (b >>> sh) & m;
            boolean t = switch (kind) {
                case GT -> AdvSimdLanes.sx(x, esz) > AdvSimdLanes.sx(y, esz);
                case HI -> Long.compareUnsigned(x, y) > 0;
                case GE -> AdvSimdLanes.sx(x, esz) >= AdvSimdLanes.sx(y, esz);
                case HS -> Long.compareUnsigned(x, y) >= 0;
                default -> (x & y) != 0;
            };
            if (t) r |= m << sh;
        }
        return r;
    }

    /** Each lane's bits that survive a logical right shift by {@code s} (0 < s <= lane bits). */
    private static long laneLow(int esz, int s) {
        return AdvSimdLanes.replicate(AdvSimdLanes.mask(esz) >>> s, esz);
    }

    /** USHR by {@code s} in 1..lane bits, every lane at once. */
    static long ushr(long a, int esz, int s) {
        if (s >= 64) return 0;
        return (a >>> s) & laneLow(esz, s);
    }

    /** SHL by {@code s} in 0..lane bits - 1, every lane at once. */
    static long shl(long a, int esz, int s) {
        if (esz == 3) return a << s;
        return (a << s) & ~laneLow(esz, 8 * (1 << esz) - s);
    }
}
