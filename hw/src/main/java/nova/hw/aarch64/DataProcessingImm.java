package nova.hw.aarch64;

/**
 * Data processing -- immediate: PC-relative, add/sub, logical, move wide, bitfield, extract.
 * One small method per instruction form so HotSpot can inline the hot ones into the dispatch.
 */
final class DataProcessingImm {
    private DataProcessingImm() {}

    private static final long W = 0xFFFF_FFFFL;

    /** ADR, ADRP. */
    static int pcRelative(Cpu c, int op, int i) {
        long imm = ((long) ((i << 8) >> 13) << 2) | ((i >>> 29) & 3);
        long r = op == Op.ADR ? c.pc + imm : (c.pc & ~0xFFFL) + (imm << 12);
        c.setXOrZr(i & 31, r);
        return Cpu.NEXT;
    }

    /** ADD, ADDS, SUB, SUBS (immediate). */
    static int addSub(Cpu c, int op, int i) {
        long imm = (i >>> 10) & 0xFFF;
        if ((i & (1 << 22)) != 0) {
            imm <<= 12;
        }
        boolean sub = op >= Op.ADD_I + 2;
        boolean flags = (op & 1) != 0;
        long a = c.x[(i >>> 5) & 31];
        long b = sub ? ~imm : imm;
        long cin = sub ? 1 : 0;
        long r = i < 0 ? Alu.add64(c, a, b, cin, flags) : Alu.add32(c, a, b, cin, flags);
        int rd = i & 31;
        if (flags) {
            c.setXOrZr(rd, r);
        } else {
            c.x[rd] = r; // ADD/SUB (immediate) write SP for Rd = 31
        }
        return Cpu.NEXT;
    }

    /** AND, ORR, EOR, ANDS (immediate); the bitmask was validated by the decoder. */
    static int logical(Cpu c, int op, int i) {
        boolean sf = i < 0;
        long imm = Bitmasks.mask((i >>> 22) & 1, (i >>> 16) & 0x3F, (i >>> 10) & 0x3F);
        long a = c.xOrZr((i >>> 5) & 31);
        long r = switch (op - Op.AND_I) {
            case 0, 3 -> a & imm;
            case 1 -> a | imm;
            default -> a ^ imm;
        };
        if (!sf) {
            r &= W;
        }
        int rd = i & 31;
        if (op == Op.AND_I + 3) {
            Alu.logicFlags(c, r, sf);
            c.setXOrZr(rd, r);
        } else {
            c.x[rd] = r; // AND/ORR/EOR (immediate) write SP for Rd = 31
        }
        return Cpu.NEXT;
    }

    /** MOVN, MOVZ, MOVK. */
    static int moveWide(Cpu c, int op, int i) {
        int rd = i & 31;
        int pos = ((i >>> 21) & 3) * 16;
        long imm = ((long) (i >>> 5) & 0xFFFF) << pos;
        long r = switch (op) {
            case Op.MOVN -> ~imm;
            case Op.MOVZ -> imm;
            default -> (c.xOrZr(rd) & ~(0xFFFFL << pos)) | imm;
        };
        c.setXOrZr(rd, i < 0 ? r : r & W);
        return Cpu.NEXT;
    }

    /**
     * SBFM, BFM, UBFM with immr = r and imms = s, and so their aliases (LSL, LSR, ASR, SXTB,
     * UXTB, BFI, BFXIL, ...).
     */
    static int bitfield(Cpu c, int op, int i) {
        boolean sf = i < 0;
        int rd = i & 31;
        int size = sf ? 64 : 32;
        int r = (i >>> 16) & 0x3F;
        int s = (i >>> 10) & 0x3F;
        long src = c.xOrZr((i >>> 5) & 31);
        int width;
        int pos;
        long field;
        if (s >= r) {
            width = s - r + 1;
            field = src >>> r;
            pos = 0;
        } else {
            width = s + 1;
            field = src;
            pos = size - r;
        }
        long ones = width == 64 ? -1L : (1L << width) - 1;
        field &= ones;
        long result;
        if (op == Op.SBFM) {
            long ext = width == 64 ? field : (field << (64 - width)) >> (64 - width);
            result = ext << pos;
        } else if (op == Op.UBFM) {
            result = field << pos;
        } else {
            long mask = ones << pos;
            result = (c.xOrZr(rd) & ~mask) | (field << pos);
        }
        c.setXOrZr(rd, sf ? result : result & W);
        return Cpu.NEXT;
    }

    /** EXTR (and its alias ROR (immediate)). */
    static int extract(Cpu c, int i) {
        int lsb = (i >>> 10) & 0x3F;
        long hi = c.xOrZr((i >>> 5) & 31);
        long lo = c.xOrZr((i >>> 16) & 31);
        long r;
        if (i < 0) {
            r = lsb == 0 ? lo : (lo >>> lsb) | (hi << (64 - lsb));
        } else {
            r = (((hi & W) << 32 | (lo & W)) >>> lsb) & W;
        }
        c.setXOrZr(i & 31, r);
        return Cpu.NEXT;
    }
}
