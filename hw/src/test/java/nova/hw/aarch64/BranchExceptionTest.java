package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ARM ARM C4.1.87: branches and exception generation. Encodings from aarch64-linux-gnu-as. */
class BranchExceptionTest {

    @Test
    void unconditionalBranch_skipsOverInstruction() {
        Machine m = Machine.exec(s -> { },
                0x14000002,  // b .+8
                0xD2800021,  // mov x1, #1 (skipped)
                0xD2800042); // mov x2, #2
        assertEquals(0L, m.x(1));
        assertEquals(2L, m.x(2));
        assertEquals(2L, m.cpu.retired()); // b and mov; the brk does not retire
    }

    @Test
    void branchWithLink_writesReturnAddress() {
        Machine m = new Machine(0x94000002, 0xD42000E0, Machine.BRK0); // bl .+8; brk #7; brk #0
        assertEquals(new Exit.Brk(0, Machine.CODE + 8), m.run());
        assertEquals(Machine.CODE + 4, m.x(30));
    }

    @Test
    void conditionalBranchLoop_countsDown() {
        Machine m = Machine.exec(s -> { },
                0xD28000A0,  // mov x0, #5
                0xF1000400,  // subs x0, x0, #1
                0x54FFFFE1); // b.ne .-4
        assertEquals(0L, m.x(0));
        assertEquals(11L, m.cpu.retired());
    }

    @Test
    void compareAndBranch_usesOnlyTheLowWordForW() {
        Machine m = Machine.exec(s -> s.x(1, 0x1_0000_0000L).x(2, 0x1_0000_0000L),
                0x34000041,  // cbz w1, .+8  (taken: w1 == 0)
                0xD2800129,  // mov x9, #9   (skipped)
                0xB5000042,  // cbnz x2, .+8 (taken)
                0xD2800129); // mov x9, #9   (skipped)
        assertEquals(0L, m.x(9));
    }

    @Test
    void testBitAndBranch_bit63AndBit3() {
        Machine m = Machine.exec(s -> s.x(3, Long.MIN_VALUE).x(4, 8),
                0xB6F80043,  // tbz x3, #63, .+8 (not taken)
                0xD2800021,  // mov x1, #1
                0x37180044,  // tbnz w4, #3, .+8 (taken)
                0xD2800042); // mov x2, #2 (skipped)
        assertEquals(1L, m.x(1));
        assertEquals(0L, m.x(2));
    }

    @Test
    void branchRegister_brBlrRet() {
        Machine m = new Machine(
                0xD63F00C0,  // 0:  blr x6 -> 12, x30 = 4
                0xD4200000,  // 4:  brk #0 (reached by the ret)
                0xD42000E0,  // 8:  brk #7
                0xD61F00A0,  // 12: br x5 -> 20
                0xD42000E0,  // 16: brk #7
                0xD65F03C0); // 20: ret
        m.x(6, Machine.CODE + 12).x(5, Machine.CODE + 20);
        assertEquals(new Exit.Brk(0, Machine.CODE + 4), m.run());
        assertEquals(Machine.CODE + 4, m.x(30));
        assertEquals(3L, m.cpu.retired());
    }

    @Test
    void blrX30_branchesToOldValueAndLinks() {
        Machine m = new Machine(0xD63F03C0, 0xD42000E0, Machine.BRK0); // blr x30; brk #7; brk #0
        m.cpu.setX(30, Machine.CODE + 8);
        assertEquals(new Exit.Brk(0, Machine.CODE + 8), m.run());
        assertEquals(Machine.CODE + 4, m.x(30));
    }

    @Test
    void branchToMisalignedTarget_isPcAlignmentFault() {
        Machine m = new Machine(0xD61F00A0); // br x5
        m.x(5, Machine.CODE + 6);
        assertEquals(new Exit.AlignmentFault(Machine.CODE + 6, Machine.CODE + 6), m.run());
        assertEquals(1L, m.cpu.retired());
    }

    @Test
    void branchToNonExecutablePage_isExecuteFault() {
        Machine m = new Machine(0xD61F00A0); // br x5
        m.x(5, Machine.DATA);
        assertEquals(new Exit.MemoryFault(Machine.DATA, Machine.DATA, Exit.Access.EXECUTE), m.run());
    }

    @Test
    void svc_exitsWithImmediateAndPreferredReturnAddress() {
        Machine m = new Machine(0xD4002461, 0xD2800021, Machine.BRK0); // svc #0x123; mov x1, #1; brk #0
        assertEquals(new Exit.Svc(0x123, Machine.CODE + 4), m.run());
        assertEquals(Machine.CODE + 4, m.cpu.pc());
        assertEquals(1L, m.cpu.retired());
        assertEquals(new Exit.Brk(0, Machine.CODE + 8), m.run());
        assertEquals(1L, m.x(1));
    }

    @Test
    void brk_exitsAtTheBrkWithoutRetiring() {
        Machine m = new Machine(0xD42000E0); // brk #7
        assertEquals(new Exit.Brk(7, Machine.CODE), m.run());
        assertEquals(Machine.CODE, m.cpu.pc());
        assertEquals(0L, m.cpu.retired());
    }

    @Test
    void hvcSmcHltEretDrps_areUndefinedAtEl0() {
        for (int insn : new int[] {0xD4000002, 0xD4000003, 0xD4400000, 0xD69F03E0, 0xD6BF03E0}) {
            Machine m = new Machine(insn);
            assertEquals(new Exit.Undefined(Machine.CODE, insn), m.run(), Integer.toHexString(insn));
            assertEquals(0L, m.cpu.retired());
        }
    }

    @Test
    void budget_stopsAfterExactlyNInstructionsAndResumes() {
        Machine m = new Machine(0xD28000A0, 0xF1000400, 0x54FFFFE1, Machine.BRK0);
        assertEquals(new Exit.BudgetExhausted(), m.cpu.run(4));
        assertEquals(4L, m.cpu.retired());
        assertEquals(new Exit.BudgetExhausted(), m.cpu.run(0));
        assertEquals(new Exit.Brk(0, Machine.CODE + 12), m.run());
        assertEquals(11L, m.cpu.retired());
    }
}
