package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/**
 * A translated block must never run stale code or outlive its page's permissions, as the
 * interpreter's decode cache guarantees (see DecodeCacheTest): writes by the software above
 * between runs, remapping and permission changes take effect at the next fetch.
 */
class JitInvalidationTest {
    private static final int MOV_X3_1 = 0xD2800023;
    private static final int MOV_X3_7 = 0xD28000E3;

    /** Runs the one-block program at CODE (ending in brk #0 after one instruction) until it is translated. */
    private static void translate(Machine m, JitRunner r) {
        for (int k = 0; k < 3; k++) {
            m.cpu.setPc(Machine.CODE);
            assertEquals(new Exit.Brk(0, Machine.CODE + 4), r.run(100));
        }
        assertTrue(r.translatedBlocks() > 0);
    }

    @Test
    void privilegedWriteBetweenRuns_replacesTheTranslatedBlock() {
        Machine m = new Machine(MOV_X3_1, Machine.BRK0);
        JitRunner r = new JitRunner(m.cpu, 1);
        translate(m, r);
        assertEquals(1L, m.x(3));
        m.load(Machine.CODE, MOV_X3_7);
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.Brk(0, Machine.CODE + 4), r.run(100));
        assertEquals(7L, m.x(3));
    }

    @Test
    void remapBetweenRuns_dropsTheTranslatedBlock() {
        Machine m = new Machine(MOV_X3_1, Machine.BRK0);
        JitRunner r = new JitRunner(m.cpu, 1);
        translate(m, r);
        m.mem.map(Machine.CODE, 0x1000, Perm.RX); // a fresh zero page: udf #0
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.Undefined(Machine.CODE, 0), r.run(100));
    }

    @Test
    void removingExecutePermission_faultsTheNextFetch() {
        Machine m = new Machine(MOV_X3_1, Machine.BRK0);
        JitRunner r = new JitRunner(m.cpu, 1);
        translate(m, r);
        m.mem.protect(Machine.CODE, 0x1000, Perm.R);
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.MemoryFault(Machine.CODE, Machine.CODE, Exit.Access.EXECUTE), r.run(100));
    }

    @Test
    void undefinedSimdInsideATranslatedBlock_exitsAtThatInstructionLikeTheInterpreter() {
        // add x0, x0, #1; <unallocated AdvSIMD word>; brk #0 -- the block stops at the SIMD word
        int undefinedSimd = 0x0E20_0400 | 0xC0_0000; // three-same with size = 11 for an integer op
        int[] program = {0x91000400, undefinedSimd, Machine.BRK0};
        Machine a = new Machine(program);
        Exit expected = a.cpu.run(100);
        assertEquals(new Exit.Undefined(Machine.CODE + 4, undefinedSimd), expected);
        Machine b = new Machine(program);
        JitRunner r = new JitRunner(b.cpu, 1);
        assertEquals(expected, r.run(100));
        assertEquals(a.cpu.retired(), b.cpu.retired());
        assertEquals(a.x(0), b.x(0));
        // Again with the block translated.
        b.cpu.setPc(Machine.CODE);
        a.cpu.setPc(Machine.CODE);
        assertEquals(a.cpu.run(100), r.run(100));
        assertEquals(a.cpu.retired(), b.cpu.retired());
        assertEquals(a.x(0), b.x(0));
    }

    @Test
    void misalignedBranchTargetFromATranslatedBlock_isAnAlignmentFault() {
        // loop: add x0, x0, #1; sub x9, x9, #1; cbnz x9, loop; adr x12, .+6; br x12
        int[] program = {0x91000400, 0xD1000529, 0xB5FFFFC9, 0x5000002C, 0xD61F0180, Machine.BRK0};
        Machine a = new Machine(program);
        Machine b = new Machine(program);
        a.x(9, 5);
        b.x(9, 5);
        Exit expected = a.cpu.run(1000);
        assertEquals(new Exit.AlignmentFault(Machine.CODE + 18, Machine.CODE + 18), expected);
        JitRunner r = new JitRunner(b.cpu, 1);
        assertEquals(expected, r.run(1000));
        assertEquals(a.cpu.retired(), b.cpu.retired());
        assertTrue(r.translatedBlocks() >= 2);
    }
    @Test
    void translatedStoreIntoALinkedSuccessor_runsTheNewInstructionNextTime() {
        // loop: add x0, x0, #1; b next
        // next: mov x3, #1; add x4, x4, x3; str w5, [x6]; sub x9, x9, #1; cbnz x9, loop; brk #0
        // The store patches `next` to mov x3, #7 while the blocks are translated and chained.
        int[] program = {0x91000400, 0x14000001, MOV_X3_1, 0x8B030084, 0xB90000C5, 0xD1000529, 0xB5FFFF49,
            Machine.BRK0};
        Machine a = selfModifying(program);
        Machine b = selfModifying(program);
        Exit expected = a.cpu.run(10_000);
        assertEquals(new Exit.Brk(0, Machine.CODE + 28), expected);
        assertEquals(1 + 7 * 49L, a.x(4));
        JitRunner r = new JitRunner(b.cpu, 1);
        assertEquals(expected, r.run(10_000));
        assertEquals(a.cpu.retired(), b.cpu.retired());
        assertEquals(a.x(4), b.x(4));
        assertTrue(r.translatedBlocks() >= 3, r.statistics()); // `next` was translated again
    }

    private static Machine selfModifying(int[] program) {
        Machine m = new Machine(program);
        m.mem.protect(Machine.CODE, 0x1000, Perm.R | Perm.W | Perm.X);
        return m.x(5, MOV_X3_7 & 0xFFFF_FFFFL).x(6, Machine.CODE + 8).x(9, 50);
    }
}
