package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/**
 * The per-page decoded-instruction cache must never run stale code: a guest store, a privileged
 * write, a remap or a permission change all take effect for the next instruction fetched.
 */
class DecodeCacheTest {
    private static final long RWX = 0x60_0000L;
    private static final int MOV_X3_7 = 0xD28000E3;

    @Test
    void guestStoreIntoDecodedCode_runsTheNewInstruction() {
        Machine m = new Machine(Machine.BRK0);
        m.mem.map(RWX, 0x1000, Perm.RWX);
        m.load(RWX,
                0xD2800023,  // 0:  mov x3, #1      (rewritten to mov x3, #7 by the store below)
                0xB5000085,  // 4:  cbnz x5, 20
                0xB9000041,  // 8:  str w1, [x2]
                0xD2800025,  // 12: mov x5, #1
                0x17FFFFFC,  // 16: b 0
                Machine.BRK0); // 20
        m.x(1, MOV_X3_7).x(2, RWX);
        m.cpu.setPc(RWX);
        assertEquals(new Exit.Brk(0, RWX + 20), m.run());
        assertEquals(7L, m.x(3));
    }

    @Test
    void storeToNextInstructionOnSamePage_takesEffectImmediately() {
        Machine m = new Machine(Machine.BRK0);
        m.mem.map(RWX, 0x1000, Perm.RWX);
        m.load(RWX,
                0xB9000041,  // 0: str w1, [x2]   (x2 = RWX + 4)
                0xD2800023,  // 4: mov x3, #1     (already decoded? no: decoded lazily; run it twice below)
                Machine.BRK0);
        // First pass decodes all three slots with x2 pointing at harmless data.
        m.x(1, 0xD503201F).x(2, RWX + 0x800);
        m.cpu.setPc(RWX);
        assertEquals(new Exit.Brk(0, RWX + 8), m.run());
        assertEquals(1L, m.x(3));
        // Second pass: the store rewrites the decoded slot right after it.
        m.x(1, MOV_X3_7).x(2, RWX + 4).x(3, 0);
        m.cpu.setPc(RWX);
        assertEquals(new Exit.Brk(0, RWX + 8), m.run());
        assertEquals(7L, m.x(3));
    }

    @Test
    void privilegedWriteBetweenRuns_replacesDecodedInstruction() {
        Machine m = new Machine(0xD2800023, Machine.BRK0); // mov x3, #1; brk
        m.runToBrk(2);
        assertEquals(1L, m.x(3));
        m.load(Machine.CODE, MOV_X3_7);
        m.cpu.setPc(Machine.CODE);
        m.runToBrk(2);
        assertEquals(7L, m.x(3));
    }

    @Test
    void remapBetweenRuns_dropsDecodedPage() {
        Machine m = new Machine(0xD2800023, Machine.BRK0);
        m.runToBrk(2);
        m.mem.map(Machine.CODE, 0x1000, Perm.RX); // fresh zero page: udf #0
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.Undefined(Machine.CODE, 0), m.run());
    }

    @Test
    void removingExecutePermission_faultsTheNextFetch() {
        Machine m = new Machine(0xD2800023, Machine.BRK0);
        m.runToBrk(2);
        m.mem.protect(Machine.CODE, 0x1000, Perm.R);
        m.cpu.setPc(Machine.CODE);
        assertEquals(new Exit.MemoryFault(Machine.CODE, Machine.CODE, Exit.Access.EXECUTE), m.run());
    }

    @Test
    void dcZvaOverDecodedCode_invalidatesIt() {
        Machine m = new Machine(Machine.BRK0);
        m.mem.map(RWX, 0x1000, Perm.RWX);
        m.load(RWX + 64, 0xD2800023, Machine.BRK0); // mov x3, #1; brk
        m.cpu.setPc(RWX + 64);
        assertEquals(new Exit.Brk(0, RWX + 68), m.run());
        m.load(RWX, 0xD50B7420, 0x14000000 | 15); // dc zva, x0; b RWX + 64
        m.x(0, RWX + 64).x(3, 0);
        m.cpu.setPc(RWX);
        assertEquals(new Exit.Undefined(RWX + 64, 0), m.run());
        assertEquals(0L, m.x(3));
    }

    @Test
    void dataSharingAPageWithCode_isUpdatedWhileTheCodeKeepsRunning() {
        Machine m = new Machine(Machine.BRK0);
        m.mem.map(RWX, 0x1000, Perm.RWX);
        m.load(RWX,
                0xD2807D00,  // 0:  mov x0, #1000
                0xF9400041,  // 4:  ldr x1, [x2]
                0x91000C21,  //     add x1, x1, #3
                0xF9000041,  //     str x1, [x2]   (x2 = RWX + 0x800: same page as the code)
                0xF1000400,  //     subs x0, x0, #1
                0x54FFFF81,  //     b.ne 4
                Machine.BRK0);
        m.x(2, RWX + 0x800);
        m.cpu.setPc(RWX);
        assertEquals(new Exit.Brk(0, RWX + 24), m.run());
        assertEquals(3000L, m.x(1));
        assertEquals(3000L, m.get64(RWX + 0x800));
        assertEquals(1 + 5 * 1000L, m.cpu.retired());
    }
}
