package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Indirect exits (BLR, RET) found through the runner's block cache: a function called through a
 * register from two sites returns to each in turn; everything must match the interpreter in lock
 * step, over random budgets and translation thresholds. (Written for a trial of a one-entry
 * cache per indirect exit, which measured no gain and was not kept: any such cache must pass it.)
 */
class JitIndirectExitTest {
    // adr x5, f; mov x20, #200
    // loop: blr x5; add x1, x1, #1; blr x5; add x2, x2, #2; subs x20, x20, #1; b.ne loop; brk #0
    // f: add x3, x3, x1; ret
    private static final int[] PROGRAM = {
        0x1000_0125, 0xD280_1914, 0xD63F_00A0, 0x9100_0421, 0xD63F_00A0, 0x9100_0842, 0xF100_0694,
        0x54FF_FF61, Machine.BRK0, 0x8B01_0063, 0xD65F_03C0};

    @Test
    void callsFromTwoSites_returnToEachAsTheInterpreterDoes() {
        for (int threshold : new int[] {1, 8, 64}) {
            for (long seed = 0; seed < 5; seed++) {
                Machine interp = new Machine(PROGRAM);
                Machine jit = new Machine(PROGRAM);
                String what = "threshold " + threshold + ", seed " + seed;
                JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, threshold, seed, what);
                assertEquals(new Exit.Brk(0, Machine.CODE + 32), o.exit(), what);
                assertEquals(200, jit.x(1), what);
                assertEquals(400, jit.x(2), what);
                assertEquals(200 * 200, jit.x(3), what); // x1 = i - 1, then i, in iteration i
                assertTrue(o.runner().translatedBlocks() > 0, what);
            }
        }
    }
}
