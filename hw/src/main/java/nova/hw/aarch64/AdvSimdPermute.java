package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD permute (UZP1/2, TRN1/2, ZIP1/2), extract (EXT) and table lookup (TBL/TBX). */
final class AdvSimdPermute {
    private AdvSimdPermute() {}

    static boolean permute(Cpu c, int insn) {
        boolean q = ((insn >>> 30) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int opcode = (insn >>> 12) & 7;
        if (size == 3 && !q) return false;
        if ((opcode & 3) == 0) return false;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        int part = opcode >>> 2;
        int n = (q ? 16 : 8) >> size;
        int half = n >> 1;
        long[] v = c.vreg;
        long lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            long r;
            switch (opcode & 3) {
                case 1 -> {     // UZP: even (part 0) or odd elements of Vn:Vm
                    int j = 2 * i + part;
                    r = j < n ? get(v, rn, j, size) : get(v, rm, j - n, size);
                }
                case 2 -> {     // TRN
                    int base = i & ~1;
                    r = (i & 1) == 0 ? get(v, rn, base + part, size) : get(v, rm, base + part, size);
                }
                default -> {    // ZIP
                    int j = part * half + (i >> 1);
                    r = (i & 1) == 0 ? get(v, rn, j, size) : get(v, rm, j, size);
                }
            }
            int bit = i << (3 + size);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    static boolean extract(Cpu c, int insn) {
        if (((insn >>> 22) & 3) != 0) return false;
        boolean q = ((insn >>> 30) & 1) != 0;
        int pos = (insn >>> 11) & 15;
        if (!q && pos >= 8) return false;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        // The result is (Vm:Vn) shifted right by pos bytes: a funnel shift over the words.
        long lo, hi;
        int s = 8 * pos;
        if (q) {
            long w0 = v[2 * rn], w1 = v[2 * rn + 1], w2 = v[2 * rm], w3 = v[2 * rm + 1];
            if (s < 64) {
                lo = funnel(w0, w1, s);
                hi = funnel(w1, w2, s);
            } else {
                lo = funnel(w1, w2, s - 64);
                hi = funnel(w2, w3, s - 64);
            }
        } else {
            lo = funnel(v[2 * rn], v[2 * rm], s);
            hi = 0;
        }
        set(c, rd, lo, hi);
        return true;
    }

    /** Bits [s, s+64) of the 128-bit value b:a. */
    private static long funnel(long a, long b, int s) {
        return s == 0 ? a : (a >>> s) | (b << (64 - s));
    }

    static boolean table(Cpu c, int insn) {
        if (((insn >>> 22) & 3) != 0) return false;
        boolean q = ((insn >>> 30) & 1) != 0;
        int len = ((insn >>> 13) & 3) + 1;
        boolean tbx = ((insn >>> 12) & 1) != 0;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        int bytes = q ? 16 : 8;
        int limit = 16 * len;
        long lo = 0, hi = 0;
        for (int i = 0; i < bytes; i++) {
            int idx = (int) get(v, rm, i, 0);
            long r;
            if (idx < limit) r = get(v, (rn + (idx >>> 4)) & 31, idx & 15, 0);
            else r = tbx ? get(v, rd, i, 0) : 0;
            if (i < 8) lo |= r << (8 * i); else hi |= r << (8 * (i - 8));
        }
        set(c, rd, lo, hi);
        return true;
    }
}
