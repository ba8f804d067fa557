package nova.hw.aarch64;

/**
 * Entry points for the "Data Processing -- Scalar FP and Advanced SIMD" encoding space
 * (op0 = x111) and for every load/store with V = 1. Decodes the top-level group from the
 * op0/op1/op2/op3 fields of the ARM ARM table C4-1 and hands the instruction to the executor
 * for that group. Every executor returns {@code false} for an unallocated encoding (UNDEFINED).
 */
final class SimdFp {
    private SimdFp() {}

    static boolean execute(Cpu c, int insn) {
        if (insn < 0 && ((insn >>> 28) & 1) == 0) return false;   // op0 = 1xx0: v8.2+ crypto only
        if (((insn >>> 28) & 1) != 0) {
            if (((insn >>> 30) & 1) == 0) return FpScalar.execute(c, insn);   // op0 = x0x1
            if (insn < 0) return false;                                        // op0 = 11x1
            return scalarSimd(c, insn);
        }
        return vector(c, insn);
    }

    /** Vector AdvSIMD groups (op0 = 0xx0) and the AES group. */
    private static boolean vector(Cpu c, int insn) {
        int op1 = (insn >>> 23) & 3;
        boolean bit10 = ((insn >>> 10) & 1) != 0;
        if (op1 >= 2) {
            if (!bit10) return AdvSimdIndexed.vector(c, insn);
            if (op1 == 3) return false;
            return ((insn >>> 19) & 15) == 0 ? AdvSimdModImm.execute(c, insn) : AdvSimdShiftImm.vector(c, insn);
        }
        if (((insn >>> 21) & 1) != 0) {
            if (bit10) return AdvSimdThreeSame.vector(c, insn);
            if (((insn >>> 11) & 1) == 0) return AdvSimdThreeDiff.vector(c, insn);
            switch ((insn >>> 17) & 15) {
                case 0b0000: return AdvSimdTwoMisc.vector(c, insn);
                case 0b1000: return AdvSimdAcross.execute(c, insn);
                case 0b0100: return (insn & 0xfffe0c00) == 0x4e280800 && CryptoAes.execute(c, insn);
                default: return false;
            }
        }
        // bit 21 = 0
        if (op1 == 0 && ((insn >>> 21) & 3) == 0 && ((insn >>> 15) & 1) == 0 && bit10) return AdvSimdCopy.vector(c, insn);
        if (((insn >>> 15) & 1) != 0) return false;          // three-register extension (ARMv8.1+) or unallocated
        boolean u = ((insn >>> 29) & 1) != 0;
        if (!u) {
            if (bit10) return false;
            return ((insn >>> 11) & 1) == 0 ? AdvSimdPermute.table(c, insn) : AdvSimdPermute.permute(c, insn);
        }
        if (!bit10) return AdvSimdPermute.extract(c, insn);
        return false;
    }

    /** Scalar AdvSIMD groups (op0 = 01x1) and the SHA groups. */
    private static boolean scalarSimd(Cpu c, int insn) {
        int op1 = (insn >>> 23) & 3;
        boolean bit10 = ((insn >>> 10) & 1) != 0;
        if (op1 >= 2) {
            if (!bit10) return AdvSimdIndexed.scalar(c, insn);
            if (op1 == 3) return false;
            return AdvSimdShiftImm.scalar(c, insn);
        }
        boolean u = ((insn >>> 29) & 1) != 0;
        if (((insn >>> 21) & 1) != 0) {
            if (bit10) return AdvSimdThreeSame.scalar(c, insn);
            if (((insn >>> 11) & 1) == 0) return AdvSimdThreeDiff.scalar(c, insn);
            switch ((insn >>> 17) & 15) {
                case 0b0000: return AdvSimdTwoMisc.scalar(c, insn);
                case 0b1000: return AdvSimdAcross.scalarPairwise(c, insn);
                case 0b0100: return !u && op1 == 0 && ((insn >>> 22) & 1) == 0 && CryptoSha.twoReg(c, insn);
                default: return false;
            }
        }
        if (op1 == 0 && ((insn >>> 21) & 3) == 0 && ((insn >>> 15) & 1) == 0 && bit10) {
            return !u && AdvSimdCopy.scalarDup(c, insn);
        }
        if (!u && op1 == 0 && ((insn >>> 22) & 1) == 0 && ((insn >>> 15) & 1) == 0 && ((insn >>> 10) & 3) == 0) {
            return CryptoSha.threeReg(c, insn);
        }
        return false;
    }

    /** Loads and stores with V = 1 (SIMD&FP registers). */
    static boolean loadStore(Cpu c, int insn) {
        int op0 = (insn >>> 28) & 15;
        int op2 = (insn >>> 23) & 3;
        switch (op0 & 3) {
            case 0:
                // AdvSIMD structure loads/stores: op0 = 0x00, bits 29..27 = 001
                if ((op0 & 0b1011) != 0 || ((insn >>> 27) & 1) == 0) return false;
                if (op2 == 0 && ((insn >>> 16) & 0x3f) != 0) return false;   // no-offset form: Rm = 0
                return op2 <= 1 ? SimdLoadStoreStruct.multiple(c, insn) : SimdLoadStoreStruct.single(c, insn);
            case 1:
                // load register (literal): op0 = xx01, bit 24 = 0
                if (((insn >>> 24) & 1) != 0) return false;
                return SimdLoadStore.literal(c, insn);
            case 2:
                return SimdLoadStore.pair(c, insn);
            default:
                return SimdLoadStore.register(c, insn);
        }
    }
}
