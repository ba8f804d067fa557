package nova.hw.aarch64;

/**
 * Constant system registers readable at EL0, with the values Linux presents to user space on a
 * Cortex-A57 with FP, AdvSIMD, AES+PMULL, SHA1, SHA2 and CRC32 (its MRS emulation of the ID
 * space, Documentation/arch/arm64/cpu-feature-registers.rst): only user-visible fields, hidden
 * fields at their safe values; the same values qemu-aarch64 -cpu cortex-a57 returns.
 */
final class SystemRegisters {
    private SystemRegisters() {}

    /** Cortex-A57 r1p0, as QEMU models it. */
    static final long MIDR = 0x411F_D070L;
    /** Linux reports only the RES1 bit: user space must not learn the topology from it. */
    static final long MPIDR = 0x8000_0000L;
    /** ID_AA64PFR0_EL1: EL0 and EL1 AArch64-only, FP and AdvSIMD implemented (fields = 0). */
    static final long ID_AA64PFR0 = 0x11;
    /** ID_AA64DFR0_EL1: DebugVer = 6 (ARMv8 debug) at its safe value, the rest hidden. */
    static final long ID_AA64DFR0 = 0x6;
    /** ID_AA64ISAR0_EL1: AES = 2 (with PMULL), SHA1 = 1, SHA2 = 1, CRC32 = 1. */
    static final long ID_AA64ISAR0 = 0x1_1120;
    /** ID_AA64MMFR0_EL1: hidden; TGran4 and TGran64 read 0xF, the architected value for "granule size not supported" (a safe answer at EL0). */
    static final long ID_AA64MMFR0 = 0xFF00_0000L;
    /** CTR_EL0 of the A57: 64-byte lines, PIPT I-cache, CWG/ERG 16 words. */
    static final long CTR = 0x8444_C004L;
    /** DCZID_EL0: DC ZVA enabled, block size 2^4 words = 64 bytes. */
    static final long DCZID = 4;
    static final int DCZVA_BLOCK = 64;

    private static boolean idSpace(int reg) {
        // op0 = 3, op1 = 0, CRn = 0, CRm = 4..7: the AArch64 feature ID registers.
        return (reg & ~0x7F) == Decoder.sysreg(3, 0, 0, 0, 0) && ((reg >>> 3) & 0xF) >= 4;
    }

    static boolean readableConstant(int reg) {
        return idSpace(reg)
                || reg == Decoder.sysreg(3, 0, 0, 0, 0)
                || reg == Decoder.sysreg(3, 0, 0, 0, 5)
                || reg == Decoder.sysreg(3, 0, 0, 0, 6)
                || reg == Decoder.CTR_EL0
                || reg == Decoder.DCZID_EL0
                || reg == Decoder.CNTFRQ_EL0;
    }

    /** Value of a register for which {@link #readableConstant} holds. */
    static long value(int reg) {
        if (reg == Decoder.sysreg(3, 0, 0, 0, 0)) {
            return MIDR;
        }
        if (reg == Decoder.sysreg(3, 0, 0, 0, 5)) {
            return MPIDR;
        }
        if (reg == Decoder.CTR_EL0) {
            return CTR;
        }
        if (reg == Decoder.DCZID_EL0) {
            return DCZID;
        }
        if (reg == Decoder.CNTFRQ_EL0) {
            return Cpu.CNTFRQ;
        }
        if (reg == Decoder.sysreg(3, 0, 0, 4, 0)) {
            return ID_AA64PFR0;
        }
        if (reg == Decoder.sysreg(3, 0, 0, 5, 0)) {
            return ID_AA64DFR0;
        }
        if (reg == Decoder.sysreg(3, 0, 0, 6, 0)) {
            return ID_AA64ISAR0;
        }
        if (reg == Decoder.sysreg(3, 0, 0, 7, 0)) {
            return ID_AA64MMFR0;
        }
        return 0; // REVIDR, and the untracked or reserved ID registers, read as zero
    }
}
