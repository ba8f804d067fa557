package nova.hw.aarch64;

import org.junit.jupiter.api.Test;

/**
 * The data-processing forms the translator emits inline instead of calling the interpreter's
 * executor: UDIV and SDIV (a zero divisor, MIN / -1) and the one-source group RBIT, REV16,
 * REV32, REV, CLZ, CLS, both widths, on every pair of edge operands, in lock step with the
 * interpreter.
 */
class JitDataProcessingTest {
    @Test
    void divideAndOneSourceForms_matchTheInterpreterOnEdgeOperands() {
        int[] forms = {
            0x9AC2082A, 0x9AC20C2B, 0x1AC2082C, 0x1AC20C2D, // udiv x10, sdiv x11, udiv w12, sdiv w13 (x1 / x2)
            0x9AC10859, 0x1AC10C5A,                         // udiv x25, x2, x1; sdiv w26, w2, w1
            0xDAC0002E, 0x5AC0002F,                         // rbit x14, x1; rbit w15, w1
            0xDAC00430, 0x5AC00431,                         // rev16 x16, x1; rev16 w17, w1
            0xDAC00832, 0x5AC00833, 0xDAC00C34,             // rev32 x18, x1; rev w19, w1; rev x20, x1
            0xDAC01035, 0x5AC01036, 0xDAC01437, 0x5AC01438, // clz x21 / w22, cls x23 / w24 (of x1)
        };
        int[] program = new int[forms.length + 3];
        System.arraycopy(forms, 0, program, 0, forms.length);
        JitFlagsTest.closeLoop(program, forms.length);
        JitFlagsTest.onEdgeOperands(program, 3, 0, "");
    }
}
