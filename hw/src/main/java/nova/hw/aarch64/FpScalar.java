package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;

/**
 * Executor for the A64 scalar floating-point groups (ARMv8.0-A, no FP16 arithmetic): data
 * processing with 1, 2 and 3 sources, compares, conditional compare and select, FMOV immediate,
 * and the conversions between FP and integer or fixed-point. Called by {@link SimdFp#execute}.
 * A scalar S/D/H result zeroes the rest of its 128-bit V register.
 */
final class FpScalar {
    private FpScalar() {}

    /** Executes {@code insn} if it belongs to the scalar FP groups; false: not ours or unallocated. */
    static boolean execute(Cpu c, int insn) {
        int top = insn & 0x5F00_0000; // bit 30 and bits 28..24
        if (top == 0x1F00_0000) return threeSource(c, insn);
        if (top != 0x1E00_0000) return false;
        if ((insn & (1 << 21)) == 0) return fixedConversion(c, insn);
        return switch ((insn >>> 10) & 3) {
            case 1 -> conditionalCompare(c, insn);
            case 2 -> twoSource(c, insn);
            case 3 -> conditionalSelect(c, insn);
            default -> {
                int bits = (insn >>> 10) & 0x3F;
                if (bits == 0) yield integerConversion(c, insn);
                if ((bits & 0x1F) == 0x10) yield oneSource(c, insn);
                if ((bits & 0xF) == 0x8) yield compare(c, insn);
                if ((bits & 0x7) == 0x4) yield immediate(c, insn);
                yield false;
            }
        };
    }

    /** ptype (bits 23..22) to an arithmetic size: 00 single, 01 double; half and 10 are not v8.0 arithmetic. */
    private static int arithSize(int insn) {
        return switch ((insn >>> 22) & 3) {
            case 0 -> SINGLE;
            case 1 -> DOUBLE;
            default -> 0;
        };
    }

