package nova.hw.aarch64;

import static nova.hw.aarch64.AdvSimdLanes.*;

/** AdvSIMD three same (integer and logical), vector and scalar; FP opcodes go to AdvSimdThreeSameFp. */
final class AdvSimdThreeSame {
    private AdvSimdThreeSame() {}

    static boolean vector(Cpu c, int insn) {
        int opcode = (insn >>> 11) & 31;
        if (opcode >= 0b11000) return AdvSimdThreeSameFp.vector(c, insn);
        boolean q = ((insn >>> 30) & 1) != 0;
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        if (opcode == 0b00011) {
            logical(c, v, u, size, q, rd, rn, rm);
            return true;
        }
        if (!allowed(opcode, u, size, q)) return false;
        if (fast(c, v, opcode, u, size, q, rd, rn, rm)) return true;
        if (opcode == 0b10100 || opcode == 0b10101 || opcode == 0b10111) {
            pairwise(c, v, opcode, u, size, q, rd, rn, rm);
            return true;
        }
        int n = (q ? 16 : 8) >> size;
        long lo = 0, hi = 0;
        long m = mask(size);
        for (int i = 0; i < n; i++) {
            long r = element(c, opcode, u, size, get(v, rn, i, size), get(v, rm, i, size), get(v, rd, i, size)) & m;
            int bit = i << (3 + size);
            if (bit < 64) lo |= r << bit; else hi |= r << (bit - 64);
        }
        set(c, rd, lo, hi);
        return true;
    }

    /** Whole-half forms of ADD, SUB and the register compares (the ones string and memory routines use). */
    private static boolean fast(Cpu c, long[] v, int opcode, boolean u, int size, boolean q, int rd, int rn, int rm) {
        long nl = v[2 * rn], nh = v[2 * rn + 1], ml = v[2 * rm], mh = v[2 * rm + 1];
        long lo, hi;
        switch (opcode) {
            case 0b10000 -> {
                lo = u ? AdvSimdSwar.sub(nl, ml, size) : AdvSimdSwar.add(nl, ml, size);
                hi = u ? AdvSimdSwar.sub(nh, mh, size) : AdvSimdSwar.add(nh, mh, size);
            }
            case 0b10001 -> {
                if (u) {
                    lo = AdvSimdSwar.eq(nl, ml, size);
                    hi = AdvSimdSwar.eq(nh, mh, size);
                } else {
                    lo = AdvSimdSwar.cmp(nl, ml, size, AdvSimdSwar.TST);
                    hi = AdvSimdSwar.cmp(nh, mh, size, AdvSimdSwar.TST);
                }
            }
            case 0b00110, 0b00111 -> {
                int kind = (opcode == 0b00110 ? AdvSimdSwar.GT : AdvSimdSwar.GE) + (u ? 1 : 0);
                lo = AdvSimdSwar.cmp(nl, ml, size, kind);
                hi = AdvSimdSwar.cmp(nh, mh, size, kind);
            }
            default -> { return false; }
        }
        set(c, rd, lo, q ? hi : 0);
        return true;
    }

    /** Reserved size/Q combinations of the integer vector three-same group. */
    private static boolean allowed(int opcode, boolean u, int size, boolean q) {
        switch (opcode) {
            case 0b00000, 0b00010, 0b00100, 0b01100, 0b01101, 0b01110, 0b01111, 0b10010, 0b10100, 0b10101:
                return size != 3;
            case 0b10011:
                return u ? size == 0 : size != 3;
            case 0b10110:
                return size == 1 || size == 2;
            case 0b10111:
                return !u && (size != 3 || q);
            default:
                return size != 3 || q;
        }
    }

    private static void logical(Cpu c, long[] v, boolean u, int size, boolean q, int rd, int rn, int rm) {
        long nl = v[2 * rn], nh = v[2 * rn + 1], ml = v[2 * rm], mh = v[2 * rm + 1];
        long dl = v[2 * rd], dh = v[2 * rd + 1];
        long lo, hi;
        switch ((u ? 4 : 0) | size) {
            case 0 -> { lo = nl & ml; hi = nh & mh; }
            case 1 -> { lo = nl & ~ml; hi = nh & ~mh; }
            case 2 -> { lo = nl | ml; hi = nh | mh; }
            case 3 -> { lo = nl | ~ml; hi = nh | ~mh; }
            case 4 -> { lo = nl ^ ml; hi = nh ^ mh; }
            case 5 -> { lo = (dl & nl) | (~dl & ml); hi = (dh & nh) | (~dh & mh); }     // BSL
            case 6 -> { lo = (ml & nl) | (~ml & dl); hi = (mh & nh) | (~mh & dh); }     // BIT
            default -> { lo = (~ml & nl) | (ml & dl); hi = (~mh & nh) | (mh & dh); }    // BIF
        }
        set(c, rd, lo, q ? hi : 0);
    }

