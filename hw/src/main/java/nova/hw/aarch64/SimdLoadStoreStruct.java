package nova.hw.aarch64;

/**
 * LD1-LD4/ST1-ST4 (multiple structures), single-lane forms and LD1R-LD4R, with optional
 * post-index writeback. Loads first probe every page they touch (at most two: 64 bytes span
 * at most one page boundary), so a fault is raised before any register is written; stores
 * probe for write the same way, so a faulting store changes no memory either.
 */
final class SimdLoadStoreStruct {
    private SimdLoadStoreStruct() {}

    static boolean multiple(Cpu c, int insn) {
        if (((insn >>> 21) & 1) != 0) return false;
        boolean post = ((insn >>> 23) & 1) != 0;
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean load = ((insn >>> 22) & 1) != 0;
        int size = (insn >>> 10) & 3;
        int rpt, selem;
        switch ((insn >>> 12) & 15) {
            case 0b0000 -> { rpt = 1; selem = 4; }
            case 0b0010 -> { rpt = 4; selem = 1; }
            case 0b0100 -> { rpt = 1; selem = 3; }
            case 0b0110 -> { rpt = 3; selem = 1; }
            case 0b0111 -> { rpt = 1; selem = 1; }
            case 0b1000 -> { rpt = 1; selem = 2; }
            case 0b1010 -> { rpt = 2; selem = 1; }
            default -> { return false; }
        }
        if (size == 3 && !q && selem > 1) return false;
        int rt = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long base = c.xOrSp(rn);
        int regBytes = q ? 16 : 8;
        int total = rpt * selem * regBytes;
        long[] v = c.vreg;
        if (selem == 1) {
            // Consecutive registers filled with consecutive memory: element size does not matter.
            if (load) {
                c.probeRead(base, total);
                for (int r = 0; r < rpt; r++) {
                    int t = (rt + r) & 31;
                    long a = base + (long) r * regBytes;
                    long lo = c.ld64(a);
                    long hi = q ? c.ld64(a + 8) : 0;
                    v[2 * t] = lo;
                    v[2 * t + 1] = hi;
                }
            } else {
                c.probeWrite(base, total);
                for (int r = 0; r < rpt; r++) {
                    int t = (rt + r) & 31;
                    long a = base + (long) r * regBytes;
                    c.st64(a, v[2 * t]);
                    if (q) c.st64(a + 8, v[2 * t + 1]);
                }
            }
        } else {
            int elements = regBytes >> size;
            int ebytes = 1 << size;
            long a = base;
            if (load) {
                c.probeRead(base, total);
                for (int s = 0; s < selem; s++) {
                    int t = (rt + s) & 31;
                    if (!q) v[2 * t + 1] = 0;
                }
            } else {
                c.probeWrite(base, total);
            }
            for (int e = 0; e < elements; e++) {
                for (int s = 0; s < selem; s++) {
                    int t = (rt + s) & 31;
                    if (load) AdvSimdLanes.put(v, t, e, size, ld(c, a, size));
                    else st(c, a, size, AdvSimdLanes.get(v, t, e, size));
                    a += ebytes;
                }
            }
        }
        if (post) c.setXOrSp(rn, base + (rm == 31 ? total : c.xOrZr(rm)));
        return true;
    }

    static boolean single(Cpu c, int insn) {
        boolean post = ((insn >>> 23) & 1) != 0;
        if (!post && ((insn >>> 16) & 31) != 0) return false;
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean load = ((insn >>> 22) & 1) != 0;
        int r = (insn >>> 21) & 1;
        int opcode = (insn >>> 13) & 7;
        int s = (insn >>> 12) & 1;
        int size = (insn >>> 10) & 3;
        int selem = (((opcode & 1) << 1) | r) + 1;
        int scale = opcode >>> 1;
        int qi = q ? 1 : 0;
        int index = 0;
        boolean replicate = false;
        switch (scale) {
            case 3 -> {
                if (!load || s != 0) return false;
                scale = size;
                replicate = true;
            }
            case 0 -> index = (qi << 3) | (s << 2) | size;
            case 1 -> {
                if ((size & 1) != 0) return false;
                index = (qi << 2) | (s << 1) | (size >>> 1);
            }
            default -> {
                if ((size & 2) != 0) return false;
                if ((size & 1) == 0) {
                    index = (qi << 1) | s;
                } else {
                    if (s != 0) return false;
                    index = qi;
                    scale = 3;
                }
            }
        }
        int rt = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long base = c.xOrSp(rn);
        int ebytes = 1 << scale;
        int total = selem * ebytes;
        long[] v = c.vreg;
        long a = base;
        if (load) {
            c.probeRead(base, total);
            for (int k = 0; k < selem; k++) {
                int t = (rt + k) & 31;
                long val = ld(c, a, scale);
                if (replicate) {
                    long rep = AdvSimdLanes.replicate(val, scale);
                    v[2 * t] = rep;
                    v[2 * t + 1] = q ? rep : 0;
                } else {
                    AdvSimdLanes.put(v, t, index, scale, val);
                }
                a += ebytes;
            }
        } else {
            c.probeWrite(base, total);
            for (int k = 0; k < selem; k++) {
                st(c, a, scale, AdvSimdLanes.get(v, (rt + k) & 31, index, scale));
                a += ebytes;
            }
        }
        if (post) c.setXOrSp(rn, base + (rm == 31 ? total : c.xOrZr(rm)));
        return true;
    }

    private static long ld(Cpu c, long a, int size) {
        return switch (size) {
            case 0 -> c.ld8(a);
            case 1 -> c.ld16(a);
            case 2 -> c.ld32(a);
            default -> c.ld64(a);
        };
    }

    private static void st(Cpu c, long a, int size, long val) {
        switch (size) {
            case 0 -> c.st8(a, val);
            case 1 -> c.st16(a, val);
            case 2 -> c.st32(a, val);
            default -> c.st64(a, val);
        }
    }
}
