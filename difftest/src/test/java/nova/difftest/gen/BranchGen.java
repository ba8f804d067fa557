package nova.difftest.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * Forward branches within the case: B.cond, CBZ/CBNZ, TBZ/TBNZ, B, BL, and BR/BLR/RET to an ADR'd
 * label, interleaved with flag setters and register writes that record which path ran. Every
 * target is a numeric local label defined later in the same case, so control always reaches
 * the case's end.
 */
final class BranchGen {
    private BranchGen() {}

    /** Writes a whole case (branches need the case-wide view of pending labels). */
    static void whole(Gen g, int steps) {
        List<Integer> pending = new ArrayList<>();
        int next = 40;
        for (int i = 0; i < steps; i++) {
            int k = g.rnd(10);
            if (k < 2 && !pending.isEmpty()) {
                g.emit(pending.removeFirst() + ":");
            } else if (k < 6 && next < 80) {
                int label = next++;
                pending.add(label);
                branch(g, label + "f");
            } else {
                filler(g);
            }
        }
        for (int label : pending) {
            g.emit(label + ":");
            if (g.chance(50)) filler(g);
        }
    }

    static void branch(Gen g, String target) {
        boolean sf = g.r.nextBoolean();
        switch (g.rnd(9)) {
            case 0, 1 -> g.emit("b." + g.cond() + " " + target);
            case 2 -> g.emit(g.pick("cbz ", "cbnz ") + Gen.reg(sf, g.src()) + ", " + target);
            case 3 -> g.emit(g.pick("tbz ", "tbnz ") + Gen.reg(sf, g.src()) + ", #" + g.rnd(sf ? 64 : 32) + ", " + target);
            case 4 -> g.emit("b " + target);
            case 5 -> g.emit("bl " + target);
            default -> {
                int r = g.dst();
                g.emit("adr x" + r + ", " + target);
                String op = g.pick("br", "blr", "ret");
                g.emit(op + " x" + r);
            }
        }
    }

    static void filler(Gen g) {
        int d = g.dst();
        switch (g.rnd(5)) {
            case 0 -> g.emit(g.pick("adds", "subs") + " x" + d + ", x" + g.src() + ", #" + g.rnd(4096));
            case 1 -> g.emit("ccmp x" + g.src() + ", x" + g.src() + ", #" + g.rnd(16) + ", " + g.cond());
            case 2 -> g.emit("add x" + d + ", x" + d + ", #" + g.between(1, 4095));
            case 3 -> g.emit(g.pick("tst", "cmp", "cmn") + " w" + g.src() + ", w" + g.src());
            default -> g.emit("csinc x" + d + ", x" + g.src() + ", x" + g.src() + ", " + g.cond());
        }
    }
}
