package nova.hw.aarch64;

/**
 * Classifies an A64 instruction word into an {@link Op} number, following the ARMv8.0-A
 * encoding index (ARM DDI 0487, C4.1). Every encoding that ARMv8.0 leaves unallocated, or that
 * is UNDEFINED at EL0 as Linux configures it, decodes to {@link Op#UNALLOCATED}; later
 * architecture extensions (LSE atomics, RCpc, PAC beyond the hint space, MTE, ...) are
 * unallocated here because a Cortex-A57 does not have them.
 */
final class Decoder {
    private Decoder() {}

    private static final int U = Op.UNALLOCATED;

    static int decode(int i) {
        return switch ((i >>> 25) & 0xF) {
            case 0b1000, 0b1001 -> dataProcessingImm(i);
            case 0b1010, 0b1011 -> branchSystem(i);
            case 0b0100, 0b0110, 0b1100, 0b1110 -> loadStore(i);
            case 0b0101, 0b1101 -> dataProcessingReg(i);
            case 0b0111, 0b1111 -> Op.SIMD;
            default -> U; // reserved, SVE, unallocated
        };
    }

    private static int bit(int i, int n) {
        return (i >>> n) & 1;
    }

    // ---- C4.1.86 data processing -- immediate ----

    private static int dataProcessingImm(int i) {
        boolean sf = i < 0;
        int n = bit(i, 22);
        int immr = (i >>> 16) & 0x3F;
        int imms = (i >>> 10) & 0x3F;
        switch ((i >>> 23) & 7) {
            case 0, 1:
                return sf ? Op.ADRP : Op.ADR;
            case 2:
                return Op.ADD_I + ((i >>> 29) & 3);
            case 4:
                if (!sf && n == 1) {
                    return U;
                }
                return Bitmasks.mask(n, immr, imms) == 0 ? U : Op.AND_I + ((i >>> 29) & 3);
            case 5: {
                int opc = (i >>> 29) & 3;
                if (opc == 1 || (!sf && bit(i, 22) == 1)) {
                    return U;
                }
                return opc == 0 ? Op.MOVN : opc == 2 ? Op.MOVZ : Op.MOVK;
            }
            case 6: {
                int opc = (i >>> 29) & 3;
                if (opc == 3 || n != (sf ? 1 : 0) || (!sf && (immr >= 32 || imms >= 32))) {
                    return U;
                }
                return Op.SBFM + opc;
            }
            case 7:
                if (((i >>> 29) & 3) != 0 || bit(i, 21) != 0 || n != (sf ? 1 : 0) || (!sf && imms >= 32)) {
                    return U;
                }
                return Op.EXTR;
            default:
                return U; // add/subtract with tags (MTE)
        }
    }

    // ---- C4.1.87 branches, exception generating and system instructions ----

    private static int branchSystem(int i) {
        if (((i >>> 26) & 0x1F) == 0b00101) {
            return i < 0 ? Op.BL : Op.B;
        }
        int top6 = (i >>> 25) & 0x3F; // bits 30..25
        if (top6 == 0b011010) {
            return bit(i, 24) == 0 ? Op.CBZ : Op.CBNZ;
        }
        if (top6 == 0b011011) {
            return bit(i, 24) == 0 ? Op.TBZ : Op.TBNZ;
        }
        int top7 = i >>> 25;
        if (top7 == 0b0101010) {
            return bit(i, 24) == 0 && bit(i, 4) == 0 ? Op.B_COND : U;
        }
        if ((i >>> 24) == 0b11010100) {
            return exception(i);
        }
        if ((i >>> 22) == 0b1101010100) {
            return system(i);
        }
        if (top7 == 0b1101011) {
            return branchRegister(i);
        }
        return U;
    }

    private static int exception(int i) {
        int opc = (i >>> 21) & 7;
        int op2 = (i >>> 2) & 7;
        int ll = i & 3;
        if (op2 != 0) {
            return U;
        }
        if (opc == 0 && ll == 1) {
            return Op.SVC;
        }
        if (opc == 1 && ll == 0) {
            return Op.BRK;
        }
        return U; // HVC and SMC are UNDEFINED at EL0; HLT with halting disabled; DCPSn
    }

