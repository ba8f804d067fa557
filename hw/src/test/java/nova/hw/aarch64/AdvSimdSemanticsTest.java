package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * Targeted AdvSIMD rules from the ARM ARM pseudocode, one encoding each (assembled with
 * aarch64-linux-gnu-as): saturation and the sticky FPSR.QC bit, rounding shifts at their
 * extremes, round-to-odd narrowing, lane moves, immediates, narrowing into the upper half,
 * table lookups, and scalar results zeroing the rest of the register.
 */
class AdvSimdSemanticsTest {
    private static final int QC = 1 << 27;
    private final Cpu c = new Cpu(new GuestMemory());

    private void exec(int insn) {
        assertTrue(SimdFp.execute(c, insn), () -> String.format("%08x undefined", insn));
    }

    private void assertV(int n, long hi, long lo) {
        assertEquals(String.format("%016x_%016x", hi, lo), String.format("%016x_%016x", c.vHi(n), c.vLo(n)), "V" + n);
    }

    @Test
    void sqaddSaturatesPerLaneAndQcIsSticky() {
        c.setV(1, 0x7f80_0000_0000_0001L, 0);
        c.setV(2, 0x0180_0000_0000_007fL, 0);
        exec(0x4e220c20);                                 // sqadd v0.16b, v1.16b, v2.16b
        assertV(0, 0, 0x7f80_0000_0000_007fL);              // 7f+01 -> 7f, 80+80 -> 80, 01+7f -> 7f
        assertEquals(QC, c.fpsr() & QC);
        c.setV(2, 0, 0);
        exec(0x4e220c20);                                 // no saturation now
        assertEquals(QC, c.fpsr() & QC, "QC is cumulative");
    }

    @Test
    void uqsubClampsAtZero() {
        c.setV(1, 5, -1);
        c.setV(2, 6, 1);
        exec(0x6ee22c20);                                 // uqsub v0.2d, v1.2d, v2.2d
        assertV(0, -2, 0);
        assertEquals(QC, c.fpsr() & QC);
    }

    @Test
    void sqrdmulhOfMinTimesMinSaturatesAndRounds() {
        c.setV(1, 0x8000_0000L | 0x4000_0000L << 32, 0);
        c.setV(2, 0x8000_0000L | 0x0000_0001L << 32, 0);
        exec(0x6ea2b420);                                 // sqrdmulh v0.4s, v1.4s, v2.4s
        // lane 0: (2 * 2^62 + 2^31) >> 32 = 2^31 -> saturates to 0x7fffffff
        // lane 1: (2 * 2^30 * 1 + 2^31) >> 32 = 1 (rounded up from 0.75)
        assertV(0, 0, 0x0000_0001_7fff_ffffL);
        assertEquals(QC, c.fpsr() & QC);
    }

    @Test
    void srshlByMinus64RoundsToZeroAndByMinus1RoundsHalfUp() {
        c.setV(1, Long.MIN_VALUE, 3);
        c.setV(2, -64 & 0xff, -1 & 0xff);
        exec(0x4ee25420);                                 // srshl v0.2d, v1.2d, v2.2d
        assertV(0, 2, 0);                                 // (3 + 1) >> 1 = 2; (MIN + 2^63) >> 64 = 0
    }

    @Test
    void uqrshlScalarByteSaturates() {
        c.setV(1, 0x80, 0);
        c.setV(2, 1, 0);
        exec(0x7e225c20);                                 // uqrshl b0, b1, b2
        assertV(0, 0, 0xff);
        assertEquals(QC, c.fpsr() & QC);
    }