    private static long read(Cpu c, int size, int n) {
        long v = c.vreg[2 * n];
        return switch (size) {
            case HALF -> v & 0xFFFF;
            case SINGLE -> v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    private static void write(Cpu c, int size, int d, long v) {
        c.vreg[2 * d] = switch (size) {
            case HALF -> v & 0xFFFF;
            case SINGLE -> v & 0xFFFF_FFFFL;
            default -> v;
        };
        c.vreg[2 * d + 1] = 0;
    }

    private static boolean mOrS(int insn) {
        return (insn & 0xA000_0000) != 0; // M (bit 31) and S (bit 29) must be zero
    }

    // ---------------------------------------------------------------- 1 source

    private static boolean oneSource(Cpu c, int insn) {
        if (mOrS(insn)) return false;
        int opcode = (insn >>> 15) & 0x3F;
        int ptype = (insn >>> 22) & 3;
        int n = (insn >>> 5) & 31, d = insn & 31;
        if ((opcode & 0x3C) == 0x04) { // FCVT between precisions; opc (bits 16..15) is the target
            int from = switch (ptype) {
                case 0 -> SINGLE;
                case 1 -> DOUBLE;
                case 3 -> HALF;
                default -> 0;
            };
            int to = switch (opcode & 3) {
                case 0 -> SINGLE;
                case 1 -> DOUBLE;
                case 3 -> HALF;
                default -> 0;
            };
            if (from == 0 || to == 0 || from == to) return false;
            write(c, to, d, convert(c, from, to, read(c, from, n)));
            return true;
        }
        int size = arithSize(insn);
        if (size == 0) return false;
        long a = read(c, size, n);
        long r;
        switch (opcode) {
            case 0x00 -> r = a;                                   // FMOV (register)
            case 0x01 -> r = abs(c, size, a);                     // FABS
            case 0x02 -> r = neg(c, size, a);                     // FNEG
            case 0x03 -> r = sqrt(c, size, a);                    // FSQRT
            case 0x08 -> r = roundToIntegral(c, size, a, RN, false); // FRINTN
            case 0x09 -> r = roundToIntegral(c, size, a, RP, false); // FRINTP
            case 0x0A -> r = roundToIntegral(c, size, a, RM, false); // FRINTM
            case 0x0B -> r = roundToIntegral(c, size, a, RZ, false); // FRINTZ
            case 0x0C -> r = roundToIntegral(c, size, a, RA, false); // FRINTA
            case 0x0E -> r = roundToIntegral(c, size, a, rmode(c), true);  // FRINTX
            case 0x0F -> r = roundToIntegral(c, size, a, rmode(c), false); // FRINTI
            default -> {
                return false;
            }
        }
        write(c, size, d, r);
        return true;
    }

    // ---------------------------------------------------------------- 2 and 3 sources

    private static boolean twoSource(Cpu c, int insn) {
        if (mOrS(insn)) return false;
        int size = arithSize(insn);
        if (size == 0) return false;
        int m = (insn >>> 16) & 31, n = (insn >>> 5) & 31, d = insn & 31;
        long a = read(c, size, n), b = read(c, size, m);
        long r;
        switch ((insn >>> 12) & 0xF) {
            case 0 -> r = mul(c, size, a, b);
            case 1 -> r = div(c, size, a, b);
            case 2 -> r = add(c, size, a, b);
            case 3 -> r = sub(c, size, a, b);
            case 4 -> r = max(c, size, a, b);
            case 5 -> r = min(c, size, a, b);
            case 6 -> r = maxNum(c, size, a, b);
            case 7 -> r = minNum(c, size, a, b);
            case 8 -> r = neg(c, size, mul(c, size, a, b)); // FNMUL negates the rounded product, NaN included
            default -> {
                return false;
            }
        }
        write(c, size, d, r);
        return true;
    }

    private static boolean threeSource(Cpu c, int insn) {
        if (mOrS(insn)) return false;
        int size = arithSize(insn);
        if (size == 0) return false;
        int m = (insn >>> 16) & 31, ra = (insn >>> 10) & 31, n = (insn >>> 5) & 31, d = insn & 31;
        boolean o1 = (insn & (1 << 21)) != 0, o0 = (insn & (1 << 15)) != 0;
        long addend = read(c, size, ra), a = read(c, size, n), b = read(c, size, m);
        // FMADD/FMSUB/FNMADD/FNMSUB negate operands (NaNs too) before the fused operation
        if (o1) addend = neg(c, size, addend);
        if (o0 != o1) a = neg(c, size, a);
        write(c, size, d, mulAdd(c, size, addend, a, b));
        return true;
    }

    // ---------------------------------------------------------------- compares and selects

    private static boolean compare(Cpu c, int insn) {
        if (mOrS(insn) || (insn & 0xC007) != 0) return false; // op (bits 15..14) and opcode2<2:0> zero
        int size = arithSize(insn);
        if (size == 0) return false;
        int m = (insn >>> 16) & 31, n = (insn >>> 5) & 31;
        boolean withZero = (insn & 8) != 0, signalAll = (insn & 16) != 0;
        long a = read(c, size, n), b = withZero ? 0 : read(c, size, m);
        c.setNzcv(FpOps.compare(c, size, a, b, signalAll));
        return true;
    }

    private static boolean conditionalCompare(Cpu c, int insn) {
        if (mOrS(insn)) return false;
        int size = arithSize(insn);
        if (size == 0) return false;
        int m = (insn >>> 16) & 31, cond = (insn >>> 12) & 15, n = (insn >>> 5) & 31;
        boolean signalAll = (insn & 16) != 0;
        if (c.conditionHolds(cond)) {
            c.setNzcv(FpOps.compare(c, size, read(c, size, n), read(c, size, m), signalAll));
        } else {
            c.setNzcv((insn & 15) << 28);
        }
        return true;
    }

    private static boolean conditionalSelect(Cpu c, int insn) {
        if (mOrS(insn)) return false;
        int size = arithSize(insn);
        if (size == 0) return false;
        int m = (insn >>> 16) & 31, cond = (insn >>> 12) & 15, n = (insn >>> 5) & 31, d = insn & 31;
        write(c, size, d, read(c, size, c.conditionHolds(cond) ? n : m));
        return true;
    }

    private static boolean immediate(Cpu c, int insn) {
        if (mOrS(insn) || ((insn >>> 5) & 31) != 0) return false; // imm5 must be zero
        int size = arithSize(insn);
        if (size == 0) return false;
        write(c, size, insn & 31, expandImm(size, (insn >>> 13) & 0xFF));
        return true;
    }

    /** VFPExpandImm: sign, exponent NOT(b):b..b:cd, fraction efgh:0... */
    static long expandImm(int size, int imm8) {
        int e = size == DOUBLE ? 11 : size == SINGLE ? 8 : 5;
        int f = (size == DOUBLE ? 64 : size == SINGLE ? 32 : 16) - e - 1;
        long sign = (imm8 >>> 7) & 1;
        long b6 = (imm8 >>> 6) & 1;
        long exp = ((b6 ^ 1) << (e - 1)) | ((b6 == 1 ? (1L << (e - 3)) - 1 : 0) << 2) | ((imm8 >>> 4) & 3);
        long frac = (long) (imm8 & 15) << (f - 4);
        return (sign << (e + f)) | (exp << f) | frac;
    }

    // ---------------------------------------------------------------- conversions

    private static boolean fixedConversion(Cpu c, int insn) {
        if ((insn & (1 << 29)) != 0) return false;
        int size = arithSize(insn);
        if (size == 0) return false;
        boolean sf = insn < 0;
        int scale = (insn >>> 10) & 0x3F;
        if (!sf && scale < 32) return false;
        int fbits = 64 - scale;
        int intBits = sf ? 64 : 32;
        int n = (insn >>> 5) & 31, d = insn & 31;
        int rmodeOpcode = (insn >>> 16) & 0x1F; // rmode:opcode
        switch (rmodeOpcode) {
            case 0x18, 0x19 -> { // FCVTZS, FCVTZU (fixed-point)
                long r = toFixed(c, size, read(c, size, n), fbits, rmodeOpcode == 0x19, intBits, RZ);
                c.setXOrZr(d, sf ? r : r & 0xFFFF_FFFFL);
            }
            case 0x02, 0x03 -> // SCVTF, UCVTF (fixed-point)
                write(c, size, d, fromFixed(c, size, c.xOrZr(n), fbits, rmodeOpcode == 0x03, intBits));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean integerConversion(Cpu c, int insn) {
        if ((insn & (1 << 29)) != 0) return false;
        boolean sf = insn < 0;
        int ptype = (insn >>> 22) & 3;
        int rmode = (insn >>> 19) & 3, opcode = (insn >>> 16) & 7;
        int n = (insn >>> 5) & 31, d = insn & 31;
        int intBits = sf ? 64 : 32;
        if (opcode >= 6) { // FMOV between general and FP registers
            if (rmode == 0 && ((!sf && ptype == 0) || (sf && ptype == 1))) {
                int size = sf ? DOUBLE : SINGLE;
                if (opcode == 6) c.setXOrZr(d, read(c, size, n));
                else write(c, size, d, c.xOrZr(n));
                return true;
            }
            if (rmode == 1 && sf && ptype == 2) { // FMOV Xd, Vn.D[1] / FMOV Vd.D[1], Xn
                if (opcode == 6) c.setXOrZr(d, c.vreg[2 * n + 1]);
                else c.vreg[2 * d + 1] = c.xOrZr(n);
                return true;
            }
            return false;
        }
        int size = arithSize(insn);
        if (size == 0) return false;
        if (opcode <= 1) { // FCVT{N,P,M,Z}{S,U}
            int mode = switch (rmode) {
                case 0 -> RN;
                case 1 -> RP;
                case 2 -> RM;
                default -> RZ;
            };
            long r = toFixed(c, size, read(c, size, n), 0, opcode == 1, intBits, mode);
            c.setXOrZr(d, sf ? r : r & 0xFFFF_FFFFL);
            return true;
        }
        if (rmode != 0) return false;
        switch (opcode) {
            case 2, 3 -> write(c, size, d, fromFixed(c, size, c.xOrZr(n), 0, opcode == 3, intBits)); // SCVTF, UCVTF
            default -> { // 4, 5: FCVTAS, FCVTAU
                long r = toFixed(c, size, read(c, size, n), 0, opcode == 5, intBits, RA);
                c.setXOrZr(d, sf ? r : r & 0xFFFF_FFFFL);
            }
        }
        return true;
    }
}
