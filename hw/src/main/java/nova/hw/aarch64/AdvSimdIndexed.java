package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD vector x indexed element and scalar x indexed element (integer and FP). */
final class AdvSimdIndexed {
    private AdvSimdIndexed() {}

    private static boolean isFp(int key) {
        return key == 0b00001 || key == 0b00101 || key == 0b01001 || key == 0b11001;
    }

    static boolean vector(Cpu c, int insn) {
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 15;
        int key = (u ? 16 : 0) | opcode;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        int l = (insn >>> 21) & 1, mbit = (insn >>> 20) & 1, h = (insn >>> 11) & 1;
        long[] v = c.vreg;
        if (isFp(key)) {
            if (size < 2) return false;
            int sz = size & 1;
            if (sz == 1 && (l != 0 || !q)) return false;
            int index = sz == 0 ? (h << 1) | l : h;
            int rm = (insn >>> 16) & 31;
            int esz = 2 + sz;
            long b = get(v, rm, index, esz);
            int n = (q ? 16 : 8) >> esz;
            long lo = 0, hi = 0;
            for (int i = 0; i < n; i++) {
                long r = fp(c, key, esz, get(v, rn, i, esz), b, get(v, rd, i, esz)) & mask(esz);
                int bit = i << (3 + esz);
                if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
            }
            set(c, rd, lo, hi);
            return true;
        }
        if (size != 1 && size != 2) return false;
        int index = size == 1 ? (h << 2) | (l << 1) | mbit : (h << 1) | l;
        int rm = size == 1 ? (insn >>> 16) & 15 : (insn >>> 16) & 31;
        switch (key) {
            case 0b01000, 0b01100, 0b01101, 0b10000, 0b10100 -> {
                long b = get(v, rm, index, size);
                long sb = sx(b, size);
                int n = (q ? 16 : 8) >> size;
                long lo = 0, hi = 0;
                for (int i = 0; i < n; i++) {
                    long a = get(v, rn, i, size);
                    long r = switch (key) {
                        case 0b01000 -> a * b;
                        case 0b10000 -> get(v, rd, i, size) + a * b;
                        case 0b10100 -> get(v, rd, i, size) - a * b;
                        default -> AdvSimdThreeSame.doublingMulHigh(c, sx(a, size), sb, size, key == 0b01101);
                    } & mask(size);
                    int bit = i << (3 + size);
                    if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
                }
                set(c, rd, lo, hi);
                return true;
            }
            case 0b00010, 0b00011, 0b00110, 0b00111, 0b01010, 0b01011, 0b10010, 0b10110, 0b11010 -> {
                long b = ext(v, rm, index, size, u);
                int n = 8 >> size, part = q ? n : 0, wsz = size + 1;
                long lo = 0, hi = 0;
                for (int i = 0; i < n; i++) {
                    long a = ext(v, rn, part + i, size, u);
                    long d = sget(v, rd, i, wsz);
                    long r = switch (opcode) {
                        case 0b0010 -> d + a * b;
                        case 0b0110 -> d - a * b;
                        case 0b1010 -> a * b;
                        case 0b0011 -> sqadd(c, d, AdvSimdThreeDiff.sqdmull(c, a, b, size), wsz);
                        case 0b0111 -> sqsub(c, d, AdvSimdThreeDiff.sqdmull(c, a, b, size), wsz);
                        default -> AdvSimdThreeDiff.sqdmull(c, a, b, size);
                    } & mask(wsz);
                    int bit = i << (3 + wsz);
                    if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
                }
                set(c, rd, lo, hi);
                return true;
            }
            default -> { return false; }
        }
    }

    private static long fp(Cpu c, int key, int esz, long a, long b, long d) {
        return switch (key) {
            case 0b00001 -> FpOps.mulAdd(c, esz, d, a, b);
            case 0b00101 -> FpOps.mulAdd(c, esz, d, FpOps.neg(c, esz, a), b);
            case 0b01001 -> FpOps.mul(c, esz, a, b);
            default -> FpOps.mulX(c, esz, a, b);
        };
    }

    static boolean scalar(Cpu c, int insn) {
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 15;
        int key = (u ? 16 : 0) | opcode;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        int l = (insn >>> 21) & 1, mbit = (insn >>> 20) & 1, h = (insn >>> 11) & 1;
        long[] v = c.vreg;
        if (isFp(key)) {
            if (size < 2) return false;
            int sz = size & 1;
            if (sz == 1 && l != 0) return false;
            int index = sz == 0 ? (h << 1) | l : h;
            int esz = 2 + sz;
            long b = get(v, (insn >>> 16) & 31, index, esz);
            long r = fp(c, key, esz, get(v, rn, 0, esz), b, get(v, rd, 0, esz)) & mask(esz);
            set(c, rd, r, 0);
            return true;
        }
        if (size != 1 && size != 2) return false;
        int index = size == 1 ? (h << 2) | (l << 1) | mbit : (h << 1) | l;
        int rm = size == 1 ? (insn >>> 16) & 15 : (insn >>> 16) & 31;
        long a = sget(v, rn, 0, size), b = sget(v, rm, index, size);
        int wsz = size + 1;
        long r;
        switch (key) {
            case 0b01100, 0b01101 -> {
                set(c, rd, zx(AdvSimdThreeSame.doublingMulHigh(c, a, b, size, key == 0b01101), size), 0);
                return true;
            }
            case 0b00011 -> r = sqadd(c, sget(v, rd, 0, wsz), AdvSimdThreeDiff.sqdmull(c, a, b, size), wsz);
            case 0b00111 -> r = sqsub(c, sget(v, rd, 0, wsz), AdvSimdThreeDiff.sqdmull(c, a, b, size), wsz);
            case 0b01011 -> r = AdvSimdThreeDiff.sqdmull(c, a, b, size);
            default -> { return false; }
        }
        set(c, rd, zx(r, wsz), 0);
        return true;
    }
}
