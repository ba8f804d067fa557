package nova.difftest.gen;

/**
 * Exclusives and acquire/release: LDXR/STXR (all sizes, pairs, acquire/release forms) as
 * well-formed pairs on the same aligned address and size, store-exclusive with the monitor open
 * (after CLREX or a previous store-exclusive: must fail with status 1 and leave memory alone),
 * LDAR/STLR, and barriers. Status registers never overlap data or address registers
 * (CONSTRAINED UNPREDICTABLE otherwise); exclusive pairs never load the same register twice.
 */
final class ExclusiveGen {
    private ExclusiveGen() {}

    static void one(Gen g) {
        switch (g.rnd(6)) {
            case 0, 1, 2 -> exclusivePair(g, false);
            case 3 -> exclusivePair(g, true);
            case 4 -> acquireRelease(g);
            default -> g.emit(g.pick("dmb ish", "dmb ishld", "dmb sy", "dsb ish", "dsb sy", "isb", "dmb oshst"));
        }
    }

    /** Sets a fresh register to base + an offset aligned to {@code align}; returns it. */
    static int address(Gen g, int align) {
        int a = g.dst();
        int off = (g.between(-2000, 1990) / align) * align;
        g.emit((off < 0 ? "sub x" : "add x") + a + ", x" + g.base + ", #" + Math.abs(off));
        return a;
    }

    static void exclusivePair(Gen g, boolean monitorOpen) {
        int kind = g.rnd(6); // 0..3 single b,h,w,x; 4,5 pair w,x
        boolean pair = kind >= 4;
        int size = pair ? (kind == 4 ? 4 : 8) : 1 << kind;
        boolean x = size == 8;
        String suffix = pair ? "p" : kind == 0 ? "rb" : kind == 1 ? "rh" : "r";
        String ldName = (g.r.nextBoolean() ? "ldax" : "ldx") + suffix;
        String stName = (g.r.nextBoolean() ? "stlx" : "stx") + suffix;
        int a = address(g, pair ? 2 * size : size);
        if (monitorOpen) {
            g.emit(g.r.nextBoolean() ? "clrex" : "clrex #" + g.rnd(16));
        } else {
            int t1 = g.dstExcept(a);
            if (pair) {
                int t2 = g.dstExcept(a, t1);
                g.emit(ldName + " " + Gen.reg(x, t1) + ", " + Gen.reg(x, t2) + ", [x" + a + "]");
            } else {
                g.emit(ldName + " " + Gen.reg(x, t1) + ", [x" + a + "]");
            }
            for (int i = g.rnd(3); i > 0; i--) {
                int d = g.dstExcept(a);
                g.emit(g.pick("add", "sub") + " x" + d + ", x" + g.src() + ", #" + g.rnd(4096));
            }
        }
        int d1 = g.rnd(32), d2 = g.rnd(32);
        int s = g.dstExcept(a, d1, d2);
        String data = pair ? Gen.reg(x, d1) + ", " + Gen.reg(x, d2) : Gen.reg(x, d1);
        g.emit(stName + " w" + s + ", " + data + ", [x" + a + "]");
        if (g.chance(30)) { // a second store-exclusive: the first one opened the monitor
            int s2 = g.dstExcept(a, d1, d2);
            g.emit(stName + " w" + s2 + ", " + data + ", [x" + a + "]");
        }
    }

    static void acquireRelease(Gen g) {
        int kind = g.rnd(4);
        int size = 1 << kind;
        boolean x = size == 8;
        String sfx = kind == 0 ? "b" : kind == 1 ? "h" : "";
        int a = address(g, size);
        if (g.r.nextBoolean()) {
            g.emit("ldar" + sfx + " " + Gen.reg(x, g.dstExcept(a)) + ", [x" + a + "]");
        } else {
            g.emit("stlr" + sfx + " " + Gen.reg(x, g.rnd(32)) + ", [x" + a + "]");
        }
    }
}
