package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/** ARM ARM C5: system instructions available at EL0 as Linux configures it. */
class SystemInstructionTest {

    @Test
    void hintsAndBarriers_completeAsNops() {
        Machine m = Machine.exec(s -> { },
                0xD503201F, 0xD503203F, 0xD503205F, 0xD503207F, 0xD503209F, 0xD50320BF, // nop..sevl
                0xD5033BBF, 0xD5033F9F, 0xD5033FDF,  // dmb ish, dsb sy, isb
                0xD503245F); // bti c: an unallocated hint in ARMv8.0, executes as NOP
        assertEquals(10L, m.cpu.retired());
    }

    @Test
    void nzcvFpcrFpsrTpidr_readAndWrite() {
        Machine m = Machine.exec(s -> s.x(1, 0xFFFF_FFFF_FFFF_FFFFL).x(3, 0x03C0_0000L).x(5, 0x8000_0011L)
                        .x(7, 0x1234_5678_9ABC_DEF0L),
                0xD51B4201,  // msr nzcv, x1
                0xD53B4200,  // mrs x0, nzcv
                0xD51B4403,  // msr fpcr, x3
                0xD53B4402,  // mrs x2, fpcr
                0xD51B4425,  // msr fpsr, x5
                0xD53B4424,  // mrs x4, fpsr
                0xD51BD047,  // msr tpidr_el0, x7
                0xD53BD046); // mrs x6, tpidr_el0
        assertEquals(0xF000_0000L, m.x(0));
        assertEquals(0x03C0_0000L, m.x(2));
        assertEquals(0x8000_0011L, m.x(4));
        assertEquals(0x1234_5678_9ABC_DEF0L, m.x(6));
        assertEquals(0x1234_5678_9ABC_DEF0L, m.cpu.tpidrEl0());
    }

    @Test
    void cntvct_derivesFromRetiredInstructions() {
        int[] p = new int[65];
        java.util.Arrays.fill(p, 0xD503201F); // nop
        p[63] = 0xD53BE049; // mrs x9, cntvct_el0 after 63 retired instructions
        p[64] = Machine.BRK0;
        Machine m = new Machine(p);
        m.runToBrk(p.length);
        assertEquals(63L / Cpu.INSNS_PER_TICK, m.x(9));
        Machine f = Machine.exec(s -> { }, 0xD53BE00A); // mrs x10, cntfrq_el0
        assertEquals(62_500_000L, f.x(10));
    }

    @Test
    void idRegisters_matchLinuxUserViewOfCortexA57() {
        Machine m = Machine.exec(s -> s.x(21, 77),
                0xD53B002B,  // mrs x11, ctr_el0
                0xD53B00EC,  // mrs x12, dczid_el0
                0xD538000D,  // mrs x13, midr_el1
                0xD53800AE,  // mrs x14, mpidr_el1
                0xD53800CF,  // mrs x15, revidr_el1
                0xD5380410,  // mrs x16, id_aa64pfr0_el1
                0xD5380611,  // mrs x17, id_aa64isar0_el1
                0xD5380712,  // mrs x18, id_aa64mmfr0_el1
                0xD5380513,  // mrs x19, id_aa64dfr0_el1
                0xD5380634,  // mrs x20, id_aa64isar1_el1
                0xD53807F5); // mrs x21, s3_0_c0_c7_7 (reserved: RAZ)
        assertEquals(0x8444_C004L, m.x(11));
        assertEquals(4L, m.x(12));
        assertEquals(0x411F_D070L, m.x(13));
        assertEquals(0x8000_0000L, m.x(14));
        assertEquals(0L, m.x(15));
        assertEquals(0x11L, m.x(16));
        assertEquals(0x1_1120L, m.x(17));
        assertEquals(0xFF00_0000L, m.x(18));
        assertEquals(0x6L, m.x(19));
        assertEquals(0L, m.x(20));
        assertEquals(0L, m.x(21));
    }

    @Test
    void hwcap_advertisesFpAsimdAesPmullSha1Sha2Crc32Cpuid() {
        assertEquals(0x8FBL, Cpu.HWCAP);
        assertEquals(0L, Cpu.HWCAP2);
    }

    @Test
    void privilegedOrAbsentSystemRegisters_areUndefined() {
        int[] undefined = {
            0xD50342DF, // msr daifset, #2 (SCTLR_EL1.UMA = 0)
            0xD53B4220, // mrs x0, daif
            0xD51BD060, // msr tpidrro_el0, x0
            0xD53BE020, // mrs x0, cntpct_el0
            0xD5384240, // mrs x0, currentel
            0xD5087620, // dc ivac, x0
            0xD508751F, // ic iallu
            0xD50041BF, // msr spsel, #1
            0xD5380100, // mrs x0, id_pfr0_el1 (AArch32 ID space is not emulated by Linux)
            0xD5380020, // mrs x0, s3_0_c0_c0_1
            0xD508871F, // tlbi vmalle1
            0xD5381000, // mrs x0, sctlr_el1
        };
        for (int insn : undefined) {
            Machine m = new Machine(insn);
            assertEquals(new Exit.Undefined(Machine.CODE, insn), m.run(), Integer.toHexString(insn));
        }
    }

    @Test
    void dcZva_zeroesTheAlignedSixtyFourByteBlock() {
        Machine m = new Machine(Machine.prog(0xD50B7420)); // dc zva, x0
        m.mem.fill(Machine.DATA, 256, (byte) 0xAA);
        m.x(0, Machine.DATA + 64 + 13);
        m.runToBrk(2);
        byte[] b = new byte[256];
        m.mem.readBytes(Machine.DATA, b, 0, 256);
        for (int k = 0; k < 256; k++) {
            assertEquals(k >= 64 && k < 128 ? 0 : (byte) 0xAA, b[k], "byte " + k);
        }
    }

    @Test
    void dcZva_onReadOnlyPageIsWriteFault() {
        Machine m = new Machine(Machine.prog(0xD50B7420)); // dc zva, x0
        m.mem.protect(Machine.DATA, 0x1000, Perm.R);
        m.x(0, Machine.DATA + 0x10);
        assertEquals(new Exit.MemoryFault(Machine.CODE, Machine.DATA, Exit.Access.WRITE), m.run());
    }

    @Test
    void cacheMaintenance_isNopButChecksTranslation() {
        Machine m = Machine.exec(s -> s.x(1, Machine.DATA).x(2, Machine.CODE).x(3, Machine.DATA + 8)
                        .x(4, Machine.CODE),
                0xD50B7A21, 0xD50B7B22, 0xD50B7E23, 0xD50B7524); // dc cvac/cvau/civac, ic ivau
        assertEquals(4L, m.cpu.retired());
        Machine f = new Machine(0xD50B7A21); // dc cvac, x1 on an unmapped address
        f.x(1, 0x7000_0000L);
        assertEquals(new Exit.MemoryFault(Machine.CODE, 0x7000_0000L, Exit.Access.READ), f.run());
    }
}