    private static int branchRegister(int i) {
        int opc = (i >>> 21) & 0xF;
        int op2 = (i >>> 16) & 0x1F;
        int op3 = (i >>> 10) & 0x3F;
        int op4 = i & 0x1F;
        if (op2 != 0x1F || op3 != 0 || op4 != 0) {
            return U; // includes the ARMv8.3 pointer-authenticating forms
        }
        return switch (opc) {
            case 0 -> Op.BR;
            case 1 -> Op.BLR;
            case 2 -> Op.RET;
            default -> U; // ERET and DRPS are UNDEFINED at EL0
        };
    }

    /** System register encodings as op0:op1:CRn:CRm:op2 (instruction bits 20..5). */
    static int sysreg(int op0, int op1, int crn, int crm, int op2) {
        return op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2;
    }

    static final int NZCV = sysreg(3, 3, 4, 2, 0);
    static final int FPCR = sysreg(3, 3, 4, 4, 0);
    static final int FPSR = sysreg(3, 3, 4, 4, 1);
    static final int TPIDR_EL0 = sysreg(3, 3, 13, 0, 2);
    static final int TPIDRRO_EL0 = sysreg(3, 3, 13, 0, 3);
    static final int CNTFRQ_EL0 = sysreg(3, 3, 14, 0, 0);
    static final int CNTVCT_EL0 = sysreg(3, 3, 14, 0, 2);
    static final int CTR_EL0 = sysreg(3, 3, 0, 0, 1);
    static final int DCZID_EL0 = sysreg(3, 3, 0, 0, 7);

    private static int system(int i) {
        int l = bit(i, 21);
        int op0 = (i >>> 19) & 3;
        int op1 = (i >>> 16) & 7;
        int crn = (i >>> 12) & 0xF;
        int crm = (i >>> 8) & 0xF;
        int op2 = (i >>> 5) & 7;
        int rt = i & 0x1F;
        if (op0 == 0) {
            if (l != 0 || rt != 31) {
                return U;
            }
            if (crn == 2 && op1 == 3) {
                return Op.NOP; // hint space: WFE/WFI/SEV complete at EL0; unallocated hints are NOPs
            }
            if (crn == 3 && op1 == 3) {
                return switch (op2) {
                    case 2 -> Op.CLREX;
                    case 4, 5, 6 -> Op.NOP; // DSB, DMB, ISB
                    default -> U;
                };
            }
            return U; // MSR (immediate): DAIFSet/Clr trap at EL0 (SCTLR_EL1.UMA = 0), others absent
        }
        if (op0 == 1) {
            if (l != 0 || op1 != 3 || crn != 7 || op2 != 1) {
                return U;
            }
            return switch (crm) {
                case 4 -> Op.DC_ZVA;
                case 5, 10, 11, 14 -> Op.CACHE_MAINT; // IC IVAU, DC CVAC, DC CVAU, DC CIVAC
                default -> U;
            };
        }
        int reg = (i >>> 5) & 0xFFFF;
        if (l == 1) {
            if (reg == NZCV) {
                return Op.MRS_NZCV;
            }
            if (reg == FPCR) {
                return Op.MRS_FPCR;
            }
            if (reg == FPSR) {
                return Op.MRS_FPSR;
            }
            if (reg == TPIDR_EL0) {
                return Op.MRS_TPIDR;
            }
            if (reg == TPIDRRO_EL0) {
                return Op.MRS_TPIDRRO;
            }
            if (reg == CNTVCT_EL0) {
                return Op.MRS_CNTVCT;
            }
            return SystemRegisters.readableConstant(reg) ? Op.MRS_CONST : U;
        }
        if (reg == NZCV) {
            return Op.MSR_NZCV;
        }
        if (reg == FPCR) {
            return Op.MSR_FPCR;
        }
        if (reg == FPSR) {
            return Op.MSR_FPSR;
        }
        if (reg == TPIDR_EL0) {
            return Op.MSR_TPIDR;
        }
        return U;
    }

