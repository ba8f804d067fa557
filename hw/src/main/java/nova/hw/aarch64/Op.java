package nova.hw.aarch64;

/**
 * Operation numbers produced by {@link Decoder} and cached per instruction slot in
 * {@link CodePage}. The run loop's dispatch is one flat switch over them into small per-form
 * methods; numbers are grouped by instruction class (0: special, 64: data processing immediate,
 * 128: branches and system, 192: data processing register, 256: single loads/stores, 320:
 * pairs, exclusives, acquire/release) and some forms take their variant from the offset.
 */
final class Op {
    private Op() {}

    // Group 0. Zero itself means "slot not decoded yet".
    static final int UNALLOCATED = 1;
    static final int SIMD = 2;
    static final int SIMD_LS = 3;

    // Group 1: data processing, immediate.
    static final int ADR = 64;
    static final int ADRP = 65;
    static final int ADD_I = 66;   // ADD, ADDS, SUB, SUBS follow in op:S order
    static final int AND_I = 70;   // AND, ORR, EOR, ANDS follow in opc order
    static final int MOVN = 74;
    static final int MOVZ = 75;
    static final int MOVK = 76;
    static final int SBFM = 77;
    static final int BFM = 78;
    static final int UBFM = 79;
    static final int EXTR = 80;

    // Group 2: branches, exception generation, system.
    static final int B = 128;
    static final int BL = 129;
    static final int B_COND = 130;
    static final int CBZ = 131;
    static final int CBNZ = 132;
    static final int TBZ = 133;
    static final int TBNZ = 134;
    static final int BR = 135;
    static final int BLR = 136;
    static final int RET = 137;
    static final int SVC = 138;
    static final int BRK = 139;
    static final int NOP = 140;    // hints and barriers: no effect on a single in-order core
    static final int CLREX = 141;
    static final int MRS_NZCV = 142;
    static final int MRS_FPCR = 143;
    static final int MRS_FPSR = 144;
    static final int MRS_TPIDR = 145;
    static final int MRS_TPIDRRO = 146;
    static final int MRS_CNTVCT = 147;
    static final int MRS_CONST = 148; // ID registers, CTR_EL0, DCZID_EL0, CNTFRQ_EL0
    static final int MSR_NZCV = 149;
    static final int MSR_FPCR = 150;
    static final int MSR_FPSR = 151;
    static final int MSR_TPIDR = 152;
    static final int DC_ZVA = 153;
    static final int CACHE_MAINT = 154; // DC CVAC/CVAU/CIVAC, IC IVAU

    // Group 3: data processing, register.
    static final int LOG_SR = 192;   // AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS follow (opc:N)
    static final int ADDSUB_SR = 200; // ADD, ADDS, SUB, SUBS follow
    static final int ADDSUB_ER = 204; // ADD, ADDS, SUB, SUBS follow
    static final int ADC = 208;       // ADC, ADCS, SBC, SBCS follow
    static final int CCMN_R = 212;
    static final int CCMP_R = 213;
    static final int CCMN_I = 214;
    static final int CCMP_I = 215;
    static final int CSEL = 216;      // CSEL, CSINC, CSINV, CSNEG follow
    static final int UDIV = 220;
    static final int SDIV = 221;
    static final int LSLV = 222;
    static final int LSRV = 223;
    static final int ASRV = 224;
    static final int RORV = 225;
    static final int CRC32 = 226;
    static final int RBIT = 227;
    static final int REV16 = 228;
    static final int REV32 = 229;
    static final int REV = 230;
    static final int CLZ = 231;
    static final int CLS = 232;
    static final int MADD = 233;
    static final int MSUB = 234;
    static final int SMADDL = 235;
    static final int SMSUBL = 236;
    static final int UMADDL = 237;
    static final int UMSUBL = 238;
    static final int SMULH = 239;
    static final int UMULH = 240;

    // Group 4: single-register loads and stores. LS + form * 8 + kind.
    static final int LDR_LIT_W = 256;
    static final int LDR_LIT_X = 257;
    static final int LDRSW_LIT = 258;
    static final int PRFM_LIT = 259;
    static final int LS = 264;
    static final int FORM_UIMM = 0;
    static final int FORM_UNSCALED = 1; // also LDTR/STTR: unprivileged equals privileged at EL0
    static final int FORM_POST = 2;
    static final int FORM_PRE = 3;
    static final int FORM_REG = 4;
    static final int KIND_ST = 0;
    static final int KIND_LDZ = 1;   // zero-extending load
    static final int KIND_LDS64 = 2; // sign-extending to 64 bits
    static final int KIND_LDS32 = 3; // sign-extending to 32 bits
    static final int KIND_PRFM = 4;

    // Group 5: pairs, exclusives, acquire/release.
    static final int STP = 320;   // offset, post, pre follow
    static final int LDP = 323;   // offset, post, pre follow
    static final int LDPSW = 326; // offset, post, pre follow
    static final int LDXR = 329;
    static final int STXR = 330;
    static final int LDXP = 331;
    static final int STXP = 332;
    static final int LDAR = 333;
    static final int STLR = 334;
}
