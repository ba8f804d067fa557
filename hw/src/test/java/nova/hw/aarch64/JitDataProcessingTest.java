package nova.hw.aarch64;

import org.junit.jupiter.api.Test;

/**
 * The data-processing forms the translator emits inline instead of calling the interpreter's
 * executor: UDIV and SDIV (a zero divisor, MIN / -1) and the one-source group RBIT, REV16,
 * REV32, REV, CLZ, CLS, both widths, on every pair of edge operands and on random operands of
 * every bit length, in lock step with the interpreter. The translator computes these without
 * calls (bit swaps, a double's exponent for the leading zeros, Long.divideUnsigned's steps).
 */
class JitDataProcessingTest {
    private static final int[] FORMS = {
            0x9AC2082A, 0x9AC20C2B, 0x1AC2082C, 0x1AC20C2D, // udiv x10, sdiv x11, udiv w12, sdiv w13 (x1 / x2)
            0x9AC10859, 0x1AC10C5A,                         // udiv x25, x2, x1; sdiv w26, w2, w1
            0xDAC0002E, 0x5AC0002F,                         // rbit x14, x1; rbit w15, w1
            0xDAC00430, 0x5AC00431,                         // rev16 x16, x1; rev16 w17, w1
            0xDAC00832, 0x5AC00833, 0xDAC00C34,             // rev32 x18, x1; rev w19, w1; rev x20, x1
            0xDAC01035, 0x5AC01036, 0xDAC01437, 0x5AC01438, // clz x21 / w22, cls x23 / w24 (of x1)
    };

    private static int[] program() {
        int[] program = new int[FORMS.length + 3];
        System.arraycopy(FORMS, 0, program, 0, FORMS.length);
        JitFlagsTest.closeLoop(program, FORMS.length);
        return program;
    }

    @Test
    void divideAndOneSourceForms_matchTheInterpreterOnEdgeOperands() {
        JitFlagsTest.onEdgeOperands(program(), 3, 0, "");
    }

    @Test
    void divideAndOneSourceForms_matchTheInterpreterOnRandomOperandsOfEveryLength() {
        java.util.Random r = new java.util.Random(2026);
        int[] program = program();
        for (int k = 0; k < 400; k++) {
            // a random value shifted right by 0..63 bits (every count of leading zeros), and
            // its negation half of the time (every count of leading sign bits)
            long a = r.nextLong() >>> r.nextInt(64);
            long b = r.nextLong() >>> r.nextInt(64);
            a = r.nextBoolean() ? a : -a;
            b = r.nextBoolean() ? b : -b;
            Machine m1 = JitDifferentialTest.machine(program, k);
            Machine m2 = JitDifferentialTest.machine(program, k);
            for (Machine m : new Machine[] {m1, m2}) {
                m.x(1, a).x(2, b).x(9, 2);
            }
            JitDifferentialTest.lockStep(m1, m2, 2, k, String.format("a=%x b=%x", a, b));
        }
    }
}
