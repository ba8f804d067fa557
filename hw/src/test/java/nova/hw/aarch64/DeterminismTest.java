package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Simulated time is retired instructions: the same program gives the same instruction count,
 * counter readings and results however the run is sliced into budgets.
 */
class DeterminismTest {

    /** Sums CNTVCT_EL0 readings over a loop of 1000 iterations, with a store and a load each. */
    private static final int[] PROGRAM = {
        0xD2807D00, // mov x0, #1000
        0xD2800001, // mov x1, #0
        0xD53BE042, // 8:  mrs x2, cntvct_el0
        0x8B020021, //     add x1, x1, x2
        0xF9000061, //     str x1, [x3]
        0xF9400064, //     ldr x4, [x3]
        0xF1000400, //     subs x0, x0, #1
        0x54FFFF61, //     b.ne 8
        Machine.BRK0,
    };

    private static Machine fresh() {
        Machine m = new Machine(PROGRAM);
        m.x(3, Machine.DATA);
        return m;
    }

    @Test
    void sameProgram_sameCountAndResult_regardlessOfBudgetSlicing() {
        Machine whole = fresh();
        whole.runToBrk(PROGRAM.length);
        Machine sliced = fresh();
        Exit e;
        int slices = 0;
        while ((e = sliced.cpu.run(7)) instanceof Exit.BudgetExhausted) {
            slices++;
        }
        assertEquals(new Exit.Brk(0, Machine.CODE + 4L * (PROGRAM.length - 1)), e);
        assertEquals(2 + 6 * 1000L, whole.cpu.retired());
        assertEquals(whole.cpu.retired(), sliced.cpu.retired());
        assertEquals(whole.x(1), sliced.x(1));
        assertEquals(whole.x(4), sliced.x(4));
        assertEquals((2 + 6 * 1000) / 7, slices);
        // The counter read in iteration k sees 2 + 6k retired instructions.
        long expected = 0;
        for (int k = 0; k < 1000; k++) {
            expected += (2 + 6L * k) / Cpu.INSNS_PER_TICK;
        }
        assertEquals(expected, whole.x(1));
    }
}
