package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The AdvSIMD forms translated blocks run inline ({@link JitSimd}) against the interpreter's
 * executor: random register numbers (overlapping destinations and sources included), both
 * vector widths, every element size DUP has, every bitwise operation, every SHRN shift, and
 * register contents rich in the bytes that compares get wrong (0x00, 0x7F, 0x80, 0xFF).
 */
class JitSimdTest {
    private static final int CASES_PER_FORM = 400;

    private interface Form {
        int encode(Random r);
    }

    private static int q(Random r) {
        return r.nextInt(2) << 30;
    }

    /** A register number from a small set, so destinations often equal sources. */
    private static int reg(Random r) {
        return r.nextInt(6);
    }

    private static int rdnm(Random r) {
        return reg(r) << 16 | reg(r) << 5 | reg(r);
    }

    private static final Form[] FORMS = {
        r -> 0x0E20_1C00 | q(r) | r.nextInt(2) << 29 | r.nextInt(4) << 22 | rdnm(r),   // AND..BIF
        r -> 0x2E20_8C00 | q(r) | rdnm(r),                                              // CMEQ (register)
        r -> 0x2E20_3C00 | q(r) | rdnm(r),                                              // CMHS
        r -> 0x2E20_A400 | q(r) | rdnm(r),                                              // UMAXP
        r -> 0x0E20_9800 | q(r) | reg(r) << 5 | reg(r),                                 // CMEQ #0
        r -> 0x0F08_8400 | r.nextInt(8) << 16 | reg(r) << 5 | reg(r),                   // SHRN .8b, .8h
        r -> {                                                                          // DUP (general)
            int size = r.nextInt(4);
            int qq = size == 3 ? 1 << 30 : q(r);
            return 0x0E00_0C00 | qq | (((r.nextInt(16 >> size) << 1 | 1) << size) & 31) << 16
                    | r.nextInt(32) << 5 | reg(r);
        },
        r -> {                                                                          // MOVI, MVNI
            int cmode;
            do {
                cmode = r.nextInt(15);
            } while (cmode < 12 && (cmode & 1) != 0);
            return 0x0F00_0400 | q(r) | r.nextInt(2) << 29 | r.nextInt(8) << 16 | cmode << 12
                    | r.nextInt(32) << 5 | reg(r);
        },
        r -> 0x9E66_0000 | reg(r) << 5 | (r.nextInt(4) == 0 ? 31 : r.nextInt(31)),     // FMOV Xd, Dn
        r -> 0x9E67_0000 | (r.nextInt(4) == 0 ? 31 : r.nextInt(31)) << 5 | reg(r),     // FMOV Dd, Xn
        r -> 0x1E60_4000 | reg(r) << 5 | reg(r),                                        // FMOV Dd, Dn
        r -> 0x1E60_C000 | reg(r) << 5 | reg(r),                                        // FABS Dd, Dn
        r -> 0x1E62_0000 | r.nextInt(32) << 5 | reg(r),                                 // SCVTF Dd, Wn
        r -> 0x1E63_0000 | r.nextInt(32) << 5 | reg(r),                                 // UCVTF Dd, Wn
    };

    private static final long[] EDGE_BYTES = {0x00, 0x7F, 0x80, 0xFF, 0x01, 0xFE};

    private static long value(Random r) {
        if (r.nextBoolean()) {
            return r.nextLong();
        }
        long v = 0;
        for (int k = 0; k < 8; k++) {
            long b = r.nextInt(3) == 0 ? r.nextInt(256) : EDGE_BYTES[r.nextInt(EDGE_BYTES.length)];
            v |= b << (8 * k);
        }
        return v;
    }

    @Test
    void inlineForms_matchTheExecutor() {
        Random r = new Random(20261125);
        int tested = 0;
        for (Form form : FORMS) {
            for (int k = 0; k < CASES_PER_FORM; k++) {
                int insn = form.encode(r);
                assertTrue(JitSimd.inline(insn), () -> String.format("%08x is not inline", insn));
                // Two instructions: the second reads what the first wrote.
                int second = form.encode(r);
                Machine interp = new Machine(insn, second);
                Machine jit = new Machine(insn, second);
                for (int n = 0; n < 31; n++) {
                    long v = value(r);
                    interp.x(n, v);
                    jit.x(n, v);
                }
                for (int n = 0; n < 64; n++) {
                    long v = value(r);
                    interp.cpu.vreg[n] = v;
                    jit.cpu.vreg[n] = v;
                }
                String what = String.format("%08x; %08x", insn, second);
                JitDifferentialTest.Outcome o = JitDifferentialTest.lockStep(interp, jit, 1, k, what);
                assertTrue(o.runner().translatedBlocks() > 0, what + ": translated");
                tested++;
            }
        }
        assertTrue(tested == FORMS.length * CASES_PER_FORM);
    }
}
