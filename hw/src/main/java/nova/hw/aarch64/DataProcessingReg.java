package nova.hw.aarch64;

/**
 * Data processing -- register: logical and add/sub (shifted, extended), with carry, conditional
 * compare and select, one- and two-source, three-source multiply.
 */
final class DataProcessingReg {
    private DataProcessingReg() {}

    private static final long W = 0xFFFF_FFFFL;

    static int execute(Cpu c, int op, int i) {
        if (op >= Op.UDIV) {
            return op >= Op.MADD ? multiply(c, op, i) : oneTwoSource(c, op, i);
        }
        int rd = i & 31;
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        boolean sf = i < 0;
        switch (op) {
            case Op.LOG_SR, Op.LOG_SR + 1, Op.LOG_SR + 2, Op.LOG_SR + 3,
                 Op.LOG_SR + 4, Op.LOG_SR + 5, Op.LOG_SR + 6, Op.LOG_SR + 7 -> {
                long b = Alu.shift(c.xOrZr(rm), (i >>> 22) & 3, (i >>> 10) & 0x3F, sf);
                if ((op & 1) != 0) {
                    b = ~b;
                }
                long a = c.xOrZr(rn);
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
                c.setXOrZr(rd, r);
            }
            case Op.ADDSUB_SR, Op.ADDSUB_SR + 1, Op.ADDSUB_SR + 2, Op.ADDSUB_SR + 3 -> {
                long b = Alu.shift(c.xOrZr(rm), (i >>> 22) & 3, (i >>> 10) & 0x3F, sf);
                c.setXOrZr(rd, addSub(c, op - Op.ADDSUB_SR, c.xOrZr(rn), b, sf));
            }
            case Op.ADDSUB_ER, Op.ADDSUB_ER + 1, Op.ADDSUB_ER + 2, Op.ADDSUB_ER + 3 -> {
                long b = Alu.extend(c.xOrZr(rm), (i >>> 13) & 7, (i >>> 10) & 7);
                long r = addSub(c, op - Op.ADDSUB_ER, c.xOrSp(rn), b, sf);
                if ((op & 1) != 0) {
                    c.setXOrZr(rd, r);
                } else {
                    c.x[rd] = r; // ADD/SUB (extended register) write SP for Rd = 31
                }
            }
            case Op.ADC, Op.ADC + 1, Op.ADC + 2, Op.ADC + 3 -> {
                boolean sub = op >= Op.ADC + 2;
                boolean flags = (op & 1) != 0;
                long b = c.xOrZr(rm);
                if (sub) {
                    b = ~b;
                }
                long a = c.xOrZr(rn);
                long cin = Alu.carry(c);
                c.setXOrZr(rd, sf ? Alu.add64(c, a, b, cin, flags) : Alu.add32(c, a, b, cin, flags));
            }
            case Op.CCMN_R, Op.CCMP_R, Op.CCMN_I, Op.CCMP_I -> {
                if (c.conditionHolds((i >>> 12) & 0xF)) {
                    long b = op >= Op.CCMN_I ? rm : c.xOrZr(rm);
                    boolean sub = (op & 1) != 0;
                    if (sub) {
                        b = ~b;
                    }
                    long a = c.xOrZr(rn);
                    long cin = sub ? 1 : 0;
                    if (sf) {
                        Alu.add64(c, a, b, cin, true);
                    } else {
                        Alu.add32(c, a, b, cin, true);
                    }
                } else {
                    c.nzcv = (i & 0xF) << 28;
                }
            }
            case Op.CSEL, Op.CSEL + 1, Op.CSEL + 2, Op.CSEL + 3 -> {
                long r;
                if (c.conditionHolds((i >>> 12) & 0xF)) {
                    r = c.xOrZr(rn);
                } else {
                    long m = c.xOrZr(rm);
                    r = switch (op - Op.CSEL) {
                        case 0 -> m;
                        case 1 -> m + 1;
                        case 2 -> ~m;
                        default -> -m;
                    };
                }
                c.setXOrZr(rd, sf ? r : r & W);
            }
            default -> {
                return Cpu.UNDEF;
            }
        }
        return Cpu.NEXT;
    }

