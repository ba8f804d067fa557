package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ARM ARM C4.1.88: loads and stores of general registers, every addressing form. */
class LoadStoreTest {
    private static final long D = Machine.DATA;

    private static void pattern(Machine m) {
        m.put64(D, 0x8000_0002_8001_7F80L);
        m.put64(D + 8, 0x1122_3344_5566_7788L);
    }

    @Test
    void literal_loadsRelativeToPc() {
        Machine m = Machine.exec(s -> { },
                0x18000040,  // ldr w0, .+8
                0x58000041,  // ldr x1, .+8
                0x98FFFFE2,  // ldrsw x2, .-4
                0xD8000040); // prfm pldl1keep, .+8
        assertEquals(0x98FF_FFE2L, m.x(0));
        assertEquals(0xD420_0000_D800_0040L, m.x(1));
        assertEquals(0x5800_0041L, m.x(2));
    }

    @Test
    void unsignedOffset_everySizeAndSignExtension() {
        Machine m = Machine.exec(s -> {
            pattern(s);
            s.x(10, D);
        },
                0x39400143,  // ldrb w3, [x10]
                0x39800144,  // ldrsb x4, [x10]
                0x39C00145,  // ldrsb w5, [x10]
                0x79400546,  // ldrh w6, [x10, #2]
                0x79800547,  // ldrsh x7, [x10, #2]
                0x79C00548,  // ldrsh w8, [x10, #2]
                0xB9400549,  // ldr w9, [x10, #4]
                0xB980054B,  // ldrsw x11, [x10, #4]
                0xF940054C); // ldr x12, [x10, #8]
        assertEquals(0x80L, m.x(3));
        assertEquals(0xFFFF_FFFF_FFFF_FF80L, m.x(4));
        assertEquals(0xFFFF_FF80L, m.x(5));
        assertEquals(0x8001L, m.x(6));
        assertEquals(0xFFFF_FFFF_FFFF_8001L, m.x(7));
        assertEquals(0xFFFF_8001L, m.x(8));
        assertEquals(0x8000_0002L, m.x(9));
        assertEquals(0xFFFF_FFFF_8000_0002L, m.x(11));
        assertEquals(0x1122_3344_5566_7788L, m.x(12));
    }

    @Test
    void stores_everySize() {
        Machine m = Machine.exec(s -> s.x(10, D).x(13, 0xA1A2_A3A4_A5A6_A7A8L),
                0x3900414D,  // strb w13, [x10, #16]
                0x7900254D,  // strh w13, [x10, #18]
                0xB900154D,  // str w13, [x10, #20]
                0xF9000D4D); // str x13, [x10, #24]
        assertEquals(0xA5A6_A7A8_A7A8_00A8L, m.get64(D + 16));
        assertEquals(0xA1A2_A3A4_A5A6_A7A8L, m.get64(D + 24));
    }

    @Test
    void unscaledPreAndPostIndex_writeBackTheBase() {
        Machine m = Machine.exec(s -> {
            pattern(s);
            s.put64(D + 16, 0x16);
            s.put64(D + 24, 0x24);
            s.x(10, D + 16).x(17, 0x1717);
        },
                0xF85F814E,  // ldur x14, [x10, #-8]
                0xF841054F,  // ldr x15, [x10], #16
                0xF85F8D50,  // ldr x16, [x10, #-8]!
                0xF81F0FF1,  // str x17, [sp, #-16]!
                0xF84107F2); // ldr x18, [sp], #16
        assertEquals(0x1122_3344_5566_7788L, m.x(14));
        assertEquals(0x16L, m.x(15));
        assertEquals(0x24L, m.x(16));
        assertEquals(D + 24, m.x(10));
        assertEquals(0x1717L, m.x(18));
        assertEquals(Machine.STACK_TOP, m.cpu.sp());
        assertEquals(0x1717L, m.get64(Machine.STACK_TOP - 16));
    }

