package nova.difftest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import nova.difftest.gen.CaseClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated instruction sequences per class, run from the same random state on
 * {@code qemu-aarch64 -cpu cortex-a57} and on our core: X0-X30, SP, NZCV, FPCR, FPSR, V0-V31
 * and the 4 KiB data buffer must be identical after every case. Case count and seed:
 * {@code -Dnova.diff.cases=N -Dnova.diff.seed=S} (defaults: the CI sizes below, seed 20261125).
 */
class GeneratedInstructionTest {
    @BeforeEach
    void tools() {
        Toolchain.requireTools();
    }

    static void check(CaseClass cls, int ciCases) throws IOException {
        long seed = DiffCampaign.runSeed();
        DiffCampaign.Summary s = DiffCampaign.run(cls + " seed=" + seed, DiffCampaign.caseCount(ciCases),
                i -> cls.generate(cls.caseSeed(seed, i)));
        assertTrue(s.clean(), () -> cls + ": " + s.mismatched() + " mismatches, " + s.novaFailed() + " failed on nova, "
                + s.rejected() + " rejected of " + s.cases() + "\n" + s.report());
    }

    @Test
    void integerDataProcessingMatchesQemu() throws IOException {
        check(CaseClass.INTEGER, 3500);
    }

    @Test
    void loadsAndStoresMatchQemu() throws IOException {
        check(CaseClass.LOADSTORE, 3500);
    }

    @Test
    void exclusivesAndAcquireReleaseMatchQemu() throws IOException {
        check(CaseClass.EXCLUSIVE, 2000);
    }

    @Test
    void forwardBranchesMatchQemu() throws IOException {
        check(CaseClass.BRANCH, 3000);
    }

    @Test
    void scalarFloatingPointMatchesQemu() throws IOException {
        check(CaseClass.FP_SCALAR, 3500);
    }

    @Test
    void advSimdIntegerMatchesQemu() throws IOException {
        check(CaseClass.SIMD_INT, 3500);
    }

    @Test
    void advSimdFloatingPointMatchesQemu() throws IOException {
        check(CaseClass.SIMD_FP, 3500);
    }

    @Test
    void simdLoadsAndStoresMatchQemu() throws IOException {
        check(CaseClass.SIMD_LOADSTORE, 3000);
    }

    @Test
    void cryptoMatchesQemu() throws IOException {
        check(CaseClass.CRYPTO, 1500);
    }

    @Test
    void undefinedEncodingsAgreeWithQemu() throws IOException {
        check(CaseClass.UNDEF_FUZZ, 3000);
    }

    @Test
    void mixedSequencesMatchQemu() throws IOException {
        check(CaseClass.MIXED, 2500);
    }

    @Test
    void faultsArePreciseLikeQemu() throws IOException {
        check(CaseClass.FAULT, 1500);
    }

    /**
     * Translated code (JitRunner with threshold 1: each block is translated after its first
     * run) must compute what the interpreter and qemu compute: every case runs twice from the
     * same state, the second time through translated blocks.
     */
    @Test
    void jitTranslatedBlocksMatchQemu() throws IOException {
        long seed = DiffCampaign.runSeed() + 1;
        for (CaseClass cls : List.of(CaseClass.MIXED, CaseClass.BRANCH, CaseClass.FAULT, CaseClass.SIMD_FP,
                CaseClass.LOADSTORE, CaseClass.SIMD_LOADSTORE)) {
            DiffCampaign.Summary s = DiffCampaign.run(cls + " jit seed=" + seed, DiffCampaign.caseCount(1000),
                    i -> cls.generate(cls.caseSeed(seed, i)), 2, 1);
            assertTrue(s.clean(), () -> cls + " through the JIT: " + s.mismatched() + " mismatches, " + s.novaFailed()
                    + " failed on nova, " + s.rejected() + " rejected of " + s.cases() + "\n" + s.report());
            assertTrue(s.translatedBlocks() > 0, cls + ": the JIT translated nothing, so this test tested nothing");
        }
    }
}
