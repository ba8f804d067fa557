package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/**
 * ARM ARM D8 (translation and permission faults) as seen by the run loop: a faulting access
 * ends the run with {@link Exit.MemoryFault} at the faulting instruction, which has no effect on
 * registers or memory. Also unaligned accesses crossing a page boundary (SCTLR_EL1.A = 0).
 */
class MemoryFaultTest {
    private static final long D = Machine.DATA;
    private static final long UNMAPPED = 0x7000_0000L;

    @Test
    void loadFromUnmappedPage_faultsWithoutSideEffects() {
        Machine m = new Machine(Machine.prog(0xF8408C20)); // ldr x0, [x1, #8]!
        m.x(0, 0xAAAA).x(1, UNMAPPED);
        assertEquals(new Exit.MemoryFault(Machine.CODE, UNMAPPED + 8, Exit.Access.READ), m.run());
        assertEquals(0xAAAAL, m.x(0));
        assertEquals(UNMAPPED, m.x(1));
        assertEquals(Machine.CODE, m.cpu.pc());
        assertEquals(0L, m.cpu.retired());
    }

    @Test
    void storeToReadOnlyPage_faultsAndLeavesMemory() {
        Machine m = new Machine(Machine.prog(0xF9000020)); // str x0, [x1]
        m.mem.protect(D, 0x1000, Perm.R);
        m.x(0, 0x1234).x(1, D + 16);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D + 16, Exit.Access.WRITE), m.run());
        assertEquals(0L, m.get64(D + 16));
    }

    @Test
    void loadFromWriteOnlyOrNoAccessPage_isReadFault() {
        Machine m = new Machine(Machine.prog(0xF9400020)); // ldr x0, [x1]
        m.mem.protect(D, 0x1000, Perm.NONE);
        m.x(1, D);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D, Exit.Access.READ), m.run());
    }

    @Test
    void protectAfterRun_isSeenByTheTlb() {
        Machine m = new Machine(Machine.prog(0xF9000020)); // str x0, [x1]
        m.x(0, 5).x(1, D);
        m.runToBrk(2);
        m.mem.protect(D, 0x1000, Perm.R);
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D, Exit.Access.WRITE), m.run());
        m.mem.unmap(D, 0x1000);
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D, Exit.Access.WRITE), m.run());
    }

    /**
     * A core forgets only the translations of the pages a change covers: after protecting two
     * of four pages it has cached, stores to those two fault and stores to the other two still
     * work; in the interpreter and in translated code.
     */
    @Test
    void aChangeToSomePages_isSeenForExactlyThosePages() {
        for (boolean translated : new boolean[] {false, true}) {
            // str x0, [x1]; str x0, [x2]; str x0, [x3]; str x0, [x4]; brk #0
            Machine m = new Machine(Machine.prog(0xF9000020, 0xF9000040, 0xF9000060, 0xF9000080));
            JitRunner jit = translated ? new JitRunner(m.cpu, 1) : null;
            long[] pages = {D, D + 0x1000, D + 0x2000, D + 0x3000};
            m.x(0, 7).x(1, pages[0]).x(2, pages[1]).x(3, pages[2]).x(4, pages[3]);
            for (int k = 0; k < 3; k++) { // every page in the TLB (and the block translated)
                m.cpu.setPc(Machine.CODE);
                assertEquals(new Exit.Brk(0, Machine.CODE + 16), translated ? jit.run(100) : m.run());
            }
            m.mem.protect(pages[1], 0x2000, Perm.R);
            for (int k = 0; k < 4; k++) {
                // each store in turn is the first one: the others go to the first page
                for (int j = 1; j <= 4; j++) {
                    m.x(j, j - 1 == k ? pages[k] : pages[0]);
                }
                m.cpu.setPc(Machine.CODE);
                Exit e = translated ? jit.run(100) : m.run();
                Exit expected = k == 1 || k == 2 ? new Exit.MemoryFault(Machine.CODE + 4L * k, pages[k], Exit.Access.WRITE)
                        : new Exit.Brk(0, Machine.CODE + 16);
                assertEquals(expected, e, (translated ? "translated, " : "") + "store to page " + k);
            }
        }
    }

    @Test
    void unalignedAccessesCrossingPages_readAndWriteBothPages() {
        Machine m = Machine.exec(s -> {
            s.put64(D + 0xFF8, 0x0706_0504_0302_0100L);
            s.put64(D + 0x1000, 0x0F0E_0D0C_0B0A_0908L);
            s.x(1, D + 0xFFC).x(2, D + 0x1FFE).x(3, 0x1122_3344_5566_7788L).x(5, D + 0xFFE);
        },
                0xF9400020,  // ldr x0, [x1]        (crosses at +4)
                0xF9000043,  // str x3, [x2]        (crosses at +2)
                0xB94000A4); // ldr w4, [x5]        (crosses at +2)
        assertEquals(0x0B0A_0908_0706_0504L, m.x(0));
        assertEquals(0x1122_3344_5566_7788L, m.get64(D + 0x1FFE));
        assertEquals(0x0908_0706L, m.x(4));
    }

    @Test
    void storeCrossingIntoReadOnlyPage_faultsAtSecondPageAndWritesNothing() {
        Machine m = new Machine(Machine.prog(0xF9000020)); // str x0, [x1]
        m.mem.protect(D + 0x1000, 0x1000, Perm.R);
        m.x(0, -1L).x(1, D + 0xFFC);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D + 0x1000, Exit.Access.WRITE), m.run());
        assertEquals(0L, m.get64(D + 0xFF8));
    }

    @Test
    void loadCrossingIntoUnmappedPage_faultsAtSecondPage() {
        Machine m = new Machine(Machine.prog(0xF9400020)); // ldr x0, [x1]
        long end = D + Machine.DATA_SIZE;
        m.x(1, end - 4);
        assertEquals(new Exit.MemoryFault(Machine.CODE, end, Exit.Access.READ), m.run());
        assertEquals(0L, m.x(0));
    }

    @Test
    void storePairWithSecondHalfFaulting_writesNeitherHalf() {
        Machine m = new Machine(Machine.prog(0xA9001023)); // stp x3, x4, [x1]
        m.mem.protect(D + 0x1000, 0x1000, Perm.R);
        m.x(1, D + 0xFF8).x(3, 33).x(4, 44);
        assertEquals(new Exit.MemoryFault(Machine.CODE, D + 0x1000, Exit.Access.WRITE), m.run());
        assertEquals(0L, m.get64(D + 0xFF8));
    }

    @Test
    void loadPairWithSecondHalfFaulting_writesNoRegister() {
        Machine m = new Machine(Machine.prog(0xA9401023)); // ldp x3, x4, [x1]
        long end = D + Machine.DATA_SIZE;
        m.put64(end - 8, 0x5555);
        m.x(1, end - 8).x(3, 3).x(4, 4);
        assertEquals(new Exit.MemoryFault(Machine.CODE, end, Exit.Access.READ), m.run());
        assertEquals(3L, m.x(3));
        assertEquals(4L, m.x(4));
    }

    @Test
    void topByteIgnore_taggedPointerReachesTheUntaggedAddress() {
        Machine m = Machine.exec(s -> {
            s.put64(D, 0xABCDL);
            s.x(1, 0x5A00_0000_0000_0000L | D);
        }, 0xF9400020); // ldr x0, [x1]
        assertEquals(0xABCDL, m.x(0));
    }

    @Test
    void fetchFromUnmappedPage_isExecuteFault() {
        Machine m = new Machine(Machine.BRK0);
        m.cpu.setPc(UNMAPPED);
        assertEquals(new Exit.MemoryFault(UNMAPPED, UNMAPPED, Exit.Access.EXECUTE), m.run());
    }

    @Test
    void fallingOffTheEndOfCode_isExecuteFaultAtNextPage() {
        int[] nops = new int[1024];
        java.util.Arrays.fill(nops, 0xD503201F);
        Machine m = new Machine(nops);
        m.mem.unmap(Machine.CODE + 0x1000, 0x3000);
        assertEquals(new Exit.MemoryFault(Machine.CODE + 0x1000, Machine.CODE + 0x1000, Exit.Access.EXECUTE),
                m.run());
        assertEquals(1024L, m.cpu.retired());
    }
}
