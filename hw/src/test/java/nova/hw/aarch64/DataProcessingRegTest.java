package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** ARM ARM C4.1.89: data processing -- register. Encodings from aarch64-linux-gnu-as. */
class DataProcessingRegTest {

    private static int flags(Machine m) {
        return m.cpu.nzcv() >>> 28;
    }

    private static Machine withFlags(int nzcv, Consumer<Machine> regs, int... words) {
        return Machine.exec(s -> {
            s.cpu.setNzcv(nzcv << 28);
            regs.accept(s);
        }, words);
    }

    @Test
    void logicalShiftedRegister() {
        Machine m = Machine.exec(s -> s.x(1, 0xFF00_FF00_FF00_FF00L).x(2, 0x0FF0).x(4, 0xFFFF_FFFFL).x(5, 0xFF)
                        .x(7, 0x10).x(8, Long.MIN_VALUE).x(10, 0xF0F0_F0F0L).x(11, 0x0F0F_0F0FL)
                        .x(15, 0xF).x(16, 0xF),
                0x8A021020,  // and x0, x1, x2, lsl #4
                0x0AE52083,  // bic w3, w4, w5, ror #8
                0xAAA8FCE6,  // orn x6, x7, x8, asr #63
                0x4A2B0149,  // eon w9, w10, w11
                0x6A3001FF); // bics wzr, w15, w16
        assertEquals(0xFF00L, m.x(0));
        assertEquals(0x00FF_FFFFL, m.x(3));
        assertEquals(0x10L, m.x(6));
        assertEquals(0L, m.x(9));
        assertEquals(0b0100, flags(m));
    }

    @Test
    void andsSetsNAndZClearsCAndV() {
        Machine m = withFlags(0b0011, s -> s.x(13, Long.MIN_VALUE | 1).x(14, Long.MIN_VALUE),
                0xEA0E01AC); // ands x12, x13, x14
        assertEquals(Long.MIN_VALUE, m.x(12));
        assertEquals(0b1000, flags(m));
    }

    @Test
    void addSubShiftedRegister() {
        Machine m = Machine.exec(s -> s.x(1, 1).x(2, 0x80).x(4, 0x7FFF_FFFFL).x(5, 4).x(7, 0).x(8, 1),
                0x8B420C20,  // add x0, x1, x2, lsr #3
                0x2B850883); // adds w3, w4, w5, asr #2
        assertEquals(0x11L, m.x(0));
        assertEquals(0x8000_0000L, m.x(3));
        assertEquals(0b1001, flags(m));
        m = Machine.exec(s -> s.x(7, 0).x(8, 1).x(9, 3).x(10, 5),
                0xCB08F0E6,  // sub x6, x7, x8, lsl #60
                0xEB0A013F); // cmp x9, x10
        assertEquals(0xF000_0000_0000_0000L, m.x(6));
        assertEquals(0b1000, flags(m));
    }

    @Test
    void addSubExtendedRegister_usesSpAndExtends() {
        Machine m = Machine.exec(s -> s.x(1, 0xFFFF_FFFF_0000_0004L).x(3, -16).x(5, 100).x(6, 0x80)
                        .x(8, 1).x(9, 0xFFFF).x(10, (Machine.STACK_TOP + 16) >> 4),
                0x8B214BFF,  // add sp, sp, w1, uxtw #2
                0x8B23E3E2,  // add x2, sp, x3, sxtx
                0xCB2684A4,  // sub x4, x5, w6, sxtb #1
                0xAB29A107); // adds x7, x8, w9, sxth
        assertEquals(Machine.STACK_TOP + 16, m.cpu.sp());
        assertEquals(Machine.STACK_TOP, m.x(2));
        assertEquals(356L, m.x(4));
        assertEquals(0L, m.x(7));
        assertEquals(0b0110, flags(m));
        m = Machine.exec(s -> { s.cpu.setSp(0x1230); s.x(10, 0x123); }, 0xEB2A73FF); // cmp sp, x10, uxtx #4
        assertEquals(0b0110, flags(m));
    }

    @Test
    void addSubWithCarry() {
        Machine m = withFlags(0b0010, s -> s.x(1, 1).x(2, 2).x(4, 0xFFFF_FFFFL).x(5, 0).x(7, 10).x(8, 3)
                        .x(10, 0x8000_0000L).x(11, 1),
                0x9A020020,  // adc x0, x1, x2
                0x3A050083,  // adcs w3, w4, w5
                0xDA0800E6,  // sbc x6, x7, x8
                0x7A0B0149); // sbcs w9, w10, w11
        assertEquals(4L, m.x(0));
        assertEquals(0L, m.x(3));
        assertEquals(7L, m.x(6));
        assertEquals(0x7FFF_FFFFL, m.x(9));
        assertEquals(0b0011, flags(m));
        m = withFlags(0, s -> s.x(7, 10).x(8, 3), 0xDA0800E6); // sbc x6, x7, x8 with C = 0
        assertEquals(6L, m.x(6));
    }

