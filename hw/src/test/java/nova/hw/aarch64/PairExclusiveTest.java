package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ARM ARM C4.1.88: load/store pair, exclusives (B2.9 exclusive monitors), acquire/release. */
class PairExclusiveTest {
    private static final long D = Machine.DATA;

    @Test
    void pairs_offsetPreAndPostIndexAndSignedPairs() {
        Machine m = Machine.exec(s -> s.x(10, D + 0x100).x(1, 0x0000_0005_FFFF_FFFFL).x(2, 0x2222)
                        .x(5, 0x8000_0000L).x(6, 7),
                0xA9000941,  // stp x1, x2, [x10]
                0xA9401143,  // ldp x3, x4, [x10]
                0x29BF1945,  // stp w5, w6, [x10, #-8]!
                0x28C12147,  // ldp w7, w8, [x10], #8
                0x697F2D49,  // ldpsw x9, x11, [x10, #-8]
                0x68FF354C); // ldpsw x12, x13, [x10], #-8
        assertEquals(0x0000_0005_FFFF_FFFFL, m.x(3));
        assertEquals(0x2222L, m.x(4));
        assertEquals(0x8000_0000L, m.x(7));
        assertEquals(7L, m.x(8));
        assertEquals(0xFFFF_FFFF_8000_0000L, m.x(9));
        assertEquals(7L, m.x(11));
        assertEquals(-1L, m.x(12));
        assertEquals(5L, m.x(13));
        assertEquals(D + 0xF8, m.x(10));
    }

    @Test
    void nonTemporalPairsAndFrameRecord() {
        Machine m = Machine.exec(s -> s.x(10, D).x(1, 11).x(2, 22).x(29, 0x2929).x(30, 0x3030),
                0xA8010941,  // stnp x1, x2, [x10, #16]
                0xA8413D4E,  // ldnp x14, x15, [x10, #16]
                0xA9BE7BFD,  // stp x29, x30, [sp, #-32]!
                0xA8C27BFD); // ldp x29, x30, [sp], #32
        assertEquals(11L, m.x(14));
        assertEquals(22L, m.x(15));
        assertEquals(0x2929L, m.get64(Machine.STACK_TOP - 32));
        assertEquals(0x3030L, m.get64(Machine.STACK_TOP - 24));
        assertEquals(Machine.STACK_TOP, m.cpu.sp());
        assertEquals(0x3030L, m.x(30));
    }

