package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Encodings that ARMv8.0-A leaves unallocated, or that belong to extensions a Cortex-A57 lacks,
 * must be UNDEFINED, never executed as a neighbouring instruction. Each word is annotated with
 * what objdump (-march=armv8.5-a+sve) makes of it.
 */
class UndefinedEncodingTest {

    private static final int[] UNDEFINED = {
        0x00000000, // udf #0
        0x00000001, // udf #1
        0x04200000, // add z0.b, z0.b, z0.b (SVE)
        0xF8200041, // ldadd x0, x1, [x2] (LSE)
        0xC8A07C41, // cas x0, x1, [x2] (LSE)
        0xF8BFC020, // ldapr x0, [x1] (RCpc)
        0xF8200400, // ldraa x0, [x0] (PAC)
        0xDAC10020, // pacia x0, x1 (PAC)
        0xD65F0BFF, // retaa (PAC)
        0xBA000400, // rmif x0, #0, #0 (FlagM)
        0x3A00080D, // setf8 w0 (FlagM)
        0x8BC00000, // add shifted with shift = 0b11
        0x0A008000, // 32-bit logical with imm6 = 32
        0x12400000, // 32-bit logical immediate with N = 1
        0x9240FC00, // logical immediate with an all-ones element
        0x72C00000, // 32-bit movk with hw = 2
        0x32800000, // move wide opc = 01
        0x93000000, // 64-bit sbfm with N = 0
        0x13808000, // 32-bit extr with imms >= 32
        0x54000010, // bc.eq (ARMv8.8)
        0xE9400000, // load pair opc = 11
        0xF9C00000, // ldr size = 11, opc = 11
        0xB9C00000, // ldrsw size = 10, opc = 11
        0xF8600800, // register offset with option = 000
        0xF8800C00, // prfm pre-indexed
        0x5AC00C00, // 32-bit rev with opcode 000011
        0x1B200000, // 32-bit smaddl
        0x9BC08000, // umulh with o0 = 1
        0x1AC04C00, // crc32x with sf = 0
        0x9AC04000, // crc32b with sf = 1
        0xDA400000, // conditional compare with S = 0
        0x88DF7C20, // ldlar w0, [x1] (LOR)
        0x89000000, // exclusive space with bit 24 set
        0x68400000, // ldpsw in the no-allocate form
        0xD5000000, // msr s0_0_c0_c0_0, x0 (op0 = 0 with Rt != 31)
        0x1A000400, // adc with bits 15..10 nonzero
        0xD4200001, // brk with LL = 01
    };

    @Test
    void unallocatedEncodings_exitUndefinedWithoutSideEffects() {
        for (int insn : UNDEFINED) {
            Machine m = new Machine(insn);
            m.x(0, 0x100).x(1, Machine.DATA).x(2, Machine.DATA);
            assertEquals(new Exit.Undefined(Machine.CODE, insn), m.run(), Integer.toHexString(insn));
            assertEquals(0x100L, m.x(0), Integer.toHexString(insn));
            assertEquals(0L, m.get64(Machine.DATA), Integer.toHexString(insn));
            assertEquals(0L, m.cpu.retired());
        }
    }

    @Test
    void simdAndFpEncodings_areRoutedToSimdFp() {
        // fmov d0, x1 and ldr q0, [x1]: whatever SimdFp answers, the core must not treat them as
        // integer instructions, so they either retire (SimdFp implemented them) or are UNDEFINED.
        for (int insn : new int[] {0x9E670020, 0x3DC00020}) {
            assertEquals(Op.SIMD + (insn == 0x3DC00020 ? 1 : 0), Decoder.decode(insn), Integer.toHexString(insn));
        }
    }
}