    @Test
    void conditionalCompare_conditionFalseLoadsImmediateFlags() {
        assertEquals(0b0100, flags(withFlags(0, s -> s.x(1, 5).x(2, 5), 0xFA420024))); // ccmp x1, x2, #4, eq
        assertEquals(0b0110, flags(withFlags(0b0100, s -> s.x(1, 5).x(2, 5), 0xFA420024)));
        assertEquals(0b0110, flags(withFlags(0, s -> s.x(3, 0xFFFF_FFFBL), 0x3A451862))); // ccmn w3, #5, #2, ne
        assertEquals(0b0010, flags(withFlags(0b0100, s -> s.x(3, 0xFFFF_FFFBL), 0x3A451862)));
        // ccmp x4, #31, #15, lt with N != V: compares x4 - 31.
        assertEquals(0b1000, flags(withFlags(0b1000, s -> s.x(4, 0), 0xFA5FB88F)));
        assertEquals(0b1111, flags(withFlags(0, s -> s.x(4, 0), 0xFA5FB88F)));
    }

    @Test
    void conditionalSelect_allFourForms() {
        Machine m = withFlags(0b1000, s -> s.x(1, 1).x(2, 2).x(4, 9).x(5, 0xFFFF_FFFFL).x(7, 1).x(8, 0)
                        .x(10, 7).x(11, 5),
                0x9A828020,  // csel x0, x1, x2, hi   (false)
                0x1A85A483,  // csinc w3, w4, w5, ge  (false: N != V)
                0xDA88C0E6,  // csinv x6, x7, x8, gt  (false)
                0x5A8BD549,  // csneg w9, w10, w11, le (true)
                0x9A9F57EC,  // cset x12, mi
                0x5A9F73ED); // csetm w13, vs
        assertEquals(2L, m.x(0));
        assertEquals(0L, m.x(3));
        assertEquals(-1L, m.x(6));
        assertEquals(7L, m.x(9));
        assertEquals(1L, m.x(12));
        assertEquals(0L, m.x(13));
        m = withFlags(0, s -> s.x(10, 7).x(11, 5), 0x5A8BD549); // csneg w9, w10, w11, le (false)
        assertEquals(0xFFFF_FFFBL, m.x(9));
    }

    @Test
    void twoSource_divisionByZeroAndOverflowAndVariableShifts() {
        Machine m = Machine.exec(s -> s.x(1, -1L).x(2, 2).x(4, 0x8000_0000L).x(5, 0xFFFF_FFFFL).x(7, 9).x(8, 0)
                        .x(10, -7).x(11, 2).x(13, 1).x(14, 65).x(16, 0x8000_0000L).x(17, 33)
                        .x(19, Long.MIN_VALUE).x(20, 63).x(22, 1).x(23, 1),
                0x9AC20820,  // udiv x0, x1, x2
                0x1AC50C83,  // sdiv w3, w4, w5
                0x1AC808E6,  // udiv w6, w7, w8
                0x9ACB0D49,  // sdiv x9, x10, x11
                0x9ACE21AC,  // lsl x12, x13, x14
                0x1AD1260F,  // lsr w15, w16, w17
                0x9AD42A72,  // asr x18, x19, x20
                0x1AD72ED5); // ror w21, w22, w23
        assertEquals(Long.MAX_VALUE, m.x(0));
        assertEquals(0x8000_0000L, m.x(3));
        assertEquals(0L, m.x(6));
        assertEquals(-3L, m.x(9));
        assertEquals(2L, m.x(12));
        assertEquals(0x4000_0000L, m.x(15));
        assertEquals(-1L, m.x(18));
        assertEquals(0x8000_0000L, m.x(21));
    }

    @Test
    void sdiv64_minimumByMinusOneIsMinimum() {
        Machine m = Machine.exec(s -> s.x(10, Long.MIN_VALUE).x(11, -1), 0x9ACB0D49); // sdiv x9, x10, x11
        assertEquals(Long.MIN_VALUE, m.x(9));
    }

