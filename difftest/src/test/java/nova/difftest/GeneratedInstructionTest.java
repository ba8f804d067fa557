package nova.difftest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        DiffCampaign.Summary s = DiffCampaign.run(cls + " seed=" + seed,
                DiffCampaign.generate(cls, seed, DiffCampaign.caseCount(ciCases)));
        assertTrue(s.clean(), () -> cls + ": " + s.mismatched() + " mismatches, " + s.novaFailed() + " failed on nova, "
                + s.rejected() + " rejected of " + s.cases() + "\n" + s.report());
    }

    @Test
    void integerDataProcessingMatchesQemu() throws IOException {
        check(CaseClass.INTEGER, 5000);
    }

    @Test
    void loadsAndStoresMatchQemu() throws IOException {
        check(CaseClass.LOADSTORE, 4000);
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
        check(CaseClass.FP_SCALAR, 5000);
    }

    @Test
    void advSimdIntegerMatchesQemu() throws IOException {
        check(CaseClass.SIMD_INT, 5000);
    }

    @Test
    void advSimdFloatingPointMatchesQemu() throws IOException {
        check(CaseClass.SIMD_FP, 4000);
    }

    @Test
    void simdLoadsAndStoresMatchQemu() throws IOException {
        check(CaseClass.SIMD_LOADSTORE, 3000);
    }

    @Test
    void cryptoMatchesQemu() throws IOException {
        check(CaseClass.CRYPTO, 2000);
    }
}
