package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD copy: DUP (element, general), INS (element, general), SMOV, UMOV; scalar DUP. */
final class AdvSimdCopy {
    private AdvSimdCopy() {}

    static boolean vector(Cpu c, int insn) {
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean op = ((insn >>> 29) & 1) != 0;
        int imm5 = (insn >>> 16) & 31;
        int imm4 = (insn >>> 11) & 15;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        int size = Integer.numberOfTrailingZeros(imm5);
        if (size > 3) return false;
        int index = imm5 >>> (size + 1);
        long[] v = c.vreg;
        if (op) {
            if (!q) return false;
            long e = get(v, rn, imm4 >>> size, size);
            put(v, rd, index, size, e);
            return true;
        }
        switch (imm4) {
            case 0b0000, 0b0001 -> {
                if (size == 3 && !q) return false;
                long e = imm4 == 0 ? get(v, rn, index, size) : c.xOrZr(rn);
                long rep = replicate(e, size);
                set(c, rd, rep, q ? rep : 0);
            }
            case 0b0011 -> {
                if (!q) return false;
                put(v, rd, index, size, c.xOrZr(rn));
            }
            case 0b0101 -> {
                if (size > (q ? 2 : 1)) return false;
                long e = sget(v, rn, index, size);
                c.setXOrZr(rd, q ? e : e & 0xffffffffL);
            }
            case 0b0111 -> {
                if (q ? size != 3 : size > 2) return false;
                c.setXOrZr(rd, get(v, rn, index, size));
            }
            default -> { return false; }
        }
        return true;
    }

    static boolean scalarDup(Cpu c, int insn) {
        int imm5 = (insn >>> 16) & 31;
        if (((insn >>> 11) & 15) != 0) return false;
        int size = Integer.numberOfTrailingZeros(imm5);
        if (size > 3) return false;
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        set(c, rd, get(c.vreg, rn, imm5 >>> (size + 1), size), 0);
        return true;
    }
}
