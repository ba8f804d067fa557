package nova.difftest.gen;

/**
 * Integer data processing: add/sub (immediate, shifted, extended, with carry), logical
 * (shifted, bitmask immediate), move wide, bitfield and extract, variable shifts, conditional
 * select and compare, multiply and divide, bit counting and reversal, CRC32/CRC32C.
 */
final class IntegerGen {
    private IntegerGen() {}

    static final String[] SHIFTS = {"lsl", "lsr", "asr"};
    static final String[] EXTENDS = {"uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"};

    static void one(Gen g) {
        boolean sf = g.r.nextBoolean();
        int bits = sf ? 64 : 32;
        String d = Gen.reg(sf, g.dst());
        String n = g.srcZ(sf), m = g.srcZ(sf);
        switch (g.rnd(18)) {
            case 0 -> { // add/sub immediate; reg 31 is SP there, so stay within 0..30
                String op = g.pick("add", "adds", "sub", "subs");
                String rn = Gen.reg(sf, g.src());
                String rd = op.endsWith("s") ? Gen.reg(sf, g.chance(10) ? 31 : g.dst()) : d;
                g.emit(op + " " + rd + ", " + rn + ", #" + g.rnd(4096) + (g.chance(30) ? ", lsl #12" : ""));
            }
            case 1 -> {
                String op = g.pick("add", "adds", "sub", "subs", "neg", "negs");
                String sh = g.pick(SHIFTS) + " #" + g.rnd(bits);
                if (op.startsWith("neg")) g.emit(op + " " + d + ", " + m + ", " + sh);
                else g.emit(op + " " + d + ", " + n + ", " + m + ", " + sh);
            }
            case 2 -> { // extended register: Rd/Rn are SP-capable, so 0..30 only
                String op = g.pick("add", "adds", "sub", "subs");
                String ext = g.pick(EXTENDS);
                boolean xm = sf && ext.endsWith("x");
                String rm = Gen.reg(xm, g.rnd(32));
                g.emit(op + " " + d + ", " + Gen.reg(sf, g.src()) + ", " + rm + ", " + ext + " #" + g.rnd(5));
            }
            case 3 -> {
                String op = g.pick("adc", "adcs", "sbc", "sbcs", "ngc", "ngcs");
                if (op.startsWith("ngc")) g.emit(op + " " + d + ", " + m);
                else g.emit(op + " " + d + ", " + n + ", " + m);
            }
            case 4 -> {
                String op = g.pick("and", "ands", "orr", "eor", "bic", "bics", "orn", "eon");
                String sh = g.pick("lsl", "lsr", "asr", "ror") + " #" + g.rnd(bits);
                g.emit(op + " " + d + ", " + n + ", " + m + ", " + sh);
            }
            case 5 -> { // bitmask immediate; "ands" may target xzr (tst)
                String op = g.pick("and", "orr", "eor", "ands");
                String rd = op.equals("ands") && g.chance(20) ? Gen.reg(sf, 31) : d;
                g.emit(op + " " + rd + ", " + Gen.reg(sf, g.src()) + ", #0x" + Long.toHexString(bitmask(g, bits)));
            }
            case 6 -> {
                String op = g.pick("movz", "movn", "movk");
                int hw = g.rnd(sf ? 4 : 2);
                g.emit(op + " " + d + ", #" + g.rnd(65536) + ", lsl #" + 16 * hw);
            }
            case 7 -> {
                String op = g.pick("sbfm", "ubfm", "bfm");
                g.emit(op + " " + d + ", " + n + ", #" + g.rnd(bits) + ", #" + g.rnd(bits));
            }
            case 8 -> g.emit("extr " + d + ", " + n + ", " + m + ", #" + g.rnd(bits));
            case 9 -> g.emit(g.pick("lslv", "lsrv", "asrv", "rorv") + " " + d + ", " + n + ", " + m);
            case 10 -> g.emit(g.pick("csel", "csinc", "csinv", "csneg") + " " + d + ", " + n + ", " + m + ", " + g.cond());
            case 11 -> {
                String op = g.pick("ccmp", "ccmn");
                String b = g.chance(50) ? "#" + g.rnd(32) : m;
                g.emit(op + " " + n + ", " + b + ", #" + g.rnd(16) + ", " + g.cond());
            }
            case 12 -> {
                switch (g.rnd(3)) {
                    case 0 -> g.emit(g.pick("madd", "msub") + " " + d + ", " + n + ", " + m + ", " + g.srcZ(sf));
                    case 1 -> g.emit(g.pick("smaddl", "umaddl", "smsubl", "umsubl") + " " + Gen.xz(g.dst()) + ", "
                            + Gen.wz(g.rnd(32)) + ", " + Gen.wz(g.rnd(32)) + ", " + Gen.xz(g.rnd(32)));
                    default -> g.emit(g.pick("smulh", "umulh") + " " + Gen.xz(g.dst()) + ", " + Gen.xz(g.rnd(32))
                            + ", " + Gen.xz(g.rnd(32)));
                }
            }
            case 13 -> g.emit(g.pick("sdiv", "udiv") + " " + d + ", " + n + ", " + m);
            case 14 -> {
                String op = sf ? g.pick("clz", "cls", "rbit", "rev", "rev16", "rev32")
                               : g.pick("clz", "cls", "rbit", "rev", "rev16");
                g.emit(op + " " + d + ", " + n);
            }
            case 15 -> {
                String sz = g.pick("b", "h", "w", "x");
                String op = (g.r.nextBoolean() ? "crc32c" : "crc32") + sz;
                String rm = sz.equals("x") ? Gen.xz(g.rnd(32)) : Gen.wz(g.rnd(32));
                g.emit(op + " " + Gen.wz(g.dst()) + ", " + Gen.wz(g.rnd(32)) + ", " + rm);
            }
            case 16 -> { // PC-relative addresses and NZCV through MRS/MSR
                switch (g.rnd(4)) {
                    case 0 -> g.emit("adr x" + g.dst() + ", . " + (g.r.nextBoolean() ? "+ " : "- ") + 4 * g.rnd(1000));
                    case 1 -> g.emit("adrp x" + g.dst() + ", . " + (g.r.nextBoolean() ? "+ " : "- ") + 4096 * g.rnd(1000));
                    case 2 -> g.emit("mrs x" + g.dst() + ", nzcv");
                    default -> g.emit("msr nzcv, " + Gen.xz(g.rnd(32)));
                }
            }
            default -> { // flag setters and their consumers, so conditions see varied NZCV
                String op = g.pick("cmp", "cmn", "tst");
                g.emit(op + " " + n + ", " + m);
                g.emit(g.pick("cset", "csetm") + " " + d + ", " + g.cond().replace("al", "eq").replace("nv", "ne"));
            }
        }
    }

    /** A valid logical (bitmask) immediate of the given register width. */
    static long bitmask(Gen g, int bits) {
        int esize = g.pickInt(bits == 64 ? new int[] {2, 4, 8, 16, 32, 64} : new int[] {2, 4, 8, 16, 32});
        int ones = g.between(1, esize - 1);
        int rot = g.rnd(esize);
        long elem = (1L << ones) - 1;
        long mask = esize == 64 ? -1L : (1L << esize) - 1;
        if (rot != 0) elem = ((elem >>> rot) | (elem << (esize - rot))) & mask;
        long v = 0;
        for (int i = 0; i < bits; i += esize) v |= elem << i;
        return bits == 32 ? v & 0xffffffffL : v;
    }
}
