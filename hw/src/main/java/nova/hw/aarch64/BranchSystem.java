package nova.hw.aarch64;

/** Branches, exception generation and the system instructions EL0 may use. */
final class BranchSystem {
    private BranchSystem() {}

    static int execute(Cpu c, int op, int i) {
        switch (op) {
            case Op.B -> {
                c.pc += (long) ((i << 6) >> 4);
                return Cpu.JUMP;
            }
            case Op.BL -> {
                c.x[30] = c.pc + 4;
                c.pc += (long) ((i << 6) >> 4);
                return Cpu.JUMP;
            }
            case Op.B_COND -> {
                if (c.conditionHolds(i & 0xF)) {
                    c.pc += (long) ((i << 8) >> 13) << 2;
                    return Cpu.JUMP;
                }
                return Cpu.NEXT;
            }
            case Op.CBZ, Op.CBNZ -> {
                long v = c.xOrZr(i & 31);
                if (i >= 0) {
                    v &= 0xFFFF_FFFFL;
                }
                if ((v == 0) == (op == Op.CBZ)) {
                    c.pc += (long) ((i << 8) >> 13) << 2;
                    return Cpu.JUMP;
                }
                return Cpu.NEXT;
            }
            case Op.TBZ, Op.TBNZ -> {
                int bit = (i >>> 31) << 5 | ((i >>> 19) & 0x1F);
                long set = (c.xOrZr(i & 31) >>> bit) & 1;
                if ((set == 0) == (op == Op.TBZ)) {
                    c.pc += (long) ((i << 13) >> 18) << 2;
                    return Cpu.JUMP;
                }
                return Cpu.NEXT;
            }
            case Op.BR, Op.RET -> {
                c.branchTo(c.xOrZr((i >>> 5) & 31));
                return Cpu.JUMP;
            }
            case Op.BLR -> {
                long target = c.xOrZr((i >>> 5) & 31); // read before X30 is written (BLR X30)
                c.x[30] = c.pc + 4;
                c.branchTo(target);
                return Cpu.JUMP;
            }
            case Op.SVC -> {
                return Cpu.SVC;
            }
            case Op.BRK -> {
                return Cpu.BRK;
            }
            case Op.NOP -> {
                return Cpu.NEXT;
            }
            case Op.CLREX -> {
                c.exclusiveSize = 0;
                return Cpu.NEXT;
            }
            case Op.DC_ZVA -> {
                long base = c.xOrZr(i & 31) & -(long) SystemRegisters.DCZVA_BLOCK;
                c.probeWrite(base, SystemRegisters.DCZVA_BLOCK);
                for (int k = 0; k < SystemRegisters.DCZVA_BLOCK; k += 8) {
                    c.st64(base + k, 0);
                }
                return Cpu.NEXT;
            }
            case Op.CACHE_MAINT -> {
                // No caches to maintain; the address must still translate with read access.
                c.probeRead(c.xOrZr(i & 31), 1);
                return Cpu.NEXT;
            }
            default -> {
                return systemRegister(c, op, i);
            }
        }
    }

    private static int systemRegister(Cpu c, int op, int i) {
        int rt = i & 31;
        switch (op) {
            case Op.MRS_NZCV -> c.setXOrZr(rt, c.nzcv & 0xF000_0000L);
            case Op.MRS_FPCR -> c.setXOrZr(rt, c.fpcr & 0xFFFF_FFFFL);
            case Op.MRS_FPSR -> c.setXOrZr(rt, c.fpsr & 0xFFFF_FFFFL);
            case Op.MRS_TPIDR -> c.setXOrZr(rt, c.tpidrEl0);
            case Op.MRS_TPIDRRO -> c.setXOrZr(rt, c.tpidrroEl0);
            case Op.MRS_CNTVCT -> c.setXOrZr(rt, c.retired / Cpu.INSNS_PER_TICK);
            case Op.MRS_CONST -> c.setXOrZr(rt, SystemRegisters.value((i >>> 5) & 0xFFFF));
            case Op.MSR_NZCV -> c.nzcv = (int) c.xOrZr(rt) & 0xF000_0000;
            case Op.MSR_FPCR -> c.fpcr = (int) c.xOrZr(rt) & Cpu.FPCR_MASK;
            case Op.MSR_FPSR -> c.fpsr = (int) c.xOrZr(rt) & Cpu.FPSR_MASK;
            case Op.MSR_TPIDR -> c.tpidrEl0 = c.xOrZr(rt);
            default -> {
                return Cpu.UNDEF;
            }
        }
        return Cpu.NEXT;
    }
}
