package nova.hw.aarch64;

/**
 * LDR/STR/LDUR/STUR/LDP/STP/LDNP/STNP and literal LDR of SIMD&FP registers (B, H, S, D, Q).
 * Every memory access happens before any register (data or base) is written, so a fault
 * leaves the registers as they were; multi-part stores probe the whole range for write first,
 * so a faulting store changes no memory.
 */
final class SimdLoadStore {
    private SimdLoadStore() {}

    /** Load register (literal): S, D or Q, PC-relative. */
    static boolean literal(Cpu c, int insn) {
        int opc = insn >>> 30;
        if (opc == 3) return false;
        long addr = c.pc() + ((long) (insn << 8 >> 13) << 2);
        load(c, insn & 31, addr, opc + 2);
        return true;
    }

    /** Load/store pair: no-allocate offset, post-index, signed offset, pre-index. */
    static boolean pair(Cpu c, int insn) {
        int opc = insn >>> 30;
        if (opc == 3) return false;
        int type = (insn >>> 23) & 3;
        boolean load = ((insn >>> 22) & 1) != 0;
        int scale = opc + 2;
        long off = (long) (insn << 10 >> 25) << scale;
        int rt = insn & 31, rn = (insn >>> 5) & 31, rt2 = (insn >>> 10) & 31;
        long base = c.xOrSp(rn);
        long addr = type == 1 ? base : base + off;
        long step = 1L << scale;
        if (load) {
            long lo1 = ldLo(c, addr, scale), hi1 = scale == 4 ? c.ld64(addr + 8) : 0;
            long lo2 = ldLo(c, addr + step, scale), hi2 = scale == 4 ? c.ld64(addr + step + 8) : 0;
            AdvSimdLanes.set(c, rt, lo1, hi1);
            AdvSimdLanes.set(c, rt2, lo2, hi2);
        } else {
            c.probeWrite(addr, 2 << scale);
            store(c, rt, addr, scale);
            store(c, rt2, addr + step, scale);
        }
        if (type == 1 || type == 3) c.setXOrSp(rn, base + off);
        return true;
    }

    /** Load/store register: unscaled, post-index, pre-index, unsigned offset, register offset. */
    static boolean register(Cpu c, int insn) {
        int size = insn >>> 30;
        int opc = (insn >>> 22) & 3;
        int scale;
        boolean load;
        if (size == 0) {
            scale = (opc & 2) != 0 ? 4 : 0;
            load = (opc & 1) != 0;
        } else {
            if ((opc & 2) != 0) return false;
            scale = size;
            load = opc == 1;
        }
        int rt = insn & 31, rn = (insn >>> 5) & 31;
        long base = c.xOrSp(rn);
        long addr;
        boolean writeback = false;
        long wbValue = 0;
        if (((insn >>> 24) & 1) != 0) {
            addr = base + ((long) ((insn >>> 10) & 0xfff) << scale);
        } else if (((insn >>> 21) & 1) == 0) {
            long imm9 = insn << 11 >> 23;
            switch ((insn >>> 10) & 3) {
                case 0 -> addr = base + imm9;
                case 1 -> { addr = base; writeback = true; wbValue = base + imm9; }
                case 3 -> { addr = base + imm9; writeback = true; wbValue = addr; }
                default -> { return false; }   // unprivileged forms do not exist for V = 1
            }
        } else {
            if (((insn >>> 10) & 3) != 2) return false;
            int option = (insn >>> 13) & 7;
            if ((option & 2) == 0) return false;
            long rm = c.xOrZr((insn >>> 16) & 31);
            long ext = switch (option) {
                case 2 -> rm & 0xffffffffL;
                case 6 -> (long) (int) rm;
                default -> rm;
            };
            int amount = ((insn >>> 12) & 1) != 0 ? scale : 0;
            addr = base + (ext << amount);
        }
        if (load) load(c, rt, addr, scale);
        else store(c, rt, addr, scale);
        if (writeback) c.setXOrSp(rn, wbValue);
        return true;
    }

    private static long ldLo(Cpu c, long addr, int scale) {
        return switch (scale) {
            case 0 -> c.ld8(addr);
            case 1 -> c.ld16(addr);
            case 2 -> c.ld32(addr);
            default -> c.ld64(addr);
        };
    }

    /** Loads 1 << scale bytes into V[rt], zeroing the rest of the register. */
    static void load(Cpu c, int rt, long addr, int scale) {
        long lo = ldLo(c, addr, scale);
        long hi = scale == 4 ? c.ld64(addr + 8) : 0;
        AdvSimdLanes.set(c, rt, lo, hi);
    }

    static void store(Cpu c, int rt, long addr, int scale) {
        long lo = c.vreg[2 * rt];
        switch (scale) {
            case 0 -> c.st8(addr, lo);
            case 1 -> c.st16(addr, lo);
            case 2 -> c.st32(addr, lo);
            case 3 -> c.st64(addr, lo);
            default -> {
                c.probeWrite(addr, 16);
                c.st64(addr, lo);
                c.st64(addr + 8, c.vreg[2 * rt + 1]);
            }
        }
    }
}