    @Test
    void fcvtxnRoundsToOdd() {
        c.setV(1, Double.doubleToRawLongBits(1.0 + Math.scalb(1.0, -30)), 0x1234);
        exec(0x7e616820);                                 // fcvtxn s0, d1
        assertV(0, 0, 0x3f80_0001L);                      // inexact truncation gets its last bit forced to 1
        c.setV(0, 0xaaaa, 0xbbbb);
        c.setV(1, Double.doubleToRawLongBits(2.0), Double.doubleToRawLongBits(-0.5));
        exec(0x6e616820);                                 // fcvtxn2 v0.4s, v1.2d
        assertV(0, 0xbf00_0000_4000_0000L, 0xaaaa);       // exact values; low half kept
    }

    @Test
    void addvWrapsModuloElementSize() {
        c.setV(1, 0x8080_8080_8080_8080L, 0x0000_0000_0000_0001L);
        exec(0x4e31b820);                                 // addv b0, v1.16b
        assertV(0, 0, 0x01);                              // 8 * 0x80 + 1 = 0x401 -> 0x01
    }

    @Test
    void laneMovesBetweenGeneralAndVectorRegisters() {
        c.setV(1, 0x1111, 0x8000_0000_0000_2222L);
        exec(0x4e183c20);                                 // umov x0, v1.d[1]
        assertEquals(0x8000_0000_0000_2222L, c.x(0));
        exec(0x4e1f2c20);                                 // smov x0, v1.b[15]
        assertEquals(0xffff_ffff_ffff_ff80L, c.x(0));
        c.setV(0, 0x0101_0101_0202_0202L, 0x0303_0303_0404_0404L);
        c.setV(1, 0, 0xabcd_ef01_0000_0000L);
        exec(0x6e0c6420);                                 // ins v0.s[1], v1.s[3]
        assertV(0, 0x0303_0303_0404_0404L, 0xabcd_ef01_0202_0202L);
    }

    @Test
    void modifiedImmediates() {
        exec(0x6f05e540);                                 // movi v0.2d, #0xff00ff00ff00ff00
        assertV(0, 0xff00_ff00_ff00_ff00L, 0xff00_ff00_ff00_ff00L);
        exec(0x4f07f700);                                 // fmov v0.4s, #-1.5
        assertV(0, 0xbfc0_0000_bfc0_0000L, 0xbfc0_0000_bfc0_0000L);
    }

    @Test
    void narrowingShiftsSaturateAndWriteTheSelectedHalf() {
        c.setV(1, 0x7fff_0100_0008_fff8L, 0);
        exec(0x2f0d8420);                                 // sqshrun v0.8b, v1.8h, #3
        // fff8 = -8 -> 0 (QC); 0008 >> 3 = 1; 0100 >> 3 = 0x20; 7fff >> 3 = 0xfff -> 0xff (QC)
        assertV(0, 0, 0x0000_0000_ff20_0100L);
        assertEquals(QC, c.fpsr() & QC);
        c.setV(0, 0x5555, 0x6666);
        c.setV(1, 0x0003_0001_ffff_fffdL, 0);
        exec(0x4f0f9c20);                                 // sqrshrn2 v0.16b, v1.8h, #1
        // (-3 + 1) >> 1 = -1; (-1 + 1) >> 1 = 0; (1 + 1) >> 1 = 1; (3 + 1) >> 1 = 2
        assertV(0, 0x0000_0000_0201_00ffL, 0x5555);
    }

    @Test
    void sriByElementSizeKeepsDestination() {
        c.setV(0, 0x1234, 0x5678);
        c.setV(1, -1, -1);
        exec(0x6f404420);                                 // sri v0.2d, v1.2d, #64
        assertV(0, 0x5678, 0x1234);
    }

    @Test
    void mlaByElementUsesTheIndexedLane() {
        c.setV(0, 0x0001_0001_0001_0001L, 0x0001_0001_0001_0001L);
        c.setV(1, 0x0004_0003_0002_0001L, 0x0008_0007_0006_0005L);
        c.setV(2, 0, 0x0003_0000_0000_0000L);             // h[7] = 3
        exec(0x6f720820);                                 // mla v0.8h, v1.8h, v2.h[7]
        assertV(0, 0x0019_0016_0013_0010L, 0x000d_000a_0007_0004L);
    }

