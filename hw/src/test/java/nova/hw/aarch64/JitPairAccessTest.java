package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/**
 * Translated pair and 128-bit accesses, one-register LD1/ST1 included, against the interpreter,
 * where they matter: inside a page, across into a writable page, and across into a page the
 * second half may not write or read. A store that faults on its second half must write nothing
 * (ARM ARM: the access is single-copy atomic per element, and the fault is precise); a load
 * that faults must change no register. Each case runs in both ways a block handles what its
 * inline case cannot: stopping before the instruction for the interpreter, and (once the
 * instruction stopped there often) calling the core's accessor, {@code Cpu.ld64x2},
 * {@code st64x2}, ...
 */
class JitPairAccessTest {
    private static final long D = Machine.DATA;

    private static final int STP_X = 0xA9001023;   // stp x3, x4, [x1]
    private static final int STP_W = 0x29001023;   // stp w3, w4, [x1]
    private static final int STR_Q = 0x3D800020;   // str q0, [x1]
    private static final int STP_Q = 0xAD000420;   // stp q0, q1, [x1]
    private static final int STP_D = 0x6D000420;   // stp d0, d1, [x1]
    private static final int LDP_X = 0xA9401023;   // ldp x3, x4, [x1]
    private static final int LDP_W = 0x29401023;   // ldp w3, w4, [x1]
    private static final int LDR_Q = 0x3DC00020;   // ldr q0, [x1]
    private static final int LDP_Q = 0xAD400420;   // ldp q0, q1, [x1]
    private static final int LD1_16B = 0x4C407020; // ld1 {v0.16b}, [x1]
    private static final int LD1_8B_POST = 0x0CDF7020; // ld1 {v0.8b}, [x1], #8
    private static final int LD1_4S_POST_REG = 0x4CC57820; // ld1 {v0.4s}, [x1], x5
    private static final int ST1_16B = 0x4C007020; // st1 {v0.16b}, [x1]
    private static final int ST1_2D_POST_REG = 0x4C857C20; // st1 {v0.2d}, [x1], x5

    @Test
    void storePairs_matchTheInterpreterInAndAcrossPages() {
        for (int insn : new int[] {STP_X, STP_W, STR_Q, STP_Q, STP_D, ST1_16B, ST1_2D_POST_REG}) {
            for (long at : new long[] {D + 0x100, D + 0xFF8, D + 0xFFC, D + 0xFF0, D + 0xFE8}) {
                for (boolean calls : new boolean[] {false, true}) {
                    compare(insn, at, false, calls);
                    compare(insn, at, true, calls); // the second page read-only
                }
            }
        }
    }

    @Test
    void loadPairs_matchTheInterpreterInAndAcrossPages() {
        long end = D + Machine.DATA_SIZE; // unmapped beyond
        for (int insn : new int[] {LDP_X, LDP_W, LDR_Q, LDP_Q, LD1_16B, LD1_8B_POST, LD1_4S_POST_REG}) {
            for (long at : new long[] {D + 0x100, D + 0xFF8, D + 0xFFC, end - 8, end - 4, end - 16, end - 24}) {
                compare(insn, at, false, false);
                compare(insn, at, false, true);
            }
        }
    }

    /**
     * Runs {@code insn; brk #0} at {@code at} in the interpreter and translated, and compares
     * everything; {@code calls}: the translated block calls the accessor (it first runs at a
     * misaligned address until it is translated that way), else it stops for the interpreter.
     */
    private static void compare(int insn, long at, boolean secondPageReadOnly, boolean calls) {
        Machine interp = setUp(insn, at, secondPageReadOnly);
        Exit expected = interp.run();

        // Protected from the start: the warm-up leaves the first page in the TLB (no flush after it),
        // so a store in parts finds its first part writable inline and its second part not.
        Machine jit = setUp(insn, D + 0x800, secondPageReadOnly);
        JitRunner r = new JitRunner(jit.cpu, 1);
        int warmUp = calls ? JitRunner.STOPS_BEFORE_CALL + 2 : 3;
        for (int k = 0; k < warmUp; k++) { // translate the block at a harmless address first
            jit.cpu.setPc(Machine.CODE);
            jit.x(1, calls ? D + 0x801 : D + 0x800);
            assertEquals(new Exit.Brk(0, Machine.CODE + 4), r.run(100));
        }
        assertTrue(r.translatedBlocks() > 0);
        assertEquals(calls ? JitRunner.STOPS_BEFORE_CALL : 0, r.stops(), "stops before the block calls the accessor");
        Machine fresh = setUp(insn, at, secondPageReadOnly);
        jit.cpu.setPc(Machine.CODE);
        System.arraycopy(fresh.cpu.x, 0, jit.cpu.x, 0, 32);
        System.arraycopy(fresh.cpu.vreg, 0, jit.cpu.vreg, 0, 64);
        for (long a = D; a < D + 0x2000; a += 8) {
            jit.put64(a, fresh.get64(a));
        }
        long before = jit.cpu.retired();
        long stopsBefore = r.stops();
        Exit actual = r.run(100);
        if (calls) {
            assertEquals(stopsBefore, r.stops(), "the block calls the accessor");
        }

        String what = String.format("%08x at %x%s%s", insn, at, secondPageReadOnly ? " (next page read-only)" : "",
                calls ? " (calling the accessor)" : "");
        assertEquals(expected, actual, what);
        assertArrayEquals(interp.cpu.x, jit.cpu.x, what + ": X registers and SP");
        assertArrayEquals(interp.cpu.vreg, jit.cpu.vreg, what + ": V registers");
        for (long a = D; a < D + 0x2000; a += 8) {
            assertEquals(interp.get64(a), jit.get64(a), what + String.format(": memory at %x", a));
        }
        assertEquals(interp.cpu.retired(), jit.cpu.retired() - before, what + ": retired");
    }

    private static Machine setUp(int insn, long at, boolean secondPageReadOnly) {
        Machine m = new Machine(insn, Machine.BRK0);
        for (long a = D; a < D + 0x2000; a += 8) {
            m.put64(a, 0x0101_0101_0101_0101L * ((a >>> 3) & 0xFF));
        }
        m.x(1, at).x(3, 0x1111_2222_3333_4444L).x(4, 0x5555_6666_7777_8888L).x(5, 16);
        for (int k = 0; k < 4; k++) {
            m.cpu.vreg[k] = 0x0A0B_0C0D_0E0F_1011L * (k + 1);
        }
        if (secondPageReadOnly) {
            m.mem.protect(D + 0x1000, 0x1000, Perm.R);
        }
        return m;
    }
}
