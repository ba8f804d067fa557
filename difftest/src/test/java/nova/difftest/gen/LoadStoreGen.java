package nova.difftest.gen;

/**
 * Integer loads and stores in every addressing form: unsigned scaled offset, unscaled, pre- and
 * post-index, register offset with shift/extend, PC-relative literal, pairs (incl. LDPSW and
 * non-temporal), SP-based, and PRFM. Every access stays inside the data buffer; writeback
 * never names the transfer register as base (CONSTRAINED UNPREDICTABLE) and LDP never loads the
 * same register twice. Unaligned addresses are allowed where the architecture allows them.
 */
final class LoadStoreGen {
    private LoadStoreGen() {}

    /** Mnemonic, access size, whether it loads, register width of Rt (true = X). */
    record Op(String name, int size, boolean load, boolean x) {}

    static final Op[] SINGLE = {
        new Op("ldrb", 1, true, false), new Op("ldrsb", 1, true, false), new Op("ldrsb", 1, true, true),
        new Op("ldrh", 2, true, false), new Op("ldrsh", 2, true, false), new Op("ldrsh", 2, true, true),
        new Op("ldr", 4, true, false), new Op("ldrsw", 4, true, true), new Op("ldr", 8, true, true),
        new Op("strb", 1, false, false), new Op("strh", 2, false, false), new Op("str", 4, false, false),
        new Op("str", 8, false, true),
    };

    static String unscaled(String name) {
        return "ld" .equals(name.substring(0, 2)) ? "ldur" + name.substring(3) : "stur" + name.substring(3);
    }

    /** LDTR/STTR family: at EL0 the same as the normal access. */
    static String unprivileged(String name) {
        return name.substring(0, 2) + "tr" + name.substring(3);
    }

    static void one(Gen g) {
        Op op = g.pick(SINGLE);
        switch (g.rnd(9)) {
            case 0 -> { // unsigned scaled offset
                int maxK = (2048 - op.size - g.baseOff) / op.size;
                int k = g.rnd(Math.min(maxK, 4095) + 1);
                g.emit(op.name + " " + rt(g, op) + ", [x" + g.base + ", #" + k * op.size + "]");
            }
            case 1 -> g.emit((g.chance(25) ? unprivileged(op.name) : unscaled(op.name)) + " " + rt(g, op) + ", [x" + g.base
                    + ", #" + g.between(-256, 255) + "]");
            case 2, 3 -> { // pre/post index with writeback
                int imm = writebackImm(g, 0);
                String t = rtNotBase(g, op);
                if (g.r.nextBoolean()) g.emit(op.name + " " + t + ", [x" + g.base + ", #" + imm + "]!");
                else g.emit(op.name + " " + t + ", [x" + g.base + "], #" + imm);
                g.baseOff += imm;
            }
            case 4 -> { // register offset: index register set just before, so the address is known
                int idx = g.dstExcept();
                int shift = g.r.nextBoolean() ? Integer.numberOfTrailingZeros(op.size) : 0;
                String amount = shift == 0 && g.r.nextBoolean() ? "" : " #" + shift;
                int form = g.rnd(4);
                int target = form == 2 ? g.between(g.baseOff, 2040) : g.between(-2040, 2040);
                int k = (target - g.baseOff) / (1 << shift);
                String ext = switch (form) {
                    case 0 -> "x" + idx + (amount.isEmpty() ? "" : ", lsl" + amount);
                    case 1 -> "w" + idx + ", sxtw" + amount;
                    case 2 -> "w" + idx + ", uxtw" + amount;
                    default -> "x" + idx + ", sxtx" + amount;
                };
                g.emit("mov " + (form == 1 || form == 2 ? "w" : "x") + idx + ", #" + k);
                String t = op.load ? Gen.reg(op.x, g.dst()) : rt(g, op);
                g.emit(op.name + " " + t + ", [x" + g.base + ", " + ext + "]");
            }
            case 5 -> { // PC-relative literal
                String lit = "" + g.between(20, 29);
                String end = "" + g.between(30, 39);
                String name = g.pick("ldr x", "ldr w", "ldrsw x");
                g.emit(name + g.dst() + ", " + lit + "f");
                g.emit("b " + end + "f");
                g.emit(".balign 8");
                g.emit(lit + ": .quad 0x" + Long.toHexString(g.r.nextLong()));
                g.emit(end + ":");
            }
            case 6, 7 -> pair(g);
            default -> {
                if (g.chance(30)) {
                    g.emit("prfm " + g.pick("pldl1keep", "pldl2strm", "pstl1keep", "plil3keep") + ", [x" + g.base + ", #"
                            + 8 * g.rnd(64) + "]");
                } else {
                    spBased(g);
                }
            }
        }
    }

