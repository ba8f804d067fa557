package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The whole-half lane arithmetic agrees with plain per-lane arithmetic for every element size,
 * on inputs biased towards the cases that break carry/borrow cutting: equal lanes, lanes that
 * differ only in their top or bottom bit, all-ones and zero lanes.
 */
class AdvSimdSwarTest {
    private static long lane(long w, int i, int esz) {
        int bits = 8 << esz;
        return esz == 3 ? w : (w >>> (i * bits)) & ((1L << bits) - 1);
    }

    private static long perLane(long a, long b, int esz, int op) {
        int bits = 8 << esz;
        long m = AdvSimdLanes.mask(esz), r = 0;
        for (int i = 0; i < 64 / bits; i++) {
            long x = lane(a, i, esz), y = lane(b, i, esz);
            long e = switch (op) {
                case 0 -> x + y;
                case 1 -> x - y;
                default -> x == y ? -1 : 0;
            };
            r |= (e & m) << (i * bits);
        }
        return r;
    }

    @Test
    void shiftsMatchPerLaneShifts() {
        Random r = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            long a = r.nextLong();
            for (int esz = 0; esz < 4; esz++) {
                int bits = 8 << esz;
                for (int s = 0; s <= bits; s++) {
                    long wantR = 0, wantL = 0;
                    for (int i = 0; i < 64 / bits; i++) {
                        long x = lane(a, i, esz);
                        wantR |= (s >= 64 ? 0 : (x >>> s)) << (i * bits);
                        if (s < bits) wantL |= ((x << s) & AdvSimdLanes.mask(esz)) << (i * bits);
                    }
                    if (s > 0) assertEquals(wantR, AdvSimdSwar.ushr(a, esz, s), "ushr " + esz + " " + s);
                    if (s < bits) assertEquals(wantL, AdvSimdSwar.shl(a, esz, s), "shl " + esz + " " + s);
                }
            }
        }
    }

    @Test
    void addSubEqMatchPerLaneArithmetic() {
        Random r = new Random(2024);
        long[] edges = {0, -1, 0x8080_8080_8080_8080L, 0x7f7f_7f7f_7f7f_7f7fL, 0x0101_0101_0101_0101L, Long.MIN_VALUE, 1};
        for (int k = 0; k < 20_000; k++) {
            long a = r.nextInt(4) == 0 ? edges[r.nextInt(edges.length)] : r.nextLong();
            long b = switch (r.nextInt(5)) {
                case 0 -> a;
                case 1 -> a ^ (r.nextLong() & 0x8080_8080_8080_8080L);
                case 2 -> a ^ (r.nextLong() & 0x0101_0101_0101_0101L);
                case 3 -> edges[r.nextInt(edges.length)];
                default -> r.nextLong();
            };
            for (int esz = 0; esz < 4; esz++) {
                assertEquals(perLane(a, b, esz, 0), AdvSimdSwar.add(a, b, esz));
                assertEquals(perLane(a, b, esz, 1), AdvSimdSwar.sub(a, b, esz));
                assertEquals(perLane(a, b, esz, 2), AdvSimdSwar.eq(a, b, esz),
                        String.format("eq %016x %016x esz %d", a, b, esz));
            }
        }
    }
}
