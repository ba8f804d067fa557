package nova.difftest.gen;

/**
 * Interleaves the other classes' instructions in one case, so that state flows between units:
 * NZCV from integer compares into FCSEL/FCCMP and back from FCMP into CSEL, FMOV/UMOV/INS
 * between general and vector registers, loads feeding FP, FPCR changes mid-sequence.
 */
final class MixedGen {
    private MixedGen() {}

    static void one(Gen g) {
        switch (g.rnd(8)) {
            case 0, 1 -> IntegerGen.one(g);
            case 2 -> LoadStoreGen.one(g);
            case 3 -> FpScalarGen.one(g);
            case 4 -> SimdIntGen.one(g);
            case 5 -> SimdFpGen.one(g);
            case 6 -> SimdLoadStoreGen.one(g);
            default -> CryptoGen.one(g);
        }
    }
}