    @Test
    void pairs_immediateLimits() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 0x200 + 504, 0x504);
            s.put64(D + 0x200 + 512, 0x512);
            s.x(10, D + 0x200).x(1, 1).x(2, 2);
        },
                0xA95FC550,  // ldp x16, x17, [x10, #504]
                0x29200941); // stp w1, w2, [x10, #-256]
        assertEquals(0x504L, m.x(16));
        assertEquals(0x512L, m.x(17));
        assertEquals(0x2_0000_0001L, m.get64(D + 0x100));
    }

    @Test
    void exclusivePair_loadThenStoreSucceeds() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x55);
            s.x(1, D).x(3, 0x66);
        },
                0xC85F7C20,  // ldxr x0, [x1]
                0xC8027C23); // stxr w2, x3, [x1]
        assertEquals(0x55L, m.x(0));
        assertEquals(0L, m.x(2));
        assertEquals(0x66L, m.get64(D));
    }

    @Test
    void storeExclusiveWithoutMonitor_failsAndDoesNotWrite() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x55);
            s.x(1, D).x(3, 0x66);
        }, 0xC8027C23); // stxr w2, x3, [x1]
        assertEquals(1L, m.x(2));
        assertEquals(0x55L, m.get64(D));
    }

    @Test
    void clrex_clearsTheMonitor() {
        Machine m = Machine.exec(s -> s.x(1, D).x(3, 0x66),
                0xC85F7C20,  // ldxr x0, [x1]
                0xD5033F5F,  // clrex
                0xC8027C23); // stxr w2, x3, [x1]
        assertEquals(1L, m.x(2));
        assertEquals(0L, m.get64(D));
    }

    @Test
    void interveningStoreOfAnotherValue_failsTheStoreExclusive() {
        Machine m = Machine.exec(s -> s.x(1, D).x(3, 0x66).x(9, 0x99),
                0xC85F7C20,  // ldxr x0, [x1]
                0xF9000029,  // str x9, [x1]
                0xC8027C23); // stxr w2, x3, [x1]
        assertEquals(1L, m.x(2));
        assertEquals(0x99L, m.get64(D));
    }

    @Test
    void storeExclusiveOfOtherSize_fails() {
        Machine m = Machine.exec(s -> s.x(1, D).x(9, 0x77),
                0xC85F7C20,  // ldxr x0, [x1]
                0x08087C29); // stxrb w8, w9, [x1]
        assertEquals(1L, m.x(8));
        assertEquals(0L, m.get64(D));
    }

    @Test
    void byteHalfAndAcquireReleaseExclusives() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x1234_5678L);
            s.x(1, D).x(6, 0xAABB_CCDDL).x(9, 0xEE).x(12, 0x7777);
        },
                0x885FFC24,  // ldaxr w4, [x1]
                0x8805FC26,  // stlxr w5, w6, [x1]
                0x085F7C27,  // ldxrb w7, [x1]
                0x08087C29,  // stxrb w8, w9, [x1]
                0x485FFC2A,  // ldaxrh w10, [x1]
                0x480BFC2C); // stlxrh w11, w12, [x1]
        assertEquals(0x1234_5678L, m.x(4));
        assertEquals(0L, m.x(5));
        assertEquals(0xDDL, m.x(7));
        assertEquals(0L, m.x(8));
        assertEquals(0xCCEEL, m.x(10));
        assertEquals(0L, m.x(11));
        assertEquals(0xAABB_7777L, m.get64(D));
    }

    @Test
    void exclusivePairs_64And32Bit() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x1111);
            s.put64(D + 8, 0x2222);
            s.x(1, D).x(16, 0x1616).x(17, 0x1717).x(21, 0xAAAA_0001L).x(22, 0xBBBB_0002L);
        },
                0xC87F382D,  // ldxp x13, x14, [x1]
                0xC82F4430,  // stxp w15, x16, x17, [x1]
                0x887FCC32,  // ldaxp w18, w19, [x1]
                0x8834D835); // stlxp w20, w21, w22, [x1]
        assertEquals(0x1111L, m.x(13));
        assertEquals(0x2222L, m.x(14));
        assertEquals(0L, m.x(15));
        assertEquals(0x1616L, m.x(18));
        assertEquals(0L, m.x(19));
        assertEquals(0L, m.x(20));
        assertEquals(0xBBBB_0002_AAAA_0001L, m.get64(D));
        assertEquals(0x1717L, m.get64(D + 8));
    }

    @Test
    void exclusivePair64_requiresSixteenByteAlignment() {
        Machine m = new Machine(Machine.prog(0xC87F382D)); // ldxp x13, x14, [x1]
        m.x(1, D + 8);
        assertEquals(new Exit.AlignmentFault(Machine.CODE, D + 8), m.run());
        assertEquals(0L, m.x(13));
    }

    @Test
    void misalignedExclusiveOrAcquire_isAlignmentFault() {
        for (int insn : new int[] {0xC85F7C20, 0xC8027C23, 0xC8DFFC37, 0xC89FFC38, 0x88DFFC20}) {
            Machine m = new Machine(Machine.prog(insn));
            m.x(1, D + 4 + (insn == 0x88DFFC20 ? -2 : 0));
            assertEquals(new Exit.AlignmentFault(Machine.CODE, m.x(1)), m.run(), Integer.toHexString(insn));
            assertEquals(0L, m.cpu.retired());
        }
    }

    @Test
    void loadAcquireStoreRelease_allSizes() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x0102_0304_0506_0708L);
            s.x(1, D).x(24, 0xF0E0_D0C0_B0A0_9080L).x(26, 0x1234);
        },
                0xC8DFFC37,  // ldar x23, [x1]
                0xC89FFC38,  // stlr x24, [x1]
                0x08DFFC39,  // ldarb w25, [x1]
                0x489FFC3A); // stlrh w26, [x1]
        assertEquals(0x0102_0304_0506_0708L, m.x(23));
        assertEquals(0x80L, m.x(25));
        assertEquals(0xF0E0_D0C0_B0A0_1234L, m.get64(D));
    }

    @Test
    void loadPairIntoSameRegister_firstElementWinsLikeQemu() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x1111);
            s.put64(D + 8, 0x2222);
            s.x(28, D);
        }, 0xA9405795); // ldp x21, x21, [x28]
        assertEquals(0x1111L, m.x(21));
    }

    @Test
    void loadAcquireWithRsOrRt2NotAllOnes_isUndefined() {
        for (int insn : new int[] {0x08CADA4A, 0x889CF440}) { // ldarb/stlr with Rs, Rt2 != 11111
            Machine m = new Machine(insn);
            assertEquals(new Exit.Undefined(Machine.CODE, insn), m.run(), Integer.toHexString(insn));
        }
    }
}
