package nova.hw.aarch64;

import org.junit.jupiter.api.Test;

/**
 * NZCV from translated flag-setting instructions (AddWithCarry, ARM ARM shared pseudocode):
 * every add/subtract form at both widths, on operands chosen to produce each of the carry and
 * overflow cases, compared with the interpreter.
 */
class JitFlagsTest {
    static final long[] EDGES = {
        0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFFL, 0x1_0000_0000L,
        0x8000_0000_0000_0001L, 0x4000_0000_0000_0000L,
    };

    @Test
    void addSubtractFlags_matchTheInterpreterOnEdgeOperands() {
        int[] forms = {
            0xAB020020, 0xEB020020, 0x2B020020, 0x6B020020, // adds/subs x0, x1, x2 and w forms
            0xBA020020, 0xFA020020, 0x3A020020, 0x7A020020, // adcs/sbcs
            0xB1000420, 0xF1000420, 0x31000420, 0x71000420, // adds/subs #1
            0xAB22C020, 0xEB22C020,                         // adds/subs x0, x1, w2, sxtw
            0xEA020020, 0x6A020020,                         // ands x/w
            0xFA421020, 0x7A421020, 0xBA421020,             // ccmp x1, x2, #0, ne / ccmp w / ccmn
        };
        // loop: each form, then mrs x(10 + k), nzcv to keep its flags; sub x9, x9, #1; cbnz x9, loop
        int[] program = new int[2 * forms.length + 3];
        for (int k = 0; k < forms.length; k++) {
            program[2 * k] = forms[k];
            program[2 * k + 1] = 0xD53B4200 | (10 + k); // mrs x(10+k), nzcv
        }
        closeLoop(program, 2 * forms.length);
        onEdgeOperands(program, 3, 0, "");
    }

    /** Ends {@code program} at {@code n} with: sub x9, x9, #1; cbnz x9, (start); brk #0. */
    static void closeLoop(int[] program, int n) {
        program[n] = 0xD1000529;
        program[n + 1] = 0xB5000009 | (((-(n + 1)) & 0x7FFFF) << 5);
        program[n + 2] = Machine.BRK0;
    }

    /** Runs the loop {@code passes} times with x1, x2 = every pair of edge operands, interpreter and translator in lock step. */
    static void onEdgeOperands(int[] program, int passes, long seed, String what) {
        for (long a : EDGES) {
            for (long b : EDGES) {
                Machine m1 = JitDifferentialTest.machine(program, seed);
                Machine m2 = JitDifferentialTest.machine(program, seed++);
                for (Machine m : new Machine[] {m1, m2}) {
                    m.x(1, a).x(2, b).x(9, passes);
                }
                JitDifferentialTest.lockStep(m1, m2, 2, seed, String.format("%sa=%x b=%x", what, a, b));
            }
        }
    }

    /**
     * A compare or test followed by a conditional branch, the commonest pair in translated
     * blocks (a side exit when taken): every condition (EQ..NV) after each compare form, both
     * widths, on the edge operands; which branches were taken, the registers and the flags left
     * at the exits must match the interpreter. (It caught both planted bugs of a trial that
     * tested the operands directly instead of NZCV: HI as "higher or same", and a carry flag
     * computed as the borrow; and, with the flags read after each branch, a late NZCV computed
     * with the wrong carry-in.)
     */
    @Test
    void compareAndBranch_everyConditionMatchesTheInterpreter() {
        int[] forms = {
            0xEB02003F, 0x6B02003F, // cmp x1, x2 / cmp w1, w2
            0xEA02003F, 0x6A02003F, // tst x1, x2 / tst w1, w2
            0xF100043F, 0x7100043F, // cmp x1, #1 / cmp w1, #1
            0xEB020020, 0xF2400420, // subs x0, x1, x2 / ands x0, x1, #3
        };
        for (int form : forms) {
            // per condition c: form; b.c +8; movz x(10 + c), #1; mrs x26, nzcv; add x27, x27, x26
            // -- then a loop of six passes. Both ways out of each branch read the flags, so NZCV
            // left by a side exit (where a translated block may compute it late) is checked too.
            int[] program = new int[5 * 16 + 3];
            for (int c = 0; c < 16; c++) {
                program[5 * c] = form;
                program[5 * c + 1] = 0x54000040 | c;
                program[5 * c + 2] = 0xD2800020 | (10 + c);
                program[5 * c + 3] = 0xD53B421A;
                program[5 * c + 4] = 0x8B1A037B;
            }
            closeLoop(program, 5 * 16);
            onEdgeOperands(program, 6, form, String.format("%08x ", form));
        }
    }
}
