package nova.hw.aarch64;

/** Integer arithmetic shared by the data-processing executors: AddWithCarry and NZCV. */
final class Alu {
    private Alu() {}

    /** 64-bit AddWithCarry; sets NZCV when {@code flags}. */
    static long add64(Cpu c, long a, long b, long carryIn, boolean flags) {
        long r = a + b + carryIn;
        if (flags) {
            long carry = ((a & b) | ((a | b) & ~r)) >>> 63;
            long overflow = ((a ^ r) & (b ^ r)) >>> 63;
            c.setFlags((int) (r >>> 63) << 31 | (r == 0 ? 1 << 30 : 0) | (int) carry << 29 | (int) overflow << 28);
        }
        return r;
    }

    /** 32-bit AddWithCarry; the result is zero-extended; sets NZCV when {@code flags}. */
    static long add32(Cpu c, long a, long b, long carryIn, boolean flags) {
        long sum = (a & 0xFFFF_FFFFL) + (b & 0xFFFF_FFFFL) + carryIn;
        int r = (int) sum;
        if (flags) {
            int overflow = (((int) a ^ r) & ((int) b ^ r)) >>> 31;
            c.setFlags((r >>> 31) << 31 | (r == 0 ? 1 << 30 : 0) | (int) (sum >>> 32) << 29 | overflow << 28);
        }
        return r & 0xFFFF_FFFFL;
    }

    /** Sets N and Z from a logical result, clears C and V (ANDS, BICS, TST). */
    static void logicFlags(Cpu c, long r, boolean sf) {
        if (sf) {
            c.setFlags((int) (r >>> 63) << 31 | (r == 0 ? 1 << 30 : 0));
        } else {
            int w = (int) r;
            c.setFlags((w >>> 31) << 31 | (w == 0 ? 1 << 30 : 0));
        }
    }

    /** Carry flag as 0 or 1. */
    static long carry(Cpu c) {
        return (c.flags() >>> 29) & 1;
    }

    /** ShiftReg: LSL, LSR, ASR, ROR by {@code amount} (already below the data size). */
    static long shift(long v, int type, int amount, boolean sf) {
        if (sf) {
            return switch (type) {
                case 0 -> v << amount;
                case 1 -> v >>> amount;
                case 2 -> v >> amount;
                default -> Long.rotateRight(v, amount);
            };
        }
        int w = (int) v;
        int r = switch (type) {
            case 0 -> w << amount;
            case 1 -> w >>> amount;
            case 2 -> w >> amount;
            default -> Integer.rotateRight(w, amount);
        };
        return r & 0xFFFF_FFFFL;
    }

    /** ExtendReg: UXTB..SXTX of {@code v}, then shifted left by 0..4. */
    static long extend(long v, int option, int shift) {
        long e = switch (option) {
            case 0 -> v & 0xFF;
            case 1 -> v & 0xFFFF;
            case 2 -> v & 0xFFFF_FFFFL;
            case 3 -> v;
            case 4 -> (byte) v;
            case 5 -> (short) v;
            case 6 -> (int) v;
            default -> v;
        };
        return e << shift;
    }
}
