package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/**
 * Translated blocks must be indistinguishable from the interpreter (the architecture's
 * semantics as the core implements them): random loop programs of every translated form run
 * once interpreted and once through {@link JitRunner} with a low threshold, in lock step over
 * random instruction budgets, comparing registers, NZCV, PC, memory, the retired count and
 * every exit.
 */
class JitDifferentialTest {
    private static final long DATA_BASE = Machine.DATA + 0x8000;

    static Machine machine(int[] program, long seed) {
        Machine m = new Machine(program);
        Random r = new Random(seed);
        for (int n = 0; n < 8; n++) {
            m.x(n, r.nextInt(4) == 0 ? r.nextInt(64) - 32 : r.nextLong());
        }
        m.x(8, DATA_BASE).x(9, 12).x(11, r.nextInt(256)).x(30, 0);
        byte[] data = new byte[(int) Machine.DATA_SIZE];
        r.nextBytes(data);
        m.mem.writeBytes(Machine.DATA, data, 0, data.length);
        m.cpu.setNzcv(r.nextInt(16) << 28);
        for (int n = 0; n < 32; n++) {
            m.cpu.setV(n, r.nextLong(), r.nextLong());
        }
        m.cpu.setTpidrEl0(r.nextLong());
        return m;
    }

    static void assertSameState(Machine a, Machine b, String what) {
        for (int n = 0; n <= 30; n++) {
            assertEquals(a.x(n), b.x(n), what + ": X" + n);
        }
        assertEquals(a.cpu.sp(), b.cpu.sp(), what + ": SP");
        for (int n = 0; n < 32; n++) {
            assertEquals(a.cpu.vLo(n), b.cpu.vLo(n), what + ": V" + n + " low");
            assertEquals(a.cpu.vHi(n), b.cpu.vHi(n), what + ": V" + n + " high");
        }
        assertEquals(a.cpu.pc(), b.cpu.pc(), what + ": PC");
        assertEquals(a.cpu.nzcv(), b.cpu.nzcv(), what + ": NZCV");
        assertEquals(a.cpu.retired(), b.cpu.retired(), what + ": retired");
        byte[] da = new byte[(int) Machine.DATA_SIZE];
        byte[] db = new byte[(int) Machine.DATA_SIZE];
        a.mem.readBytes(Machine.DATA, da, 0, da.length);
        b.mem.readBytes(Machine.DATA, db, 0, db.length);
        assertArrayEquals(da, db, what + ": data memory");
    }

    /** Runs both machines in lock step over random budgets until an exit other than the budget. */
    record Outcome(JitRunner runner, Exit exit) {}

    static Outcome lockStep(Machine interp, Machine jit, int threshold, long seed, String what) {
        JitRunner runner = new JitRunner(jit.cpu, threshold);
        Random r = new Random(seed);
        for (int round = 0; round < 10_000; round++) {
            long budget = r.nextInt(4) == 0 ? 1 + r.nextInt(5) : 1 + r.nextInt(400);
            Exit ei = interp.cpu.run(budget);
            Exit ej = runner.run(budget);
            assertEquals(ei, ej, what + ": exit in round " + round);
            assertSameState(interp, jit, what + " round " + round);
            if (!(ei instanceof Exit.BudgetExhausted)) {
                if (runner.translationFailures() != 0) {
                    throw new AssertionError(what + ": translation failed", runner.lastTranslationFailure());
                }
                return new Outcome(runner, ei);
            }
        }
        throw new AssertionError(what + ": did not finish");
    }

    @Test
    void randomLoops_matchTheInterpreterExactly() {
        long translated = 0;
        for (int seed = 1; seed <= 150; seed++) {
            int[] program = new JitProgramGen(seed).loop(8 + seed % 40);
            Machine a = machine(program, seed);
            Machine b = machine(program, seed);
            Outcome o = lockStep(a, b, 2, seed, "seed " + seed);
            assertEquals(new Exit.Brk(0, Machine.CODE + 4L * (program.length - 1)), o.exit(), "seed " + seed);
            translated += o.runner().translatedInstructions();
        }
        assertTrue(translated > 1000, "blocks were translated: " + translated);
    }

    @Test
    void faultInTheMiddleOfATranslatedBlock_leavesTheInterpretersState() {
        // loop: add x0, x0, #1; adds x1, x1, x0; lsl x2, x9, #9; ldr x3, [x8, x2];
        //       str x3, [x8, #8]; add x9, x9, #1; b loop     -- x9 counts up until [x8 + x9*512] faults
        int[] program = {
            0x91000400, 0xAB000021, 0xD377D922, 0xF8626903, 0xF9000503, 0x91000529, 0x17FFFFFA,
        };
        Machine a = machine(program, 7);
        Machine b = machine(program, 7);
        a.x(9, 0);
        b.x(9, 0);
        Outcome o = lockStep(a, b, 2, 7, "fault");
        assertTrue(o.runner().translatedBlocks() > 0);
        assertEquals(new Exit.MemoryFault(Machine.CODE + 12, DATA_BASE + 64 * 512, Exit.Access.READ), o.exit());
    }

    @Test
    void storeIntoTranslatedCode_runsTheNewInstructions() {
        long rwx = 0x60_0000L;
        // 0:  str w1, [x2]          x2 = rwx + 8: rewrites the instruction two slots on
        // 4:  add w1, w1, #1 << 5   next value: movz x3, #k+1
        // 8:  movz x3, #0           (rewritten)
        // 12: add x4, x4, x3
        // 16: sub x9, x9, #1
        // 20: cbnz x9, 0
        // 24: brk #0
        int[] code = {0xB9000041, 0x11008021, 0xD2800003, 0x8B030084, 0xD1000529, 0xB5FFFF69, Machine.BRK0};
        Machine a = machine(new int[] {Machine.BRK0}, 3);
        Machine b = machine(new int[] {Machine.BRK0}, 3);
        for (Machine m : new Machine[] {a, b}) {
            m.mem.map(rwx, 0x1000, Perm.RWX);
            m.load(rwx, code);
            m.x(1, 0x52800003).x(2, rwx + 8).x(4, 0).x(9, 40);
            m.cpu.setPc(rwx);
        }
        Outcome o = lockStep(a, b, 2, 3, "self-modifying");
        assertEquals(new Exit.Brk(0, rwx + 24), o.exit());
        assertEquals(40L * 39 / 2, b.x(4), "sum of the rewritten immediates 0..39");
        assertTrue(o.runner().translatedBlocks() > 0);
    }
}
