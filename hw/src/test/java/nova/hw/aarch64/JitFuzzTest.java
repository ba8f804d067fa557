package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nova.hw.mem.Perm;

/**
 * The translator is the default execution path, so it gets the interpreter's fuzzing too: random
 * allocated instruction words of every class (SIMD&FP, system, exclusives, exception generators,
 * wild branches) with random registers, on a code page that is also writable, run through the
 * interpreter and through {@link JitRunner} (every block translated on its first run) in lock
 * step. Exits, registers, flags, retired counts and memory (data and code) must stay identical,
 * through faults mid-block, undefined encodings and stores into the code being run.
 */
class JitFuzzTest {
    private static final int WORDS = 1024;

    @Property(tries = 40, seed = "20261125")
    void randomCode_translatedRunsExactlyLikeTheInterpreter(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
        Machine a = machine(seed);
        Machine b = machine(seed);
        JitRunner runner = new JitRunner(b.cpu, 1);
        Random r = new Random(~seed);
        for (int round = 0; round < 40; round++) {
            long budget = 1 + r.nextInt(400);
            Exit ea = a.cpu.run(budget);
            Exit eb = runner.run(budget);
            String what = "seed " + seed + " round " + round;
            assertEquals(ea, eb, what);
            JitDifferentialTest.assertSameState(a, b, what);
            assertEquals(0, runner.translationFailures(), what);
            if (!(ea instanceof Exit.BudgetExhausted)) {
                // Resume somewhere else on the page, as a signal handler might.
                long pc = Machine.CODE + 4L * r.nextInt(WORDS);
                a.cpu.setPc(pc);
                b.cpu.setPc(pc);
            }
        }
        byte[] ca = new byte[WORDS * 4];
        byte[] cb = new byte[WORDS * 4];
        a.mem.readBytes(Machine.CODE, ca, 0, ca.length);
        b.mem.readBytes(Machine.CODE, cb, 0, cb.length);
        assertArrayEquals(ca, cb, "seed " + seed + ": code page");
    }

    /** The same machine for the same seed: allocated random words, registers pointing here and there. */
    private static Machine machine(int seed) {
        Random r = new Random(seed);
        int[] words = new int[WORDS];
        for (int k = 0; k < WORDS; k++) {
            int w;
            do {
                w = r.nextInt();
            } while (Decoder.decode(w) == Op.UNALLOCATED && r.nextInt(50) != 0); // a few stay undefined
            words[k] = w;
        }
        Machine m = JitDifferentialTest.machine(words, seed);
        m.mem.protect(Machine.CODE, 0x1000, Perm.RWX);
        for (int n = 0; n < 31; n++) {
            m.x(n, switch (r.nextInt(4)) {
                case 0 -> Machine.DATA + r.nextInt((int) Machine.DATA_SIZE);
                case 1 -> Machine.CODE + r.nextInt(WORDS * 4);
                case 2 -> r.nextInt(64) - 32;
                default -> r.nextLong();
            });
        }
        return m;
    }
}
