package nova.difftest.gen;

/**
 * SIMD&FP loads and stores: LDR/STR of B/H/S/D/Q in every addressing form, LDP/STP/LDNP/STNP of
 * S/D/Q, literal loads, LD1-LD4/ST1-ST4 multiple structures, LD1R-LD4R, single-lane LD1-LD4/
 * ST1-ST4, each with and without post-index (immediate and register). All accesses stay in the
 * data buffer; the base register's offset is tracked through writeback.
 */
final class SimdLoadStoreGen {
    private SimdLoadStoreGen() {}

    static final String[] SCALAR = {"b", "h", "s", "d", "q"};

    static void one(Gen g) {
        switch (g.rnd(8)) {
            case 0, 1 -> single(g);
            case 2 -> pair(g);
            case 3 -> literal(g);
            case 4, 5 -> multiple(g);
            case 6 -> replicate(g);
            default -> lane(g);
        }
    }

    static String base(Gen g) {
        return "[x" + g.base;
    }

    static void single(Gen g) {
        int k = g.rnd(5);
        int size = 1 << k;
        String t = SCALAR[k] + g.v();
        String op = g.pick("ldr", "str");
        switch (g.rnd(5)) {
            case 0 -> {
                int maxK = (2048 - size - g.baseOff) / size;
                g.emit(op + " " + t + ", " + base(g) + ", #" + size * g.rnd(Math.min(maxK, 4095) + 1) + "]");
            }
            case 1 -> g.emit(op.replace("r", "ur") + " " + t + ", " + base(g) + ", #" + g.between(-256, 255) + "]");
            case 2, 3 -> {
                int imm = LoadStoreGen.writebackImm(g, 0);
                if (g.r.nextBoolean()) g.emit(op + " " + t + ", " + base(g) + ", #" + imm + "]!");
                else g.emit(op + " " + t + ", " + base(g) + "], #" + imm);
                g.baseOff += imm;
            }
            default -> {
                int idx = g.dstExcept();
                int target = g.between(-2000, 2000);
                boolean shifted = g.r.nextBoolean();
                int k2 = (target - g.baseOff) / (shifted ? size : 1);
                g.emit("mov x" + idx + ", #" + k2);
                String amount = shifted ? ", lsl #" + k : "";
                if (k == 0 && shifted) amount = ", lsl #0";
                g.emit(op + " " + t + ", " + base(g) + ", x" + idx + amount + "]");
            }
        }
    }

    static void pair(Gen g) {
        int k = 2 + g.rnd(3);
        int size = 1 << k;
        String p = SCALAR[k];
        String op = g.pick("ldp", "stp", "ldnp", "stnp");
        int t1 = g.v(), t2 = g.v();
        if (op.startsWith("ld")) while (t2 == t1) t2 = g.v();
        String regs = p + t1 + ", " + p + t2;
        boolean wb = !op.endsWith("np") && g.r.nextBoolean();
        int imm;
        do { imm = g.between(-64, 63) * size; } while (Math.abs(g.baseOff + imm) > (wb ? 1536 : 2048 - 2 * size));
        if (!wb) g.emit(op + " " + regs + ", " + base(g) + ", #" + imm + "]");
        else {
            if (g.r.nextBoolean()) g.emit(op + " " + regs + ", " + base(g) + ", #" + imm + "]!");
            else g.emit(op + " " + regs + ", " + base(g) + "], #" + imm);
            g.baseOff += imm;
        }
    }

    static void literal(Gen g) {
        String lit = "" + g.between(20, 29), end = "" + g.between(30, 39);
        g.emit("ldr " + g.pick("s", "d", "q") + g.v() + ", " + lit + "f");
        g.emit("b " + end + "f");
        g.emit(".balign 16");
        g.emit(lit + ": .quad 0x" + Long.toHexString(InitialState.doubleValue(g.r)) + ", 0x" + Long.toHexString(g.r.nextLong()));
        g.emit(end + ":");
    }

    static String list(int first, int count, String arr) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < count; i++) sb.append(i > 0 ? ", " : "").append("v").append((first + i) % 32).append('.').append(arr);
        return sb.append('}').toString();
    }

    /** Post-index suffix: immediate (must equal the transfer size) or a register set just before. */
    static String postIndex(Gen g, int bytes) {
        if (g.baseOff > 1400 || g.chance(35)) {
            int idx = g.dstExcept();
            int step = g.between(-300, 300);
            if (g.baseOff + step > 1400) step = -g.between(64, 400);
            if (g.baseOff + step < -1400) step = g.between(64, 400);
            g.emit("mov x" + idx + ", #" + step);
            g.baseOff += step;
            return ", x" + idx;
        }
        g.baseOff += bytes;
        return ", #" + bytes;
    }

    static void multiple(Gen g) {
        int n = g.between(1, 4);
        String[] arrs = n == 1 ? new String[] {"8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"}
                               : new String[] {"8b", "16b", "4h", "8h", "2s", "4s", "2d"};
        int st = g.r.nextBoolean() ? 1 : n; // LD1 with n registers or LDn
        String arr = g.pick(arrs);
        int regBytes = arr.equals("8b") || arr.equals("4h") || arr.equals("2s") || arr.equals("1d") ? 8 : 16;
        int bytes = regBytes * n;
        String op = (g.r.nextBoolean() ? "ld" : "st") + st;
        String insn = op + " " + list(g.v(), n, arr) + ", " + base(g) + "]";
        if (g.r.nextBoolean()) insn += postIndex(g, bytes);
        g.emit(insn);
    }

    static void replicate(Gen g) {
        int n = g.between(1, 4);
        String arr = g.pick("8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d");
        int esize = SimdIntGen.esize(arr) / 8;
        String insn = "ld" + n + "r " + list(g.v(), n, arr) + ", " + base(g) + "]";
        if (g.r.nextBoolean()) insn += postIndex(g, esize * n);
        g.emit(insn);
    }

    static void lane(Gen g) {
        int n = g.between(1, 4);
        int k = g.rnd(4);
        String e = SimdIntGen.ELEM[k];
        int esize = 1 << k;
        String op = (g.r.nextBoolean() ? "ld" : "st") + n;
        String insn = op + " " + list(g.v(), n, e) + "[" + g.rnd(16 >> k) + "], " + base(g) + "]";
        if (g.r.nextBoolean()) insn += postIndex(g, esize * n);
        g.emit(insn);
    }
}
