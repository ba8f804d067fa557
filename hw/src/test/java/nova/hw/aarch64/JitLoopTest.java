package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Blocks that loop back to their own start run the loop inside the translated method: exits,
 * faults and budget stops in any iteration must commit exactly the interpreter's state
 * (including what an earlier iteration wrote late in the body), and an executor call inside the
 * loop must not leave a stale copy of what it wrote for the next iteration. Each case runs in
 * lock step with the interpreter over random budgets (so runs also stop in the middle of the
 * loop). Written for a trial that kept registers in locals across iterations (no measurable gain,
 * not kept); a register cache across iterations must pass it.
 */
class JitLoopTest {
    private static final long END = Machine.DATA + Machine.DATA_SIZE; // unmapped beyond

    @Test
    void faultInALaterIteration_commitsWhatEarlierIterationsWrote() {
        for (long seed = 0; seed < 20; seed++) {
            // a: ldr x2, [x1], #8; add x3, x3, #1; mov x4, x2; b a
            Machine interp = new Machine(0xF840_8422, 0x9100_0463, 0xAA02_03E4, 0x17FF_FFFD);
            Machine jit = new Machine(0xF840_8422, 0x9100_0463, 0xAA02_03E4, 0x17FF_FFFD);
            for (Machine m : new Machine[] {interp, jit}) {
                for (long a = END - 64; a < END; a += 8) {
                    m.put64(a, 0x1111_0000_0000_0000L | a);
                }
                m.x(1, END - 64);
            }
            JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, 1, seed, "fault loop, seed " + seed);
            assertTrue(o.exit() instanceof Exit.MemoryFault, o.exit().toString());
            assertEquals(8, jit.x(3), "iterations before the fault");
            assertEquals(0x1111_0000_0000_0000L | (END - 8), jit.x(4), "written late in the last full iteration");
            assertTrue(o.runner().translatedBlocks() > 0);
        }
    }

    @Test
    void executorCallsInsideALoop_leaveNoStaleRegister() {
        for (long seed = 0; seed < 20; seed++) {
            // b: add x9, x9, x8; ldr x2, [x1], #8; crc32x w8, w8, x2; udiv x6, x2, x7;
            //    add x4, x6, x3; cbnz x2, b; brk #0
            int[] program = {0x8B08_0129, 0xF840_8422, 0x9AC2_4D08, 0x9AC7_0846, 0x8B03_00C4, 0xB5FF_FF62, Machine.BRK0};
            Machine interp = new Machine(program);
            Machine jit = new Machine(program);
            for (Machine m : new Machine[] {interp, jit}) {
                for (int k = 0; k < 300; k++) {
                    m.put64(Machine.DATA + 8L * k, 0x0123_4567_89AB_CDEFL * (k + 1));
                }
                m.put64(Machine.DATA + 8L * 300, 0); // ends the loop
                m.x(1, Machine.DATA).x(7, 3).x(8, 0xFFFF_FFFFL);
            }
            JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, 1, seed, "call loop, seed " + seed);
            assertEquals(new Exit.Brk(0, Machine.CODE + 4 * (program.length - 1)), o.exit());
            assertTrue(o.runner().translatedBlocks() > 0);
        }
    }
}
