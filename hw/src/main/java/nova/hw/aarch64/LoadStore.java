package nova.hw.aarch64;

/**
 * Single general-register loads and stores: literal, unsigned offset, unscaled (and the
 * unprivileged LDTR/STTR, identical at EL0), pre/post-index and register offset; each
 * addressing form computes the address and shares {@link #transfer}. The memory access happens
 * before any register is written, so a fault leaves no trace. For the CONSTRAINED UNPREDICTABLE
 * writeback into Rt this follows QEMU: the base writeback is performed last.
 */
final class LoadStore {
    private LoadStore() {}

    private static long base(Cpu c, int i) {
        return c.x[(i >>> 5) & 31];
    }

    private static long imm9(int i) {
        return (i << 11) >> 23;
    }

    /** [Xn|SP, #uimm12 << size]. */
    static int unsignedOffset(Cpu c, int kind, int i) {
        transfer(c, kind, i, base(c, i) + ((long) ((i >>> 10) & 0xFFF) << (i >>> 30)));
        return Cpu.NEXT;
    }

    /** [Xn|SP, #simm9] (LDUR..., and LDTR...). */
    static int unscaled(Cpu c, int kind, int i) {
        transfer(c, kind, i, base(c, i) + imm9(i));
        return Cpu.NEXT;
    }

    /** [Xn|SP], #simm9. */
    static int postIndex(Cpu c, int kind, int i) {
        long base = base(c, i);
        transfer(c, kind, i, base);
        c.x[(i >>> 5) & 31] = base + imm9(i);
        return Cpu.NEXT;
    }

    /** [Xn|SP, #simm9]!. */
    static int preIndex(Cpu c, int kind, int i) {
        long addr = base(c, i) + imm9(i);
        transfer(c, kind, i, addr);
        c.x[(i >>> 5) & 31] = addr;
        return Cpu.NEXT;
    }

    /** [Xn|SP, Rm{, extend {#size}}]. */
    static int registerOffset(Cpu c, int kind, int i) {
        int shift = (i & (1 << 12)) != 0 ? i >>> 30 : 0;
        transfer(c, kind, i, base(c, i) + Alu.extend(c.xOrZr((i >>> 16) & 31), (i >>> 13) & 7, shift));
        return Cpu.NEXT;
    }

    /** The access itself: store, zero-extending load, or sign-extending load to 64 or 32 bits. */
    private static void transfer(Cpu c, int kind, int i, long addr) {
        int rt = i & 31;
        int size = i >>> 30;
        if (kind == Op.KIND_ST) {
            long v = c.xOrZr(rt);
            switch (size) {
                case 0 -> c.st8(addr, v);
                case 1 -> c.st16(addr, v);
                case 2 -> c.st32(addr, v);
                default -> c.st64(addr, v);
            }
            return;
        }
        long v = switch (size) {
            case 0 -> c.ld8(addr);
            case 1 -> c.ld16(addr);
            case 2 -> c.ld32(addr);
            default -> c.ld64(addr);
        };
        if (kind != Op.KIND_LDZ) {
            int bits = 8 << size;
            v = (v << (64 - bits)) >> (64 - bits);
            if (kind == Op.KIND_LDS32) {
                v &= 0xFFFF_FFFFL;
            }
        }
        c.setXOrZr(rt, v);
    }

    /** LDR (literal) W and X, LDRSW (literal). PRFM (literal) never gets here: it is a NOP. */
    static int literal(Cpu c, int op, int i) {
        long addr = c.pc + ((long) ((i << 8) >> 13) << 2);
        int rt = i & 31;
        switch (op) {
            case Op.LDR_LIT_W -> c.setXOrZr(rt, c.ld32(addr));
            case Op.LDR_LIT_X -> c.setXOrZr(rt, c.ld64(addr));
            default -> c.setXOrZr(rt, (int) c.ld32(addr));
        }
        return Cpu.NEXT;
    }
}
