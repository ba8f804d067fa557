package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A superblock goes on along the side of a conditional branch the interpreter mostly saw taken
 * (JitPage.takenBias), and leaves by the other side: translated against the interpreter in lock
 * step, while that other side is taken now and then (the rare matches below) and as the loop
 * ends; and the block really is laid out along the taken path.
 */
class JitTakenPathTest {
    // loop: ldr x2, [x1], #8; cmp x2, x5; b.ne skip; add x3, x3, #1
    // skip: subs x4, x4, #1; b.ne loop; brk #0
    private static final int[] PROGRAM = {
        0xF840_8422, 0xEB05_005F, 0x5400_0041, 0x9100_0463, 0xF100_0484, 0x54FF_FF61, Machine.BRK0};
    private static final int WORDS = 2000;

    private static Machine machine() {
        Machine m = new Machine(PROGRAM);
        for (int k = 0; k < WORDS; k++) {
            m.put64(Machine.DATA + 8L * k, k % 10 == 3 ? 42 : 1000 + k); // one word in ten matches
        }
        return m.x(1, Machine.DATA).x(4, WORDS).x(5, 42);
    }

    @Test
    void mostlyTakenBranch_isFollowedAndTheRareSideStillExact() {
        for (long seed = 0; seed < 10; seed++) {
            Machine interp = machine();
            Machine jit = machine();
            JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, 32, seed, "seed " + seed);
            assertEquals(new Exit.Brk(0, Machine.CODE + 24), o.exit());
            assertEquals(WORDS / 10, jit.x(3), "matches counted");
            // The block at the loop head: ldr, cmp, b.ne, then subs and b.ne at skip (slot 3 skipped).
            assertArrayEquals(new int[] {0, 1, 2, 4, 5}, o.runner().translatedSlots(Machine.CODE), "seed " + seed);
        }
    }
}
