package nova.difftest.gen;

import java.math.BigDecimal;

/**
 * Scalar floating point (the "Floating-point data-processing" encodings of ARMv8.0): arithmetic,
 * fused multiply-add, min/max (NaN rules), square root, round to integral in every mode,
 * precision conversions including half, compares and conditional compares, conditional
 * select, FMOV in all forms, conversions to and from integers and fixed point. The initial
 * registers are rich in NaNs, infinities, denormals and halfway values and FPCR carries a
 * random rounding mode with FZ/DN/AHP.
 */
final class FpScalarGen {
    private FpScalarGen() {}

    /** Changes rounding mode, FZ, DN or AHP mid-case (decode caches must not bake FPCR in). */
    static void setFpcr(Gen g) {
        int r = g.dst();
        g.emit("mov x" + r + ", #0x" + Long.toHexString(InitialState.fpcr(g.r)));
        g.emit("msr fpcr, x" + r);
    }

    static void one(Gen g) {
        if (g.chance(4)) {
            setFpcr(g);
            return;
        }
        String p = g.r.nextBoolean() ? "d" : "s";
        String d = p + g.v(), n = p + g.v(), m = p + g.v(), a = p + g.v();
        switch (g.rnd(15)) {
            case 0, 1 -> g.emit(g.pick("fadd", "fsub", "fmul", "fdiv", "fnmul") + " " + d + ", " + n + ", " + m);
            case 2 -> g.emit(g.pick("fmax", "fmin", "fmaxnm", "fminnm") + " " + d + ", " + n + ", " + m);
            case 3 -> g.emit(g.pick("fmadd", "fmsub", "fnmadd", "fnmsub") + " " + d + ", " + n + ", " + m + ", " + a);
            case 4 -> g.emit(g.pick("fabs", "fneg", "fsqrt", "fmov") + " " + d + ", " + n);
            case 5 -> g.emit(g.pick("frintn", "frinta", "frintp", "frintm", "frintz", "frintx", "frinti") + " " + d + ", " + n);
            case 6 -> {
                String[] pr = g.pick(new String[] {"d", "s"}, new String[] {"s", "d"}, new String[] {"h", "s"},
                        new String[] {"h", "d"}, new String[] {"s", "h"}, new String[] {"d", "h"});
                g.emit("fcvt " + pr[0] + g.v() + ", " + pr[1] + g.v());
            }
            case 7 -> g.emit(g.pick("fcmp", "fcmpe") + " " + n + ", " + (g.chance(25) ? "#0.0" : m));
            case 8 -> g.emit(g.pick("fccmp", "fccmpe") + " " + n + ", " + m + ", #" + g.rnd(16) + ", " + g.cond());
            case 9 -> g.emit("fcsel " + d + ", " + n + ", " + m + ", " + g.cond());
            case 10 -> g.emit("fmov " + d + ", #" + fpImm(g));
            case 11 -> {
                int x = g.dst(), v = g.v();
                g.emit(switch (g.rnd(6)) {
                    case 0 -> "fmov x" + x + ", d" + v;
                    case 1 -> "fmov d" + v + ", " + Gen.xz(g.rnd(32));
                    case 2 -> "fmov w" + x + ", s" + v;
                    case 3 -> "fmov s" + v + ", " + Gen.wz(g.rnd(32));
                    case 4 -> "fmov x" + x + ", v" + v + ".d[1]";
                    default -> "fmov v" + v + ".d[1], " + Gen.xz(g.rnd(32));
                });
            }
            case 12 -> {
                boolean xr = g.r.nextBoolean();
                String op = "fcvt" + g.pick("n", "a", "p", "m", "z") + g.pick("s", "u");
                g.emit(op + " " + Gen.reg(xr, g.dst()) + ", " + n);
            }
            case 13 -> {
                boolean xr = g.r.nextBoolean();
                int fbits = g.between(1, xr ? 64 : 32);
                g.emit(g.pick("fcvtzs", "fcvtzu") + " " + Gen.reg(xr, g.dst()) + ", " + n + ", #" + fbits);
            }
            default -> {
                boolean xr = g.r.nextBoolean();
                String src = Gen.reg(xr, g.rnd(32));
                String op = g.pick("scvtf", "ucvtf");
                if (g.r.nextBoolean()) g.emit(op + " " + d + ", " + src);
                else g.emit(op + " " + d + ", " + src + ", #" + g.between(1, xr ? 64 : 32));
            }
        }
    }

    /** An FMOV-encodable immediate: +-(16+m)/16 * 2^e, e in -3..4, printed exactly. */
    static String fpImm(Gen g) {
        int mant = 16 + g.rnd(16);
        int e = g.between(-3, 4);
        BigDecimal v = BigDecimal.valueOf(mant).divide(BigDecimal.valueOf(16));
        v = e >= 0 ? v.multiply(BigDecimal.valueOf(1L << e)) : v.divide(BigDecimal.valueOf(1L << -e));
        if (g.r.nextBoolean()) v = v.negate();
        return v.toPlainString();
    }
}
