package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Scalar FP code run through {@link Cpu#run} (decoder, {@link SimdFp} routing, FPCR/FPSR system
 * registers): the FP state an instruction sees is the one MSR wrote, and the flags it raises
 * are what MRS reads back.
 */
class FpScalarRunTest {
    /** sum(1/i^2, i = 1..100) with SCVTF, FDIV and FMADD in a loop; FCMP and CSET; FCVTZS fixed-point. */
    @Test
    void fusedSeriesLoopMatchesIeeeDoubleArithmetic() {
        int[] program = {
            0x9e6703e0, // fmov  d0, xzr
            0x1e6e1001, // fmov  d1, #1.0
            0xd2800021, // mov   x1, #1
            0x9e620022, // loop: scvtf d2, x1
            0x1e621823, // fdiv  d3, d1, d2
            0x1f430060, // fmadd d0, d3, d3, d0
            0x91000421, // add   x1, x1, #1
            0xf101903f, // cmp   x1, #100
            0x54ffff6d, // b.le  loop
            0x1e612000, // fcmp  d0, d1
            0x9a9fd7e5, // cset  x5, gt
            0x9e660000, // fmov  x0, d0
            0x9e588002, // fcvtzs x2, d0, #32
            Machine.BRK0,
        };
        Machine m = new Machine(program).runToBrk(program.length);
        double sum = 0; // round-to-nearest IEEE double: the same operations in the same order
        for (int i = 1; i <= 100; i++) {
            double q = 1.0 / i;
            sum = Math.fma(q, q, sum);
        }
        assertEquals(Double.doubleToRawLongBits(sum), m.x(0));
        assertEquals(1, m.x(5), "sum > 1");
        assertEquals((long) Math.scalb(sum, 32), m.x(2));
        assertEquals(FpOps.IXC, m.cpu.fpsr() & 0x9F, "only inexact was raised");
    }

    /** MSR FPCR selects round-toward-zero and flush-to-zero; the raised flags read back through MRS FPSR. */
    @Test
    void fpcrWrittenByMsrControlsRoundingAndFlushing() {
        int[] program = {
            0xd51b4403, // msr   fpcr, x3
            0xd51b443f, // msr   fpsr, xzr
            0x1e221820, // fdiv  s0, s1, s2
            0x1e61c0a4, // fsqrt d4, d5
            0xd53b4424, // mrs   x4, fpsr
            0xd53b4406, // mrs   x6, fpcr
            0x1e260000, // fmov  w0, s0
            Machine.BRK0,
        };
        Machine m = new Machine(program);
        m.x(3, FpOps.FPCR_FZ | (FpOps.RZ << 22));
        m.cpu.setV(1, Float.floatToRawIntBits(1.0f), 0);
        m.cpu.setV(2, Float.floatToRawIntBits(3.0f), 0);
        m.cpu.setV(5, 1, 0); // the smallest denormal: flushed to +0 on input
        m.runToBrk(program.length);
        assertEquals(0x3eaaaaaaL, m.x(0), "1/3 rounded toward zero");
        assertEquals(0, m.cpu.vLo(4), "sqrt of the flushed input");
        assertEquals(FpOps.IXC | FpOps.IDC, m.x(4));
        assertEquals(FpOps.FPCR_FZ | (FpOps.RZ << 22), m.x(6));
    }
}