    /** Rt for an access without writeback: stores may store any register or zero. */
    static String rt(Gen g, Op op) {
        return Gen.reg(op.x, op.load ? g.dst() : g.rnd(32));
    }

    static String rtNotBase(Gen g, Op op) {
        if (op.load) return Gen.reg(op.x, g.dst());
        int n;
        do { n = g.rnd(32); } while (n == g.base);
        return Gen.reg(op.x, n);
    }

    /** A writeback amount in -256..255 that keeps the base within +-1536 of the middle. */
    static int writebackImm(Gen g, int scale) {
        while (true) {
            int imm = g.between(-256, 255);
            if (scale > 0) imm = (imm / scale) * scale;
            if (Math.abs(g.baseOff + imm) <= 1536) return imm;
        }
    }

    static void pair(Gen g) {
        String kind = g.pick("ldp x", "ldp w", "stp x", "stp w", "ldpsw x", "ldnp x", "stnp w");
        boolean load = kind.startsWith("ld");
        int size = kind.endsWith("x") && !kind.startsWith("ldpsw") ? 8 : 4;
        String name = kind.substring(0, kind.length() - 2);
        String r = kind.substring(kind.length() - 1);
        int t1, t2;
        boolean wb = !name.endsWith("np") && g.chance(50);
        if (load) {
            t1 = g.dst();
            t2 = g.dstExcept(t1);
        } else {
            do { t1 = g.rnd(32); t2 = g.rnd(32); } while (wb && (t1 == g.base || t2 == g.base));
        }
        String regs = (r.equals("x") ? Gen.xz(t1) + ", " + Gen.xz(t2) : Gen.wz(t1) + ", " + Gen.wz(t2));
        if (!wb) {
            int k = g.between(-64, 63);
            if (Math.abs(g.baseOff + k * size) > 1900) k = 0;
            g.emit(name + " " + regs + ", [x" + g.base + ", #" + k * size + "]");
        } else {
            int imm;
            do { imm = g.between(-64, 63) * size; } while (Math.abs(g.baseOff + imm) > 1536);
            if (g.r.nextBoolean()) g.emit(name + " " + regs + ", [x" + g.base + ", #" + imm + "]!");
            else g.emit(name + " " + regs + ", [x" + g.base + "], #" + imm);
            g.baseOff += imm;
        }
    }

    /** SP as base: SP stays 16-byte aligned (the alignment check is on at EL0 under Linux). */
    static void spBased(Gen g) {
        switch (g.rnd(4)) {
            case 0 -> g.emit("ldr x" + g.dst() + ", [sp, #" + 8 * g.rnd(200) + "]");
            case 1 -> g.emit("str " + Gen.wz(g.rnd(32)) + ", [sp, #" + 4 * g.rnd(300) + "]");
            case 2 -> {
                if (g.spOff < -1024) { spPop(g); return; }
                g.emit("stp " + Gen.xz(g.rnd(32)) + ", " + Gen.xz(g.rnd(32)) + ", [sp, #-16]!");
                g.spOff -= 16;
            }
            default -> spPop(g);
        }
    }

    static void spPop(Gen g) {
        int a = g.dst(), b = g.dstExcept(a);
        g.emit("ldp x" + a + ", x" + b + ", [sp], #16");
        g.spOff += 16;
    }
}