    // ---- C4.1.88 loads and stores ----

    private static int loadStore(int i) {
        int size = i >>> 30;
        boolean v = bit(i, 26) == 1;
        int op2 = (i >>> 23) & 3;
        int b2928 = (i >>> 28) & 3;
        if (v) {
            return Op.SIMD_LS; // every load/store with V = 1 belongs to the SIMD/FP decoder
        }
        if (b2928 == 0) {
            // Exclusives and ordered (bit 24 = 0); bit 24 = 1 is unallocated in ARMv8.0.
            return op2 < 2 ? exclusive(i) : U;
        }
        if (b2928 == 1) {
            if (bit(i, 24) != 0) {
                return U; // RCpc unscaled and MTE forms
            }
            return switch (size) {
                case 0 -> Op.LDR_LIT_W;
                case 1 -> Op.LDR_LIT_X;
                case 2 -> Op.LDRSW_LIT;
                default -> Op.PRFM_LIT;
            };
        }
        if (b2928 == 2) {
            int l = bit(i, 22);
            int form = op2 == 0 || op2 == 2 ? 0 : op2 == 1 ? 1 : 2; // offset (incl. NP), post, pre
            return switch (size) {
                case 0 -> (l == 0 ? Op.STP : Op.LDP) + form;
                case 1 -> l == 1 && op2 != 0 ? Op.LDPSW + form : U; // STGP (MTE) absent
                case 2 -> (l == 0 ? Op.STP : Op.LDP) + form;
                default -> U;
            };
        }
        // b2928 == 3: single register, immediate or register offset.
        int form;
        if (bit(i, 24) == 1) {
            form = Op.FORM_UIMM;
        } else if (bit(i, 21) == 0) {
            form = switch ((i >>> 10) & 3) {
                case 0, 2 -> Op.FORM_UNSCALED; // LDUR..., LDTR... (unprivileged = EL0 anyway)
                case 1 -> Op.FORM_POST;
                default -> Op.FORM_PRE;
            };
        } else {
            if (((i >>> 10) & 3) != 2) {
                return U; // LSE atomics, pointer-authenticated loads
            }
            if (bit(i, 14) == 0) {
                return U; // option<1> must be 1
            }
            form = Op.FORM_REG;
        }
        int opc = (i >>> 22) & 3;
        int kind;
        if (opc == 0) {
            kind = Op.KIND_ST;
        } else if (opc == 1) {
            kind = Op.KIND_LDZ;
        } else if (size == 3) {
            if (opc == 3) {
                return U;
            }
            // PRFM exists for the scaled, unscaled (PRFUM) and register forms only.
            boolean prfm = form == Op.FORM_UIMM || form == Op.FORM_REG
                    || (form == Op.FORM_UNSCALED && ((i >>> 10) & 3) == 0);
            if (!prfm) {
                return U;
            }
            kind = Op.KIND_PRFM;
        } else if (size == 2) {
            if (opc == 3) {
                return U;
            }
            kind = Op.KIND_LDS64; // LDRSW
        } else {
            kind = opc == 2 ? Op.KIND_LDS64 : Op.KIND_LDS32;
        }
        return Op.LS + form * 8 + kind;
    }

    private static int exclusive(int i) {
        int size = i >>> 30;
        int o2 = bit(i, 23);
        int l = bit(i, 22);
        int o1 = bit(i, 21);
        int o0 = bit(i, 15);
        if (o2 == 0) {
            if (o1 == 1) {
                if (size < 2) {
                    return U; // CASP (ARMv8.1 LSE)
                }
                return l == 1 ? Op.LDXP : Op.STXP;
            }
            return l == 1 ? Op.LDXR : Op.STXR;
        }
        if (o1 == 1 || o0 == 0) {
            return U; // CAS, and the ARMv8.1 LORegion LDLAR/STLLR
        }
        if (((i >>> 16) & 0x1F) != 0x1F || ((i >>> 10) & 0x1F) != 0x1F) {
            return U; // Rs and Rt2 are fixed at 11111 for LDAR/STLR (as QEMU decodes them)
        }
        return l == 1 ? Op.LDAR : Op.STLR;
    }

