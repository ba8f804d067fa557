package nova.hw.aarch64;

/**
 * Data processing -- register: logical and add/sub (shifted, extended), with carry, conditional
 * compare and select, one- and two-source, CRC32, three-source multiply. One small method per
 * form so HotSpot can inline the hot ones into the dispatch.
 */
final class DataProcessingReg {
    private DataProcessingReg() {}

    private static final long W = 0xFFFF_FFFFL;

    /** AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted register). */
    static int logical(Cpu c, int op, int i) {
        boolean sf = i < 0;
        long b = Alu.shift(c.xOrZr((i >>> 16) & 31), (i >>> 22) & 3, (i >>> 10) & 0x3F, sf);
        if ((op & 1) != 0) {
            b = ~b;
        }
        long a = c.xOrZr((i >>> 5) & 31);
        long r = switch ((op - Op.LOG_SR) >>> 1) {
            case 0, 3 -> a & b;
            case 1 -> a | b;
            default -> a ^ b;
        };
        if (!sf) {
            r &= W;
        }
        if (op >= Op.LOG_SR + 6) {
            Alu.logicFlags(c, r, sf);
        }
        c.setXOrZr(i & 31, r);
        return Cpu.NEXT;
    }

    /** ADD, ADDS, SUB, SUBS (shifted register): Rn, Rd = 31 are the zero register. */
    static int addSubShifted(Cpu c, int op, int i) {
        boolean sf = i < 0;
        long b = Alu.shift(c.xOrZr((i >>> 16) & 31), (i >>> 22) & 3, (i >>> 10) & 0x3F, sf);
        c.setXOrZr(i & 31, addSub(c, op - Op.ADDSUB_SR, c.xOrZr((i >>> 5) & 31), b, sf));
        return Cpu.NEXT;
    }

    /** ADD, ADDS, SUB, SUBS (extended register): Rn = 31 is SP, and Rd too unless setting flags. */
    static int addSubExtended(Cpu c, int op, int i) {
        long b = Alu.extend(c.xOrZr((i >>> 16) & 31), (i >>> 13) & 7, (i >>> 10) & 7);
        long r = addSub(c, op - Op.ADDSUB_ER, c.xOrSp((i >>> 5) & 31), b, i < 0);
        if ((op & 1) != 0) {
            c.setXOrZr(i & 31, r);
        } else {
            c.x[i & 31] = r;
        }
        return Cpu.NEXT;
    }

    /** ADD, ADDS, SUB, SUBS by sub-op 0..3 (op:S). */
    private static long addSub(Cpu c, int sub, long a, long b, boolean sf) {
        boolean minus = sub >= 2;
        boolean flags = (sub & 1) != 0;
        long bb = minus ? ~b : b;
        long cin = minus ? 1 : 0;
        return sf ? Alu.add64(c, a, bb, cin, flags) : Alu.add32(c, a, bb, cin, flags);
    }

    /** ADC, ADCS, SBC, SBCS. */
    static int addSubCarry(Cpu c, int op, int i) {
        boolean sub = op >= Op.ADC + 2;
        boolean flags = (op & 1) != 0;
        long b = c.xOrZr((i >>> 16) & 31);
        if (sub) {
            b = ~b;
        }
        long a = c.xOrZr((i >>> 5) & 31);
        long cin = Alu.carry(c);
        c.setXOrZr(i & 31, i < 0 ? Alu.add64(c, a, b, cin, flags) : Alu.add32(c, a, b, cin, flags));
        return Cpu.NEXT;
    }

    /** CCMN, CCMP (register and immediate). */
    static int conditionalCompare(Cpu c, int op, int i) {
        if (c.conditionHolds((i >>> 12) & 0xF)) {
            int rm = (i >>> 16) & 31;
            long b = op >= Op.CCMN_I ? rm : c.xOrZr(rm);
            boolean sub = (op & 1) != 0;
            if (sub) {
                b = ~b;
            }
            long a = c.xOrZr((i >>> 5) & 31);
            long cin = sub ? 1 : 0;
            if (i < 0) {
                Alu.add64(c, a, b, cin, true);
            } else {
                Alu.add32(c, a, b, cin, true);
            }
        } else {
            c.setFlags((i & 0xF) << 28);
        }
        return Cpu.NEXT;
    }

