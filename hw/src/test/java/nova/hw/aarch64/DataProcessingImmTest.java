package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ARM ARM C4.1.86: data processing -- immediate. Encodings from aarch64-linux-gnu-as. */
class DataProcessingImmTest {

    private static int flags(Machine m) {
        return m.cpu.nzcv() >>> 28;
    }

    @Test
    void addsImmediate_signedOverflowSetsNAndV() {
        Machine m = Machine.exec(s -> s.x(1, Long.MAX_VALUE), 0xB1000420); // adds x0, x1, #1
        assertEquals(Long.MIN_VALUE, m.x(0));
        assertEquals(0b1001, flags(m));
    }

    @Test
    void addsImmediate_unsignedCarryOutSetsZAndC() {
        Machine m = Machine.exec(s -> s.x(1, -1L), 0xB1000420); // adds x0, x1, #1
        assertEquals(0, m.x(0));
        assertEquals(0b0110, flags(m));
    }

    @Test
    void addsImmediate32_overflowAndZeroExtension() {
        Machine m = Machine.exec(s -> s.x(3, 0xFFFF_FFFF_7FFF_FFFFL), 0x31000462); // adds w2, w3, #1
        assertEquals(0x8000_0000L, m.x(2));
        assertEquals(0b1001, flags(m));
    }

    @Test
    void subsImmediate_borrowClearsCarry() {
        Machine m = Machine.exec(s -> s.x(5, 0), 0xF10004A4); // subs x4, x5, #1
        assertEquals(-1L, m.x(4));
        assertEquals(0b1000, flags(m));
    }

    @Test
    void subsImmediate_signedOverflowFromMinimum() {
        Machine m = Machine.exec(s -> s.x(5, Long.MIN_VALUE), 0xF10004A4); // subs x4, x5, #1
        assertEquals(Long.MAX_VALUE, m.x(4));
        assertEquals(0b0011, flags(m));
    }

    @Test
    void subsImmediate32_shiftedImmediateEqualGivesZeroAndCarry() {
        Machine m = Machine.exec(s -> s.x(7, 0x1234_0000_0000_1000L), 0x714004E6); // subs w6, w7, #1, lsl #12
        assertEquals(0, m.x(6));
        assertEquals(0b0110, flags(m));
    }

    @Test
    void addImmediate_register31IsSpForAddAndZrForCmp() {
        Machine m = Machine.exec(s -> s.x(1, 5),
                0x910043FF,  // add sp, sp, #16
                0x910003E8,  // mov x8, sp
                0xF100003F); // cmp x1, #0
        assertEquals(Machine.STACK_TOP + 16, m.cpu.sp());
        assertEquals(Machine.STACK_TOP + 16, m.x(8));
        assertEquals(0b0010, flags(m));
    }

    @Test
    void adrAndAdrp_arePcRelative() {
        Machine m = Machine.exec(s -> { },
                0x10000009,  // adr x9, .
                0x9000000A,  // adrp x10, .
                0x707FFFEB); // adr x11, . + 0xfffff
        assertEquals(Machine.CODE, m.x(9));
        assertEquals(Machine.CODE & ~0xFFFL, m.x(10));
        assertEquals(Machine.CODE + 8 + 0xFFFFF, m.x(11));
    }

    @Test
    void adrp_negativePageOffset() {
        // adrp x0, .-0x1000 at CODE: immhi:immlo = -1
        Machine m = Machine.exec(s -> { }, 0xF0FFFFE0);
        assertEquals(Machine.CODE - 0x1000, m.x(0));
    }

    @Test
    void logicalImmediate_bitmaskPatterns() {
        Machine m = Machine.exec(s -> s.x(13, -1L).x(16, 0x0F0F_0F0F_0F0F_0F0FL).x(18, -5L),
                0x92089DAC,  // and x12, x13, #0xff00ff00ff00ff00
                0x320107EE,  // orr w14, wzr, #0x80000001
                0xD200F20F,  // eor x15, x16, #0x5555555555555555
                0xF2410251,  // ands x17, x18, #0x8000000000000000
                0xB27403FF); // orr sp, xzr, #0x1000
        assertEquals(0xFF00_FF00_FF00_FF00L, m.x(12));
        assertEquals(0x8000_0001L, m.x(14));
        assertEquals(0x0F0F_0F0F_0F0F_0F0FL ^ 0x5555_5555_5555_5555L, m.x(15));
        assertEquals(Long.MIN_VALUE, m.x(17));
        assertEquals(0b1000, flags(m));
        assertEquals(0x1000, m.cpu.sp());
    }

