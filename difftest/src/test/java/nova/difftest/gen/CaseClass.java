package nova.difftest.gen;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The instruction classes of the generated differential tests. Each knows how to write one
 * instruction (group) and whether its cases need a register pointing into the data buffer.
 */
public enum CaseClass {
    INTEGER(false, 12, IntegerGen::one),
    /** Instructions of all non-branch classes interleaved (flags, FP/general moves, memory). */
    MIXED(true, 16, MixedGen::one),
    LOADSTORE(true, 10, LoadStoreGen::one),
    EXCLUSIVE(true, 4, ExclusiveGen::one),
    BRANCH(false, 14, null),
    FP_SCALAR(false, 10, FpScalarGen::one),
    SIMD_INT(false, 10, SimdIntGen::one),
    SIMD_FP(false, 10, SimdFpGen::one),
    SIMD_LOADSTORE(true, 8, SimdLoadStoreGen::one),
    CRYPTO(false, 8, CryptoGen::one),
    /** One random word from the data-processing encoding groups: UNDEFINED (SIGILL) must agree. */
    UNDEF_FUZZ(false, 1, FuzzGen::one, true),
    /** Accesses to unmapped, read-only or misaligned-exclusive addresses: SIGSEGV/SIGBUS must agree. */
    FAULT(true, 1, FaultGen::one, true);

    final boolean usesBase;
    /** Cases may end by a signal, which the program's handler (or our emulation of it) records. */
    public final boolean signals;
    final int maxSteps;
    private final Consumer<Gen> step;

    CaseClass(boolean usesBase, int maxSteps, Consumer<Gen> step) {
        this(usesBase, maxSteps, step, false);
    }

    CaseClass(boolean usesBase, int maxSteps, Consumer<Gen> step, boolean signals) {
        this.usesBase = usesBase;
        this.maxSteps = maxSteps;
        this.step = step;
        this.signals = signals;
    }

    /** The case with this seed: deterministic, independent of every other case. */
    public TestCase generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int base = usesBase ? r.nextInt(29) : -1;
        Gen g = new Gen(r, base, "c");
        int steps = 1 + r.nextInt(maxSteps);
        if (this == BRANCH) {
            BranchGen.whole(g, steps);
        } else {
            for (int i = 0; i < steps; i++) step.accept(g);
        }
        return new TestCase(this, seed, base, g.out);
    }

    /** Seed of case {@code index} of this class in a run with {@code runSeed}. */
    public long caseSeed(long runSeed, int index) {
        long z = runSeed * 0x9E3779B97F4A7C15L + ordinal() * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
