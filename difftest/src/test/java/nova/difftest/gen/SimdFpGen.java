package nova.difftest.gen;

/**
 * AdvSIMD floating point, vector and scalar: arithmetic, fused multiply-add, min/max incl.
 * the pairwise and across-lanes forms, compares (incl. against zero and absolute), reciprocal
 * and reciprocal-square-root estimates and steps, FRECPX, FMULX, round to integral, conversions
 * (integer, fixed point, FCVTL/FCVTN/FCVTXN), by-element forms and FMOV immediate.
 */
final class SimdFpGen {
    private SimdFpGen() {}

    static final String[] FA = {"2s", "4s", "2d"};

    static String v(int n, String arr) {
        return "v" + n + "." + arr;
    }

    static void one(Gen g) {
        if (g.chance(4)) {
            FpScalarGen.setFpcr(g);
            return;
        }
        String a = g.pick(FA);
        String d = v(g.v(), a), n = v(g.v(), a), m = v(g.v(), a);
        switch (g.rnd(14)) {
            case 0, 1 -> g.emit(g.pick("fadd", "fsub", "fmul", "fdiv", "fmla", "fmls", "fabd", "fmulx", "frecps", "frsqrts")
                    + " " + d + ", " + n + ", " + m);
            case 2 -> g.emit(g.pick("fmax", "fmin", "fmaxnm", "fminnm", "faddp", "fmaxp", "fminp", "fmaxnmp", "fminnmp")
                    + " " + d + ", " + n + ", " + m);
            case 3 -> g.emit(g.pick("fcmeq", "fcmge", "fcmgt", "facge", "facgt") + " " + d + ", " + n + ", " + m);
            case 4 -> g.emit(g.pick("fcmeq", "fcmge", "fcmgt", "fcmle", "fcmlt") + " " + d + ", " + n + ", #0.0");
            case 5 -> g.emit(g.pick("fabs", "fneg", "fsqrt", "frecpe", "frsqrte", "frintn", "frinta", "frintp", "frintm",
                    "frintz", "frintx", "frinti") + " " + d + ", " + n);
            case 6 -> g.emit(g.pick("fcvtzs", "fcvtzu", "fcvtns", "fcvtnu", "fcvtas", "fcvtau", "fcvtps", "fcvtpu", "fcvtms",
                    "fcvtmu", "scvtf", "ucvtf") + " " + d + ", " + n);
            case 7 -> {
                int e = a.equals("2d") ? 64 : 32;
                g.emit(g.pick("fcvtzs", "fcvtzu", "scvtf", "ucvtf") + " " + d + ", " + n + ", #" + g.between(1, e));
            }
            case 8 -> {
                String ia = g.pick("2s", "4s");
                if (g.r.nextBoolean()) g.emit(g.pick("urecpe", "ursqrte") + " " + v(g.v(), ia) + ", " + v(g.v(), ia));
                else g.emit(g.pick("fmaxv", "fminv", "fmaxnmv", "fminnmv") + " s" + g.v() + ", " + v(g.v(), "4s"));
            }
            case 9 -> {
                boolean two = g.r.nextBoolean();
                boolean dbl = g.r.nextBoolean(); // 2d<->2s/4s pairs, else 4s<->4h/8h
                String wide = dbl ? "2d" : "4s", narrow = dbl ? (two ? "4s" : "2s") : (two ? "8h" : "4h");
                switch (g.rnd(3)) {
                    case 0 -> g.emit((two ? "fcvtl2 " : "fcvtl ") + v(g.v(), wide) + ", " + v(g.v(), narrow));
                    case 1 -> g.emit((two ? "fcvtn2 " : "fcvtn ") + v(g.v(), narrow) + ", " + v(g.v(), wide));
                    default -> g.emit((two ? "fcvtxn2 " : "fcvtxn ") + v(g.v(), two ? "4s" : "2s") + ", " + v(g.v(), "2d"));
                }
            }
            case 10 -> {
                String el = a.equals("2d") ? "v" + g.v() + ".d[" + g.rnd(2) + "]" : "v" + g.v() + ".s[" + g.rnd(4) + "]";
                g.emit(g.pick("fmul", "fmla", "fmls", "fmulx") + " " + d + ", " + n + ", " + el);
            }
            case 11 -> g.emit("fmov " + d + ", #" + FpScalarGen.fpImm(g));
            default -> scalar(g);
        }
    }

    static void scalar(Gen g) {
        String p = g.pick("s", "d");
        String d = p + g.v(), n = p + g.v(), m = p + g.v();
        switch (g.rnd(8)) {
            case 0 -> g.emit(g.pick("fabd", "fmulx", "frecps", "frsqrts", "fcmeq", "fcmge", "fcmgt", "facge", "facgt") + " " + d + ", "
                    + n + ", " + m);
            case 1 -> g.emit(g.pick("frecpe", "frsqrte", "frecpx") + " " + d + ", " + n);
            case 2 -> g.emit(g.pick("fcmeq", "fcmge", "fcmgt", "fcmle", "fcmlt") + " " + d + ", " + n + ", #0.0");
            case 3 -> g.emit(g.pick("fcvtzs", "fcvtzu", "fcvtns", "fcvtnu", "fcvtas", "fcvtau", "fcvtps", "fcvtpu", "fcvtms",
                    "fcvtmu", "scvtf", "ucvtf") + " " + d + ", " + n);
            case 4 -> g.emit(g.pick("fcvtzs", "fcvtzu", "scvtf", "ucvtf") + " " + d + ", " + n + ", #" + g.between(1, p.equals("d") ? 64 : 32));
            case 5 -> g.emit(g.pick("faddp", "fmaxp", "fminp", "fmaxnmp", "fminnmp") + " " + d + ", v" + g.v() + (p.equals("d") ? ".2d" : ".2s"));
            case 6 -> {
                String el = p.equals("d") ? "v" + g.v() + ".d[" + g.rnd(2) + "]" : "v" + g.v() + ".s[" + g.rnd(4) + "]";
                g.emit(g.pick("fmul", "fmla", "fmls", "fmulx") + " " + d + ", " + n + ", " + el);
            }
            default -> g.emit("fcvtxn s" + g.v() + ", d" + g.v());
        }
    }
}