    // ---- C4.1.89 data processing -- register ----

    private static int dataProcessingReg(int i) {
        boolean sf = i < 0;
        int op1 = bit(i, 28);
        int op2 = (i >>> 21) & 0xF;
        if (op1 == 0) {
            if ((op2 & 8) == 0) {
                if (!sf && bit(i, 15) == 1) {
                    return U; // imm6 >= 32 for a 32-bit operation
                }
                return Op.LOG_SR + (((i >>> 29) & 3) << 1 | bit(i, 21));
            }
            if ((op2 & 1) == 0) {
                int shift = (i >>> 22) & 3;
                if (shift == 3 || (!sf && bit(i, 15) == 1)) {
                    return U;
                }
                return Op.ADDSUB_SR + ((i >>> 29) & 3);
            }
            int opt = (i >>> 22) & 3;
            int imm3 = (i >>> 10) & 7;
            if (opt != 0 || imm3 > 4) {
                return U;
            }
            return Op.ADDSUB_ER + ((i >>> 29) & 3);
        }
        if ((op2 & 8) != 0) {
            return threeSource(i, sf);
        }
        switch (op2) {
            case 0:
                if (((i >>> 10) & 0x3F) != 0) {
                    return U; // RMIF, SETF8/16 (ARMv8.4)
                }
                return Op.ADC + ((i >>> 29) & 3);
            case 2:
                if (bit(i, 29) == 0 || bit(i, 10) != 0 || bit(i, 4) != 0) {
                    return U;
                }
                return (bit(i, 11) == 0 ? Op.CCMN_R : Op.CCMN_I) + bit(i, 30);
            case 4: {
                if (bit(i, 29) != 0 || bit(i, 11) != 0) {
                    return U;
                }
                return Op.CSEL + (bit(i, 30) << 1 | bit(i, 10));
            }
            case 6:
                return bit(i, 30) == 0 ? twoSource(i, sf) : oneSource(i, sf);
            default:
                return U;
        }
    }

    private static int twoSource(int i, boolean sf) {
        if (bit(i, 29) != 0) {
            return U;
        }
        int opcode = (i >>> 10) & 0x3F;
        switch (opcode) {
            case 0b000010:
                return Op.UDIV;
            case 0b000011:
                return Op.SDIV;
            case 0b001000:
                return Op.LSLV;
            case 0b001001:
                return Op.LSRV;
            case 0b001010:
                return Op.ASRV;
            case 0b001011:
                return Op.RORV;
            default:
                break;
        }
        if ((opcode & 0b111000) == 0b010000) {
            boolean x = (opcode & 3) == 3;
            return x == sf ? Op.CRC32 : U;
        }
        return U;
    }

    private static int oneSource(int i, boolean sf) {
        if (bit(i, 29) != 0 || ((i >>> 16) & 0x1F) != 0) {
            return U; // opcode2 != 0: pointer authentication (ARMv8.3)
        }
        return switch ((i >>> 10) & 0x3F) {
            case 0 -> Op.RBIT;
            case 1 -> Op.REV16;
            case 2 -> sf ? Op.REV32 : Op.REV;
            case 3 -> sf ? Op.REV : U;
            case 4 -> Op.CLZ;
            case 5 -> Op.CLS;
            default -> U;
        };
    }

    private static int threeSource(int i, boolean sf) {
        if (((i >>> 29) & 3) != 0) {
            return U;
        }
        int op31 = (i >>> 21) & 7;
        int o0 = bit(i, 15);
        if (op31 == 0) {
            return o0 == 0 ? Op.MADD : Op.MSUB;
        }
        if (!sf) {
            return U;
        }
        return switch (op31) {
            case 1 -> o0 == 0 ? Op.SMADDL : Op.SMSUBL;
            case 2 -> o0 == 0 ? Op.SMULH : U;
            case 5 -> o0 == 0 ? Op.UMADDL : Op.UMSUBL;
            case 6 -> o0 == 0 ? Op.UMULH : U;
            default -> U;
        };
    }
}