    @Test
    void tblWrapsRegisterListAndZeroesOutOfRangeIndices() {
        c.setV(30, 0x0706_0504_0302_0100L, 0x0f0e_0d0c_0b0a_0908L);
        c.setV(31, 0x1716_1514_1312_1110L, 0x1f1e_1d1c_1b1a_1918L);
        c.setV(0, 0x2726_2524_2322_2120L, 0x2f2e_2d2c_2b2a_2928L);
        c.setV(2, 0x30ff_2f20_1f10_0f00L, 0x0000_0000_0000_0031L);
        exec(0x4e0243c0);                                 // tbl v0.16b, {v30.16b, v31.16b, v0.16b}, v2.16b
        assertV(0, 0, 0x0000_2f20_1f10_0f00L);             // indices >= 48 give 0
    }

    @Test
    void extAndZip2() {
        c.setV(1, 0x0706_0504_0302_0100L, 0x0f0e_0d0c_0b0a_0908L);
        c.setV(2, 0x1716_1514_1312_1110L, 0x1f1e_1d1c_1b1a_1918L);
        exec(0x6e027820);                                 // ext v0.16b, v1.16b, v2.16b, #15
        assertV(0, 0x1e1d_1c1b_1a19_1817L, 0x1615_1413_1211_100fL);
        exec(0x4e827820);                                 // zip2 v0.4s, v1.4s, v2.4s
        assertV(0, 0x1f1e_1d1c_0f0e_0d0cL, 0x1b1a_1918_0b0a_0908L);
    }

    @Test
    void scalarResultsZeroTheUpperHalf() {
        c.setV(0, 1, 1);
        c.setV(1, 2, 7);
        c.setV(2, 3, 7);
        exec(0x5ee28420);                                 // add d0, d1, d2
        assertV(0, 0, 5);
        c.setV(1, 0xffff_ffff_ffff_ff00L, 0);
        c.setV(2, 0, 0x7fff_ffff_0000_0000L);             // s[3] = 0x7fffffff
        c.setV(0, Long.MAX_VALUE, 9);
        exec(0x5fa23820);                                 // sqdmlal d0, s1, v2.s[3]: MAX + 2*(-256)*(2^31-1)
        assertV(0, 0, Long.MAX_VALUE - 512L * 0x7fff_ffffL);
    }

    @Test
    void pairwiseLongAdd() {
        c.setV(1, 0xffff_ffff_ffff_ffffL, 0x0000_0001_0000_0002L);
        exec(0x6ea02820);                                 // uaddlp v0.2d, v1.4s
        assertV(0, 3, 0x1_ffff_fffeL);
    }

    @Test
    void reservedSizeAndQCombinationsAreUndefined() {
        assertFalse(SimdFp.execute(c, 0x0ee08400), "add v0.1d (size 11, Q 0)");
        assertFalse(SimdFp.execute(c, 0x0ee00400), "shadd with 64-bit elements");
        assertFalse(SimdFp.execute(c, 0x0e61d820), "scvtf .2d with Q = 0 (sz 1)");
        assertFalse(SimdFp.execute(c, 0x0eb1b820), "addv .2s");
        assertFalse(SimdFp.execute(c, 0x0f7f0420), "sshr .1d (immh 1xxx, Q 0)");
        assertFalse(SimdFp.execute(c, 0x0e080420), "dup .1d from element (Q 0)");
        assertFalse(SimdFp.execute(c, 0x0ec21820), "uzp1 .1d");
        assertFalse(SimdFp.execute(c, 0x2e024020), "ext with Q = 0 and imm4<3> = 1");
        assertFalse(SimdFp.execute(c, 0x0f00fc00), "fmov half-precision immediate (o2 = 1, ARMv8.2)");
    }
}