    @Test
    void bitmasks_decodeTableMatchesDefinition() {
        // N=1, immr=0, imms=0: a single one bit; N=0 imms=0b111100: 2-bit elements "01".
        assertEquals(1L, Bitmasks.mask(1, 0, 0));
        assertEquals(0x5555_5555_5555_5555L, Bitmasks.mask(0, 0, 0b111100));
        assertEquals(0xAAAA_AAAA_AAAA_AAAAL, Bitmasks.mask(0, 1, 0b111100));
        // All-ones elements are reserved.
        assertEquals(0L, Bitmasks.mask(1, 0, 0b111111));
        assertEquals(0L, Bitmasks.mask(0, 0, 0b111101));
        // 0xff00ff00...: 16-bit elements of 8 ones rotated right by 8.
        assertEquals(0xFF00_FF00_FF00_FF00L, Bitmasks.mask(0, 8, 0b100111));
    }

    @Test
    void moveWide_movnMovzMovk() {
        Machine m = Machine.exec(s -> s.x(1, -1L).x(2, 0x1111_2222_3333_4444L).x(3, -1L),
                0x92A24680,  // movn x0, #0x1234, lsl #16
                0x52B7DDE1,  // movz w1, #0xbeef, lsl #16
                0xF2F95FC2,  // movk x2, #0xcafe, lsl #48
                0x12800003); // movn w3, #0
        assertEquals(0xFFFF_FFFF_EDCB_FFFFL, m.x(0));
        assertEquals(0xBEEF_0000L, m.x(1));
        assertEquals(0xCAFE_2222_3333_4444L, m.x(2));
        assertEquals(0xFFFF_FFFFL, m.x(3));
    }

    @Test
    void bitfield_aliases() {
        Machine m = Machine.exec(s -> s.x(5, 0xABCD_EF12_3456_7890L).x(7, 0xFFFF_FFFF_FFFF_FFF9L)
                        .x(8, -1L).x(9, 0x5AL).x(11, 0x8000_0000L).x(13, 3).x(15, 0x8000_0000L)
                        .x(17, 0x1FFL).x(18, 0).x(19, 0x00AB_CD00L),
                0x93442CA4,  // sbfx x4, x5, #4, #8   -> 0x89 sign-extended
                0x531C0CE6,  // ubfiz w6, w7, #4, #4  -> 0x90
                0xB37C1D28,  // bfi x8, x9, #4, #8
                0x131F7D6A,  // asr w10, w11, #31
                0xD34101AC,  // lsl x12, x13, #63
                0x93407DEE,  // sxtw x14, w15
                0x53001E30,  // uxtb w16, w17
                0xB3485E72); // bfxil x18, x19, #8, #16
        assertEquals(0xFFFF_FFFF_FFFF_FF89L, m.x(4));
        assertEquals(0x90L, m.x(6));
        assertEquals(0xFFFF_FFFF_FFFF_F5AFL, m.x(8));
        assertEquals(0xFFFF_FFFFL, m.x(10));
        assertEquals(Long.MIN_VALUE, m.x(12));
        assertEquals(0xFFFF_FFFF_8000_0000L, m.x(14));
        assertEquals(0xFFL, m.x(16));
        assertEquals(0xABCDL, m.x(18));
    }

    @Test
    void extract_extrAndRor() {
        Machine m = Machine.exec(s -> s.x(21, 0x1234_5678_9ABC_DEF0L).x(22, 0x0FED_CBA9_8765_4321L)
                        .x(24, 0x1L).x(25, 0x8000_0000L).x(27, 3),
                0x93D632B4,  // extr x20, x21, x22, #12
                0x13997F17,  // extr w23, w24, w25, #31
                0x93DB077A); // ror x26, x27, #1
        assertEquals(0xEF00_FEDC_BA98_7654L, m.x(20));
        assertEquals(0x3L, m.x(23));
        assertEquals(0x8000_0000_0000_0001L, m.x(26));
    }
}