    @Test
    void unscaledImmediateLimits() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 0x200 + 255, 0xCAFEBABEL);
            s.x(10, D + 0x200).x(3, 0xBEEF);
        },
                0xB84FF142,  // ldur w2, [x10, #255]
                0x78100143); // sturh w3, [x10, #-256]
        assertEquals(0xCAFE_BABEL, m.x(2));
        assertEquals(0xBEEFL, m.get64(D + 0x100) & 0xFFFF);
    }

    @Test
    void registerOffset_extendAndShift() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 0x40 + 16, 0x1616);
            s.put64(D + 0x40 - 4, 0x7777_7777_0000_0000L | 0x4444_4444L);
            s.x(10, D + 0x40).x(11, 2).x(21, 0xFFFF_FFFFL).x(23, 0x2323).x(24, -8);
        },
                0xF86B7953,  // ldr x19, [x10, x11, lsl #3]
                0xB875D954,  // ldr w20, [x10, w21, sxtw #2]
                0xF8386957); // str x23, [x10, x24]
        assertEquals(0x1616L, m.x(19));
        assertEquals(0x4444_4444L, m.x(20));
        assertEquals(0x2323L, m.get64(D + 0x38));
    }

    @Test
    void registerOffset_uxtwIgnoresUpperBits() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 5, 0x99);
            s.x(10, D).x(21, 0xFFFF_FFFF_0000_0005L);
        }, 0x38754956); // ldrb w22, [x10, w21, uxtw]
        assertEquals(0x99L, m.x(22));
    }

    @Test
    void unprivilegedForms_behaveAsNormalAccessesAtEl0() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 8, 0x5A5A);
            s.x(10, D).x(26, 0x1FF);
        },
                0xF8408959,  // ldtr x25, [x10, #8]
                0x3800195A); // sttrb w26, [x10, #1]
        assertEquals(0x5A5AL, m.x(25));
        assertEquals(0xFF00L, m.get64(D) & 0xFFFF);
    }

    @Test
    void prefetch_neverFaults() {
        Machine m = Machine.exec(s -> s.x(10, 0x7777_0000L).x(11, 3),
                0xF9800540,  // prfm pldl1keep, [x10, #8]
                0xF8801140,  // prfum pldl1keep, [x10, #1]
                0xF8AB6940); // prfm pldl1keep, [x10, x11]
        assertEquals(3L, m.cpu.retired());
    }

    @Test
    void writebackIntoTransferRegister_baseWritebackWinsLikeQemu() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0x1111);
            s.x(1, D);
        }, 0xF8408421); // ldr x1, [x1], #8
        assertEquals(D + 8, m.x(1));
        m = Machine.exec(s -> s.x(1, D), 0xF8008C21); // str x1, [x1, #8]!
        assertEquals(D + 8, m.x(1));
        assertEquals(D, m.get64(D + 8));
    }

    @Test
    void ldrsbPreIndex_signExtendsToWord() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0xFE);
            s.x(10, D + 1);
        }, 0x38DFFD44); // ldrsb w4, [x10, #-1]!
        assertEquals(0xFFFF_FFFEL, m.x(4));
        assertEquals(D, m.x(10));
    }

    @Test
    void ldrswPostIndex() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0xFFFF_FFF0L);
            s.x(1, D);
        }, 0xB8804420); // ldrsw x0, [x1], #4
        assertEquals(-16L, m.x(0));
        assertEquals(D + 4, m.x(1));
    }

    @Test
    void unprivilegedSignExtendingForms_andNegativeLiteralOffsets() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 8, 0x80L << 56);
            s.put64(D + 16, 0x8000_0000_8001_0000L);
            s.x(1, D + 16).x(4, 0x1122_3344L);
        },
                0x389FF820,  // 0: ldtrsb x0, [x1, #-1]
                0x78C02822,  // 1: ldtrsh w2, [x1, #2]
                0xB8804823,  // 2: ldtrsw x3, [x1, #4]
                0xB8008824,  // 3: sttr w4, [x1, #8]
                0x7800C824,  // 4: sttrh w4, [x1, #12]
                0x58FFFFC5,  // 5: ldr x5, .-8   (words 3 and 4)
                0x98FFFF86); // 6: ldrsw x6, .-16 (word 2)
        assertEquals(0xFFFF_FFFF_FFFF_FF80L, m.x(0));
        assertEquals(0xFFFF_8001L, m.x(2));
        assertEquals(0xFFFF_FFFF_8000_0000L, m.x(3));
        assertEquals(0x0000_3344_1122_3344L, m.get64(D + 24));
        assertEquals(0x7800_C824_B800_8824L, m.x(5));
        assertEquals(0xFFFF_FFFF_B880_4823L, m.x(6));
    }

    @Test
    void unprivilegedStoreToReadOnlyPage_faults() {
        Machine m = new Machine(Machine.prog(0xB8008824)); // sttr w4, [x1, #8]
        m.mem.protect(D, 0x1000, nova.hw.mem.Perm.R);
        m.x(1, D);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D + 8, Exit.Access.WRITE), m.run());
    }
}