    @Test
    void crc32AndCrc32c_standardCheckValues() {
        // "123456789" in every chunking; with pre/post inversion done by software as zlib does.
        Machine m = Machine.exec(s -> s.x(1, 0xFFFF_FFFFL).x(2, 0x3837_3635_3433_3231L).x(3, 0x39)
                        .x(6, 0x3433_3231L).x(7, 0x3635).x(8, 0x3837),
                0x9AC24C20,  // crc32x w0, w1, x2
                0x1AC34000,  // crc32b w0, w0, w3
                0x9AC25C24,  // crc32cx w4, w1, x2
                0x1AC35084,  // crc32cb w4, w4, w3
                0x1AC64825,  // crc32w w5, w1, w6
                0x1AC744A5,  // crc32h w5, w5, w7
                0x1AC844A5,  // crc32h w5, w5, w8
                0x1AC340A5,  // crc32b w5, w5, w3
                0x1AC65829,  // crc32cw w9, w1, w6
                0x1AC75529,  // crc32ch w9, w9, w7
                0x1AC85529,  // crc32ch w9, w9, w8
                0x1AC35129); // crc32cb w9, w9, w3
        assertEquals(0xCBF4_3926L, ~m.x(0) & 0xFFFF_FFFFL);
        assertEquals(0xE306_9283L, ~m.x(4) & 0xFFFF_FFFFL);
        assertEquals(0xCBF4_3926L, ~m.x(5) & 0xFFFF_FFFFL);
        assertEquals(0xE306_9283L, ~m.x(9) & 0xFFFF_FFFFL);
    }

    @Test
    void oneSource_bitAndByteReversalAndCounts() {
        Machine m = Machine.exec(s -> s.x(1, 1).x(3, 1).x(5, 0x0102_0304_0506_0708L).x(7, 0x1122_3344_AABB_CCDDL)
                        .x(9, 0x0102_0304_0506_0708L).x(11, 0x0102_0304_0506_0708L).x(13, 0x1122_3344L)
                        .x(15, 1).x(17, 0).x(19, 0).x(21, 0xFFFF_0000L),
                0xDAC00020,  // rbit x0, x1
                0x5AC00062,  // rbit w2, w3
                0xDAC004A4,  // rev16 x4, x5
                0x5AC004E6,  // rev16 w6, w7
                0xDAC00928,  // rev32 x8, x9
                0xDAC00D6A,  // rev x10, x11
                0x5AC009AC,  // rev w12, w13
                0xDAC011EE,  // clz x14, x15
                0x5AC01230,  // clz w16, w17
                0xDAC01672,  // cls x18, x19
                0x5AC016B4); // cls w20, w21
        assertEquals(Long.MIN_VALUE, m.x(0));
        assertEquals(0x8000_0000L, m.x(2));
        assertEquals(0x0201_0403_0605_0807L, m.x(4));
        assertEquals(0xBBAA_DDCCL, m.x(6));
        assertEquals(0x0403_0201_0807_0605L, m.x(8));
        assertEquals(0x0807_0605_0403_0201L, m.x(10));
        assertEquals(0x4433_2211L, m.x(12));
        assertEquals(63L, m.x(14));
        assertEquals(32L, m.x(16));
        assertEquals(63L, m.x(18));
        assertEquals(15L, m.x(20));
    }

    @Test
    void threeSource_multiplyAccumulateAndHighHalves() {
        Machine m = Machine.exec(s -> s.x(1, 3).x(2, -4).x(3, 100).x(5, 0x10000).x(6, 0x10000).x(7, 5)
                        .x(9, 0xFFFF_FFFEL).x(10, 3).x(11, 10).x(13, 0x8000_0000L).x(14, 2).x(15, 0)
                        .x(17, 0xFFFF_FFFFL).x(18, 0xFFFF_FFFFL).x(19, 0).x(21, 2).x(22, 3).x(23, 1)
                        .x(25, -1).x(26, 1).x(28, -1).x(29, -1),
                0x9B020C20,  // madd x0, x1, x2, x3
                0x1B069CA4,  // msub w4, w5, w6, w7
                0x9B2A2D28,  // smaddl x8, w9, w10, x11
                0x9B2EBDAC,  // smsubl x12, w13, w14, x15
                0x9BB24E30,  // umaddl x16, w17, w18, x19
                0x9BB6DEB4,  // umsubl x20, w21, w22, x23
                0x9B5A7F38,  // smulh x24, x25, x26
                0x9BDD7F9B); // umulh x27, x28, x29
        assertEquals(88L, m.x(0));
        assertEquals(5L, m.x(4));
        assertEquals(4L, m.x(8));
        assertEquals(0x1_0000_0000L, m.x(12));
        assertEquals(0xFFFF_FFFE_0000_0001L, m.x(16));
        assertEquals(-5L, m.x(20));
        assertEquals(-1L, m.x(24));
        assertEquals(0xFFFF_FFFF_FFFF_FFFEL, m.x(27));
    }
}