    /** CSEL, CSINC, CSINV, CSNEG. */
    static int conditionalSelect(Cpu c, int op, int i) {
        long r;
        if (c.conditionHolds((i >>> 12) & 0xF)) {
            r = c.xOrZr((i >>> 5) & 31);
        } else {
            long m = c.xOrZr((i >>> 16) & 31);
            r = switch (op - Op.CSEL) {
                case 0 -> m;
                case 1 -> m + 1;
                case 2 -> ~m;
                default -> -m;
            };
        }
        c.setXOrZr(i & 31, i < 0 ? r : r & W);
        return Cpu.NEXT;
    }

    /** UDIV, SDIV: division by zero gives zero, SDIV overflow gives the dividend. */
    static int divide(Cpu c, int op, int i) {
        long a = c.xOrZr((i >>> 5) & 31);
        long b = c.xOrZr((i >>> 16) & 31);
        long r;
        if (i < 0) {
            if (b == 0) {
                r = 0;
            } else {
                // Long.MIN_VALUE / -1 is Long.MIN_VALUE in Java, as the architecture wants.
                r = op == Op.UDIV ? Long.divideUnsigned(a, b) : a / b;
            }
        } else {
            int wa = (int) a;
            int wb = (int) b;
            if (wb == 0) {
                r = 0;
            } else {
                r = (op == Op.UDIV ? Integer.divideUnsigned(wa, wb) : wa / wb) & W;
            }
        }
        c.setXOrZr(i & 31, r);
        return Cpu.NEXT;
    }

    /** LSLV, LSRV, ASRV, RORV: the amount is taken modulo the data size. */
    static int shiftVariable(Cpu c, int op, int i) {
        boolean sf = i < 0;
        int amount = (int) c.xOrZr((i >>> 16) & 31) & (sf ? 63 : 31);
        c.setXOrZr(i & 31, Alu.shift(c.xOrZr((i >>> 5) & 31), op - Op.LSLV, amount, sf));
        return Cpu.NEXT;
    }

    /** CRC32B/H/W/X, CRC32CB/H/W/X. */
    static int crc32(Cpu c, int i) {
        int sz = (i >>> 10) & 3;
        boolean castagnoli = (i & (1 << 12)) != 0;
        int acc = (int) c.xOrZr((i >>> 5) & 31);
        c.setXOrZr(i & 31, Crc32.update(acc, c.xOrZr((i >>> 16) & 31), 1 << sz, castagnoli) & W);
        return Cpu.NEXT;
    }

    /** RBIT, REV16, REV32, REV, CLZ, CLS. */
    static int oneSource(Cpu c, int op, int i) {
        boolean sf = i < 0;
        long a = c.xOrZr((i >>> 5) & 31);
        long r = switch (op) {
            case Op.RBIT -> sf ? Long.reverse(a) : Integer.reverse((int) a) & W;
            case Op.REV16 -> {
                long v = ((a & 0x00FF_00FF_00FF_00FFL) << 8) | ((a >>> 8) & 0x00FF_00FF_00FF_00FFL);
                yield sf ? v : v & W;
            }
            case Op.REV32 -> {
                long swapped = Long.reverseBytes(a);
                yield (swapped >>> 32) | (swapped << 32);
            }
            case Op.REV -> sf ? Long.reverseBytes(a) : Integer.reverseBytes((int) a) & W;
            case Op.CLZ -> sf ? Long.numberOfLeadingZeros(a) : Integer.numberOfLeadingZeros((int) a);
            // Leading bits equal to the sign bit: clz(x ^ (x >> 1)) counts the sign bit too.
            default -> sf ? Long.numberOfLeadingZeros(a ^ (a >> 1)) - 1
                    : Integer.numberOfLeadingZeros((int) a ^ ((int) a >> 1)) - 1;
        };
        c.setXOrZr(i & 31, r);
        return Cpu.NEXT;
    }

    /** MADD, MSUB, SMADDL, SMSUBL, UMADDL, UMSUBL, SMULH, UMULH. */
    static int multiply(Cpu c, int op, int i) {
        long n = c.xOrZr((i >>> 5) & 31);
        long m = c.xOrZr((i >>> 16) & 31);
        long a = c.xOrZr((i >>> 10) & 31);
        long r = switch (op) {
            case Op.MADD -> a + n * m;
            case Op.MSUB -> a - n * m;
            case Op.SMADDL -> a + (long) (int) n * (int) m;
            case Op.SMSUBL -> a - (long) (int) n * (int) m;
            case Op.UMADDL -> a + (n & W) * (m & W);
            case Op.UMSUBL -> a - (n & W) * (m & W);
            case Op.SMULH -> Math.multiplyHigh(n, m);
            default -> Math.unsignedMultiplyHigh(n, m);
        };
        c.setXOrZr(i & 31, i < 0 ? r : r & W);
        return Cpu.NEXT;
    }
}
