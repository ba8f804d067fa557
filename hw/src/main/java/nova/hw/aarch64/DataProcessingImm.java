package nova.hw.aarch64;

/** Data processing -- immediate: PC-relative, add/sub, logical, move wide, bitfield, extract. */
final class DataProcessingImm {
    private DataProcessingImm() {}

    private static final long W = 0xFFFF_FFFFL;

    static int execute(Cpu c, int op, int i) {
        int rd = i & 31;
        int rn = (i >>> 5) & 31;
        boolean sf = i < 0;
        switch (op) {
            case Op.ADR, Op.ADRP -> {
                long imm = ((long) ((i << 8) >> 13) << 2) | ((i >>> 29) & 3);
                long r = op == Op.ADR ? c.pc + imm : (c.pc & ~0xFFFL) + (imm << 12);
                c.setXOrZr(rd, r);
            }
            case Op.ADD_I, Op.ADD_I + 1, Op.ADD_I + 2, Op.ADD_I + 3 -> {
                long imm = (i >>> 10) & 0xFFF;
                if ((i & (1 << 22)) != 0) {
                    imm <<= 12;
                }
                boolean sub = op >= Op.ADD_I + 2;
                boolean flags = (op & 1) != 0;
                long a = c.x[rn];
                long b = sub ? ~imm : imm;
                long cin = sub ? 1 : 0;
                long r = sf ? Alu.add64(c, a, b, cin, flags) : Alu.add32(c, a, b, cin, flags);
                if (flags) {
                    c.setXOrZr(rd, r);
                } else {
                    c.x[rd] = r;
                }
            }
            case Op.AND_I, Op.AND_I + 1, Op.AND_I + 2, Op.AND_I + 3 -> {
                long imm = Bitmasks.mask((i >>> 22) & 1, (i >>> 16) & 0x3F, (i >>> 10) & 0x3F);
                long a = c.xOrZr(rn);
                long r = switch (op - Op.AND_I) {
                    case 0, 3 -> a & imm;
                    case 1 -> a | imm;
                    default -> a ^ imm;
                };
                if (!sf) {
                    r &= W;
                }
                if (op == Op.AND_I + 3) {
                    Alu.logicFlags(c, r, sf);
                    c.setXOrZr(rd, r);
                } else {
                    c.x[rd] = r; // AND/ORR/EOR (immediate) write SP for Rd = 31
                }
            }
            case Op.MOVN, Op.MOVZ, Op.MOVK -> {
                int pos = ((i >>> 21) & 3) * 16;
                long imm = ((long) (i >>> 5) & 0xFFFF) << pos;
                long r = switch (op) {
                    case Op.MOVN -> ~imm;
                    case Op.MOVZ -> imm;
                    default -> (c.xOrZr(rd) & ~(0xFFFFL << pos)) | imm;
                };
                c.setXOrZr(rd, sf ? r : r & W);
            }
            case Op.SBFM, Op.SBFM + 1, Op.SBFM + 2 -> c.setXOrZr(rd, bitfield(c, op, i, sf, rd, rn));
            case Op.EXTR -> {
                int lsb = (i >>> 10) & 0x3F;
                long hi = c.xOrZr(rn);
                long lo = c.xOrZr((i >>> 16) & 31);
                long r;
                if (sf) {
                    r = lsb == 0 ? lo : (lo >>> lsb) | (hi << (64 - lsb));
                } else {
                    r = (((hi & W) << 32 | (lo & W)) >>> lsb) & W;
                }
                c.setXOrZr(rd, r);
            }
            default -> {
                return Cpu.UNDEF;
            }
        }
        return Cpu.NEXT;
    }

    /** SBFM, BFM, UBFM with immr = r and imms = s and their aliases (LSL, LSR, ASR, SXTB, UXTB, BFI, BFXIL, ...). */
    private static long bitfield(Cpu c, int op, int i, boolean sf, int rd, int rn) {
        int size = sf ? 64 : 32;
        int r = (i >>> 16) & 0x3F;
        int s = (i >>> 10) & 0x3F;
        long src = c.xOrZr(rn);
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
        return sf ? result : result & W;
    }
}
