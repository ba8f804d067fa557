package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a translated load or store does when its inline case fails (misaligned, a TLB miss, a
 * fault): the block stops just before it with the interpreter's state and the interpreter runs
 * it; once an instruction stopped {@link JitRunner#STOPS_BEFORE_CALL} times, blocks are translated
 * again to call the core's accessor there, whose faults come out through the block's handler.
 * In lock step with the interpreter over random budgets, both before and after the switch.
 */
class JitMemoryStopTest {
    private static final long END = Machine.DATA + Machine.DATA_SIZE; // unmapped beyond

    @Test
    void misalignedAccessesInALoop_stopUntilTheirBlocksCallTheAccessor() {
        for (long seed = 0; seed < 10; seed++) {
            // loop: ldr w3, [x1, #1]; add x4, x4, x3; str w4, [x1, #5]; add x5, x5, #1; cmp x5, x6;
            //       b.ne loop; brk #0   -- every load and store misaligned, 500 times
            int[] program = {0xB8401023, 0x8B030084, 0xB8005024, 0x910004A5, 0xEB0600BF, 0x54FFFF61, Machine.BRK0};
            Machine interp = new Machine(program);
            Machine jit = new Machine(program);
            for (Machine m : new Machine[] {interp, jit}) {
                m.x(1, Machine.DATA + 0x100).x(4, seed).x(5, 0).x(6, 500);
            }
            JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, 2, seed, "misaligned, seed " + seed);
            assertEquals(new Exit.Brk(0, Machine.CODE + 24), o.exit());
            long stops = o.runner().stops();
            assertTrue(stops >= 2 * JitRunner.STOPS_BEFORE_CALL && stops <= 2 * JitRunner.STOPS_BEFORE_CALL + 8,
                    "the load and the store stop " + JitRunner.STOPS_BEFORE_CALL + " times each, then their blocks call: " + stops);
        }
    }

    @Test
    void aBlockOverHotSpotsSizeLimit_isTranslatedWithFewerInstructions() {
        // 32 x stp q0, q1, [x1], each calling the accessor (with its handler and probe): as one
        // block its method would exceed the 8000 bytes HotSpot compiles at all
        int[] program = new int[33];
        java.util.Arrays.fill(program, 0, 32, 0xAD000420);
        program[32] = Machine.BRK0;
        Machine m = new Machine(program);
        m.x(1, Machine.DATA + 0x100);
        assertEquals(new Exit.Brk(0, Machine.CODE + 128), m.run()); // the interpreter decodes the page
        nova.hw.mem.internal.Page page = m.cpu.space.page(Machine.CODE >>> 12);
        JitPage jp = new JitPage(Machine.CODE >>> 12, page, (CodePage) page.decoded);
        java.util.Arrays.fill(jp.callsAccessor, true);
        JitBlock b = new JitCompiler().compile(m.cpu, jp, 0, 1);
        assertEquals(JitRunner.MAX_BLOCK / 2, b.length, "translated again with half the instructions");
    }

    @Test
    void aFaultAfterTheSwitch_commitsWhatTheBlockDidBeforeIt() {
        for (long seed = 0; seed < 10; seed++) {
            // loop: add x9, x9, #1; ldr w3, [x1, #1]; add x4, x4, x3; add x1, x1, #64; b loop
            // -- misaligned loads walking up to unmapped memory: the fault comes long after the
            // block calls the accessor, and its handler must commit x9, the PC and the count
            int[] program = {0x91000529, 0xB8401023, 0x8B030084, 0x91010021, 0x17FFFFFC};
            Machine interp = new Machine(program);
            Machine jit = new Machine(program);
            for (Machine m : new Machine[] {interp, jit}) {
                m.x(1, END - 64 * 100).x(9, 0).x(4, 0);
            }
            JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, 2, seed, "fault, seed " + seed);
            assertEquals(new Exit.MemoryFault(Machine.CODE + 4, END + 1, Exit.Access.READ), o.exit());
            assertEquals(101, jit.x(9));
            assertTrue(o.runner().stops() <= JitRunner.STOPS_BEFORE_CALL + 4, "stops: " + o.runner().stops());
        }
    }
}