    /** ADD, ADDS, SUB, SUBS by sub-op 0..3 (op<1>:S). */
    private static long addSub(Cpu c, int sub, long a, long b, boolean sf) {
        boolean minus = sub >= 2;
        boolean flags = (sub & 1) != 0;
        long bb = minus ? ~b : b;
        long cin = minus ? 1 : 0;
        return sf ? Alu.add64(c, a, bb, cin, flags) : Alu.add32(c, a, bb, cin, flags);
    }

    private static int oneTwoSource(Cpu c, int op, int i) {
        int rd = i & 31;
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        boolean sf = i < 0;
        long a = c.xOrZr(rn);
        long r;
        switch (op) {
            case Op.UDIV -> {
                long b = c.xOrZr(rm);
                if (sf) {
                    r = b == 0 ? 0 : Long.divideUnsigned(a, b);
                } else {
                    r = (b & W) == 0 ? 0 : (a & W) / (b & W);
                }
            }
            case Op.SDIV -> {
                long b = c.xOrZr(rm);
                if (sf) {
                    // Long.MIN_VALUE / -1 overflows to MIN_VALUE in Java, as the architecture wants.
                    r = b == 0 ? 0 : a / b;
                } else {
                    int wb = (int) b;
                    r = wb == 0 ? 0 : ((int) a / wb) & W;
                }
            }
            case Op.LSLV, Op.LSRV, Op.ASRV, Op.RORV -> {
                int amount = (int) c.xOrZr(rm) & (sf ? 63 : 31);
                r = Alu.shift(a, op - Op.LSLV, amount, sf);
            }
            case Op.CRC32 -> {
                int sz = (i >>> 10) & 3;
                boolean castagnoli = (i & (1 << 12)) != 0;
                r = Crc32.update((int) a, c.xOrZr(rm), 1 << sz, castagnoli) & W;
            }
            case Op.RBIT -> r = sf ? Long.reverse(a) : Integer.reverse((int) a) & W;
            case Op.REV16 -> {
                long lo = (a & 0x00FF_00FF_00FF_00FFL) << 8;
                long hi = (a >>> 8) & 0x00FF_00FF_00FF_00FFL;
                r = lo | hi;
                if (!sf) {
                    r &= W;
                }
            }
            case Op.REV32 -> {
                long swapped = Long.reverseBytes(a);
                r = (swapped >>> 32) | (swapped << 32);
            }
            case Op.REV -> r = sf ? Long.reverseBytes(a) : Integer.reverseBytes((int) a) & W;
            case Op.CLZ -> r = sf ? Long.numberOfLeadingZeros(a) : Integer.numberOfLeadingZeros((int) a);
            case Op.CLS -> {
                // Leading bits equal to the sign bit: clz(x ^ (x >> 1)) counts the sign bit too.
                if (sf) {
                    r = Long.numberOfLeadingZeros(a ^ (a >> 1)) - 1;
                } else {
                    int w = (int) a;
                    r = Integer.numberOfLeadingZeros(w ^ (w >> 1)) - 1;
                }
            }
            default -> {
                return Cpu.UNDEF;
            }
        }
        c.setXOrZr(rd, r);
        return Cpu.NEXT;
    }

    private static int multiply(Cpu c, int op, int i) {
        int rd = i & 31;
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        int ra = (i >>> 10) & 31;
        boolean sf = i < 0;
        long n = c.xOrZr(rn);
        long m = c.xOrZr(rm);
        long a = c.xOrZr(ra);
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
        c.setXOrZr(rd, sf ? r : r & W);
        return Cpu.NEXT;
    }
}
