package nova.hw.aarch64;

/**
 * Single general-register loads and stores: literal, unsigned offset, unscaled (and the
 * unprivileged LDTR/STTR, identical at EL0), pre/post-index, register offset, and PRFM.
 * Every memory access happens before any register is written, so a fault leaves no trace.
 * For the CONSTRAINED UNPREDICTABLE writeback-into-Rt case this follows QEMU: the base
 * writeback is performed last.
 */
final class LoadStore {
    private LoadStore() {}

    static int execute(Cpu c, int op, int i) {
        int rt = i & 31;
        if (op < Op.LS) {
            return literal(c, op, i, rt);
        }
        int rn = (i >>> 5) & 31;
        int size = i >>> 30;
        int form = (op - Op.LS) >>> 3;
        int kind = (op - Op.LS) & 7;
        long base = c.x[rn];
        long addr;
        long wb = 0;
        boolean writeback = false;
        switch (form) {
            case Op.FORM_UIMM -> addr = base + ((long) ((i >>> 10) & 0xFFF) << size);
            case Op.FORM_UNSCALED -> addr = base + ((i << 11) >> 23);
            case Op.FORM_POST -> {
                addr = base;
                wb = base + ((i << 11) >> 23);
                writeback = true;
            }
            case Op.FORM_PRE -> {
                addr = base + ((i << 11) >> 23);
                wb = addr;
                writeback = true;
            }
            default -> {
                int shift = (i & (1 << 12)) != 0 ? size : 0;
                addr = base + Alu.extend(c.xOrZr((i >>> 16) & 31), (i >>> 13) & 7, shift);
            }
        }
        switch (kind) {
            case Op.KIND_ST -> {
                long v = c.xOrZr(rt);
                switch (size) {
                    case 0 -> c.st8(addr, v);
                    case 1 -> c.st16(addr, v);
                    case 2 -> c.st32(addr, v);
                    default -> c.st64(addr, v);
                }
                if (writeback) {
                    c.x[rn] = wb;
                }
            }
            case Op.KIND_PRFM -> {
                // Prefetch hints never fault and have no architectural effect.
            }
            default -> {
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
                if (writeback) {
                    c.x[rn] = wb;
                }
            }
        }
        return Cpu.NEXT;
    }

    private static int literal(Cpu c, int op, int i, int rt) {
        long addr = c.pc + ((long) ((i << 8) >> 13) << 2);
        switch (op) {
            case Op.LDR_LIT_W -> c.setXOrZr(rt, c.ld32(addr));
            case Op.LDR_LIT_X -> c.setXOrZr(rt, c.ld64(addr));
            case Op.LDRSW_LIT -> c.setXOrZr(rt, (int) c.ld32(addr));
            default -> {
                // PRFM (literal): a hint.
            }
        }
        return Cpu.NEXT;
    }
}