    /**
     * ADDP/SMAXP/UMAXP/SMINP/UMINP: the pairs of Vn then Vm. Each source word yields half a
     * word of results, so the result words are assembled from whole source words.
     */
    private static void pairwise(Cpu c, long[] v, int opcode, boolean u, int size, boolean q, int rd, int rn, int rm) {
        long nl = v[2 * rn], nh = v[2 * rn + 1], ml = v[2 * rm], mh = v[2 * rm + 1];
        if (size == 3) {                                    // ADDP .2d
            set(c, rd, nl + nh, ml + mh);
            return;
        }
        long lo, hi;
        if (q) {
            lo = pairWord(nl, opcode, u, size) | pairWord(nh, opcode, u, size) << 32;
            hi = pairWord(ml, opcode, u, size) | pairWord(mh, opcode, u, size) << 32;
        } else {
            lo = pairWord(nl, opcode, u, size) | pairWord(ml, opcode, u, size) << 32;
            hi = 0;
        }
        set(c, rd, lo, hi);
    }

    /** The pairwise results of the lanes of one word, packed into its low 32 bits. */
    private static long pairWord(long w, int opcode, boolean u, int size) {
        int bits = 8 << size;
        long m = mask(size);
        long r = 0;
        for (int k = 0, sh = 0; sh < 64; k++, sh += 2 * bits) {
            long a = (w >>> sh) & m, b = (w >>> (sh + bits)) & m;
            if (!u) {
                a = sx(a, size);
                b = sx(b, size);
            }
            long e = switch (opcode) {
                case 0b10100 -> Math.max(a, b);
                case 0b10101 -> Math.min(a, b);
                default -> a + b;
            };
            r |= (e & m) << (k * bits);
        }
        return r;
    }

    /**
     * One element of an integer three-same operation. Inputs are zero-extended element values;
     * the result is masked by the caller.
     */
    static long element(Cpu c, int opcode, boolean u, int size, long a, long b, long d) {
        // Kept small so the JIT inlines it into the lane loops; the rarer opcodes live in rare().
        switch (opcode) {
            case 0b00001: return u ? uqadd(c, a, b, size) : sqadd(c, sx(a, size), sx(b, size), size);
            case 0b00101: return u ? uqsub(c, a, b, size) : sqsub(c, sx(a, size), sx(b, size), size);
            case 0b01100: return u ? Math.max(a, b) : Math.max(sx(a, size), sx(b, size));
            case 0b01101: return u ? Math.min(a, b) : Math.min(sx(a, size), sx(b, size));
            case 0b10010: return u ? d - a * b : d + a * b;
            case 0b10011: return u ? pmul8(a, b) : a * b;
            default: return rare(c, opcode, u, size, a, b, d);
        }
    }

    private static long rare(Cpu c, int opcode, boolean u, int size, long a, long b, long d) {
        long sa = sx(a, size), sb = sx(b, size);
        switch (opcode) {
            case 0b00000: return u ? (a + b) >>> 1 : (sa + sb) >> 1;
            case 0b00010: return u ? (a + b + 1) >>> 1 : (sa + sb + 1) >> 1;
            case 0b00100: return u ? (a - b) >> 1 : (sa - sb) >> 1;
            case 0b00110: return (u ? Long.compareUnsigned(a, b) > 0 : sa > sb) ? -1 : 0;
            case 0b00111: return (u ? Long.compareUnsigned(a, b) >= 0 : sa >= sb) ? -1 : 0;
            case 0b01000: return shift(c, u ? a : sa, (byte) b, size, u, false, false);
            case 0b01001: return shift(c, u ? a : sa, (byte) b, size, u, false, true);
            case 0b01010: return shift(c, u ? a : sa, (byte) b, size, u, true, false);
            case 0b01011: return shift(c, u ? a : sa, (byte) b, size, u, true, true);
            case 0b01110: return u ? Math.abs(a - b) : Math.abs(sa - sb);
            case 0b01111: return d + (u ? Math.abs(a - b) : Math.abs(sa - sb));
            case 0b10000: return u ? a - b : a + b;
            case 0b10001: return (u ? a == b : (a & b) != 0) ? -1 : 0;
            case 0b10110: return doublingMulHigh(c, sa, sb, size, u);
            default: throw new IllegalStateException("three-same opcode " + opcode);
        }
    }

    /** SQDMULH (round = false) / SQRDMULH: high half of 2*a*b, saturated. Sizes 16 and 32. */
    static long doublingMulHigh(Cpu c, long sa, long sb, int size, boolean round) {
        int bits = 8 << size;
        long p = sa * sb;                       // at most 2^62 in magnitude for 32-bit inputs
        if (round) p += 1L << (bits - 2);
        long r = p >> (bits - 1);
        return satS(c, r, size);
    }

    static boolean scalar(Cpu c, int insn) {
        int opcode = (insn >>> 11) & 31;
        if (opcode >= 0b11000) return AdvSimdThreeSameFp.scalar(c, insn);
        boolean u = ((insn >>> 29) & 1) != 0;
        int size = (insn >>> 22) & 3;
        switch (opcode) {
            case 0b00001, 0b00101, 0b01001, 0b01011: break;
            case 0b00110, 0b00111, 0b01000, 0b01010, 0b10000, 0b10001:
                if (size != 3) return false;
                break;
            case 0b10110:
                if (size != 1 && size != 2) return false;
                break;
            default:
                return false;
        }
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        long r = element(c, opcode, u, size, get(v, rn, 0, size), get(v, rm, 0, size), 0) & mask(size);
        set(c, rd, r, 0);
        return true;
    }
}
