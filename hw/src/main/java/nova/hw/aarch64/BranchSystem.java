package nova.hw.aarch64;

/** Branches and the system instructions EL0 may use, one small method per form. */
final class BranchSystem {
    private BranchSystem() {}

    static int b(Cpu c, int i) {
        c.pc += (long) ((i << 6) >> 4);
        return Cpu.JUMP;
    }

    static int bl(Cpu c, int i) {
        c.x[30] = c.pc + 4;
        c.pc += (long) ((i << 6) >> 4);
        return Cpu.JUMP;
    }

    static int bCond(Cpu c, int i) {
        if (c.conditionHolds(i & 0xF)) {
            c.pc += (long) ((i << 8) >> 13) << 2;
            return Cpu.JUMP;
        }
        return Cpu.NEXT;
    }

    /** CBZ, CBNZ. */
    static int compareBranch(Cpu c, int op, int i) {
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

    /** TBZ, TBNZ. */
    static int testBranch(Cpu c, int op, int i) {
        int bit = (i >>> 31) << 5 | ((i >>> 19) & 0x1F);
        long set = (c.xOrZr(i & 31) >>> bit) & 1;
        if ((set == 0) == (op == Op.TBZ)) {
            c.pc += (long) ((i << 13) >> 18) << 2;
            return Cpu.JUMP;
        }
        return Cpu.NEXT;
    }

    /** BR, RET. */
    static int branchRegister(Cpu c, int i) {
        c.branchTo(c.xOrZr((i >>> 5) & 31));
        return Cpu.JUMP;
    }

    static int blr(Cpu c, int i) {
        long target = c.xOrZr((i >>> 5) & 31); // read before X30 is written (BLR X30)
        c.x[30] = c.pc + 4;
        c.branchTo(target);
        return Cpu.JUMP;
    }

    static int clrex(Cpu c) {
        c.exclusiveSize = 0;
        return Cpu.NEXT;
    }

    /** DC ZVA: zeroes the naturally aligned block (DCZID_EL0), all or nothing. */
    static int dcZva(Cpu c, int i) {
        long base = c.xOrZr(i & 31) & -(long) SystemRegisters.DCZVA_BLOCK;
        c.probeWrite(base, SystemRegisters.DCZVA_BLOCK);
        for (int k = 0; k < SystemRegisters.DCZVA_BLOCK; k += 8) {
            c.st64(base + k, 0);
        }
        return Cpu.NEXT;
    }

    /** DC CVAC/CVAU/CIVAC, IC IVAU: no caches to maintain, but the address must translate. */
    static int cacheMaintenance(Cpu c, int i) {
        c.probeRead(c.xOrZr(i & 31), 1);
        return Cpu.NEXT;
    }

    /** MRS and MSR (register) for the registers the decoder admitted at EL0. */
    static int systemRegister(Cpu c, int op, int i) {
        int rt = i & 31;
        switch (op) {
            case Op.MRS_NZCV -> c.setXOrZr(rt, c.flags() & 0xF000_0000L);
            case Op.MRS_FPCR -> c.setXOrZr(rt, c.fpcr & 0xFFFF_FFFFL);
            case Op.MRS_FPSR -> c.setXOrZr(rt, c.fpsr & 0xFFFF_FFFFL);
            case Op.MRS_TPIDR -> c.setXOrZr(rt, c.tpidrEl0);
            case Op.MRS_TPIDRRO -> c.setXOrZr(rt, c.tpidrroEl0);
            case Op.MRS_CNTVCT -> c.setXOrZr(rt, c.retired / Cpu.INSNS_PER_TICK);
            case Op.MRS_CONST -> c.setXOrZr(rt, SystemRegisters.value((i >>> 5) & 0xFFFF));
            case Op.MSR_NZCV -> c.setFlags((int) c.xOrZr(rt) & 0xF000_0000);
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
