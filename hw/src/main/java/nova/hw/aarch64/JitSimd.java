package nova.hw.aarch64;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * The AdvSIMD instructions a translated block runs inline instead of calling the SIMD&FP
 * executor: the ones glibc's string functions (strlen, strchr, memchr, strcmp...) execute in
 * their loops, where decoding each one again in the executor cost more than the rest of the
 * loop. MOVI/MVNI, DUP (general), the bitwise three-register group (AND, BIC, ORR, ORN, EOR,
 * BSL, BIT, BIF), CMEQ (register and zero), CMHS and UMAXP on bytes, SHRN from halfwords to
 * bytes, and FMOV Xd, Dn; and the double-precision moves and exact conversions busybox's
 * number formatting runs per number (FMOV Dd, Xn and Dd, Dn, FABS Dd, SCVTF/UCVTF Dd, Wn: no
 * rounding, no floating-point exception). Each computes exactly what the executor computes, a
 * 64-bit half at a time; every other encoding (and every unallocated one) still goes to the
 * executor.
 *
 * <p>The static helpers are called from translated code; they are small enough for C1 to
 * inline.
 */
final class JitSimd {
    private JitSimd() {}

    private static final ClassDesc CD_SIMD = ClassDesc.of("nova.hw.aarch64.JitSimd");
    private static final MethodTypeDesc MTD_JJ_J = MethodTypeDesc.of(CD_long, CD_long, CD_long);
    private static final MethodTypeDesc MTD_J_J = MethodTypeDesc.of(CD_long, CD_long);
    private static final MethodTypeDesc MTD_JJI_J = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_int);
    private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long HIGH = 0x8080_8080_8080_8080L;
    private static final long EVEN_BYTES = 0x00FF_00FF_00FF_00FFL;

    private static final int NONE = 0;
    private static final int LOGIC = 1;
    private static final int CMEQ = 2;
    private static final int CMHS = 3;
    private static final int CMEQ_ZERO = 4;
    private static final int UMAXP = 5;
    private static final int SHRN = 6;
    private static final int DUP = 7;
    private static final int MOVI = 8;
    private static final int FMOV_TO_X = 9;
    private static final int FMOV_FROM_X = 10;
    private static final int FMOV_D = 11;
    private static final int FABS_D = 12;
    private static final int SCVTF_D_W = 13;
    private static final int UCVTF_D_W = 14;

    /** True if {@code i} (an instruction the decoder classed as SIMD&FP) is emitted inline. */
    static boolean inline(int i) {
        return kind(i) != NONE;
    }

    private static int kind(int i) {
        if ((i & 0x9F20_FC00) == 0x0E20_1C00) {
            return LOGIC;
        }
        switch (i & 0xBFE0_FC00) {
            case 0x2E20_8C00: return CMEQ;
            case 0x2E20_3C00: return CMHS;
            case 0x2E20_A400: return UMAXP;
            default: break;
        }
        if ((i & 0xBFFF_FC00) == 0x0E20_9800) {
            return CMEQ_ZERO;
        }
        if ((i & 0xFFF8_FC00) == 0x0F08_8400) {
            return SHRN; // Q = 0, immh = 0001: halfwords to bytes
        }
        if ((i & 0xBFE0_FC00) == 0x0E00_0C00) {
            int imm5 = (i >>> 16) & 31;
            boolean q = ((i >>> 30) & 1) != 0;
            return (imm5 & 15) == 0 || ((imm5 & 15) == 8 && !q) ? NONE : DUP;
        }
        if ((i & 0x9FF8_0C00) == 0x0F00_0400) { // modified immediate with o2 = 0
            int cmode = (i >>> 12) & 15;
            boolean orrBic = cmode < 12 && (cmode & 1) != 0;
            return orrBic || cmode == 15 ? NONE : MOVI;
        }
        switch (i & 0xFFFF_FC00) {
            case 0x9E66_0000: return FMOV_TO_X;
            case 0x9E67_0000: return FMOV_FROM_X;
            case 0x1E60_4000: return FMOV_D;
            case 0x1E60_C000: return FABS_D;
            case 0x1E62_0000: return SCVTF_D_W;
            case 0x1E63_0000: return UCVTF_D_W;
            default: return NONE;
        }
    }

    /** Emits instruction {@code i} (one {@link #inline} accepts) into the block {@code e} is emitting. */
    static void emit(JitEmitter e, JitAssembler b, int i) {
        int d = i & 31;
        int n = (i >>> 5) & 31;
        int m = (i >>> 16) & 31;
        boolean q = ((i >>> 30) & 1) != 0;
        int kind = kind(i);
        switch (kind) {
            case LOGIC -> {
                int op = ((i >>> 29) & 1) << 2 | ((i >>> 22) & 3);
                for (int half = 0; half < (q ? 2 : 1); half++) {
                    logic(e, b, op, d, n, m, half);
                    b.lstore(half == 0 ? JitEmitter.L_V1 : JitEmitter.L_V2);
                }
            }
            case CMEQ, CMHS -> {
                String helper = kind == CMEQ ? "cmeqBytes" : "cmhsBytes";
                for (int half = 0; half < (q ? 2 : 1); half++) {
                    e.vHalf(n, half);
                    e.vHalf(m, half);
                    b.invokestatic(CD_SIMD, helper, MTD_JJ_J);
                    b.lstore(half == 0 ? JitEmitter.L_V1 : JitEmitter.L_V2);
                }
            }
            case UMAXP -> {
                // Result bytes 0..7 from the byte pairs of Vn, 8..15 from those of Vm (Q = 1);
                // with Q = 0, bytes 0..3 from Vn's low half and 4..7 from Vm's.
                if (q) {
                    pairMaxima(e, b, n, 0, n, 1);
                    b.lstore(JitEmitter.L_V1);
                    pairMaxima(e, b, m, 0, m, 1);
                    b.lstore(JitEmitter.L_V2);
                } else {
                    pairMaxima(e, b, n, 0, m, 0);
                    b.lstore(JitEmitter.L_V1);
                }
            }
            case CMEQ_ZERO -> {
                for (int half = 0; half < (q ? 2 : 1); half++) {
                    e.vHalf(n, half);
                    b.lconst_0().invokestatic(CD_SIMD, "cmeqBytes", MTD_JJ_J);
                    b.lstore(half == 0 ? JitEmitter.L_V1 : JitEmitter.L_V2);
                }
            }
            case SHRN -> {
                int shift = 16 - ((i >>> 16) & 0x7F);
                e.vHalf(n, 0);
                e.vHalf(n, 1);
                b.loadConstant(shift).invokestatic(CD_SIMD, "shrnBytes", MTD_JJI_J).lstore(JitEmitter.L_V1);
            }
            case DUP -> {
                int imm5 = (i >>> 16) & 31;
                long replicate;
                long mask;
                if ((imm5 & 1) != 0) {
                    replicate = 0x0101_0101_0101_0101L;
                    mask = 0xFF;
                } else if ((imm5 & 2) != 0) {
                    replicate = 0x0001_0001_0001_0001L;
                    mask = 0xFFFF;
                } else if ((imm5 & 4) != 0) {
                    replicate = 0x0000_0001_0000_0001L;
                    mask = 0xFFFF_FFFFL;
                } else {
                    replicate = 1;
                    mask = -1L;
                }
                e.pushXz(n);
                if (mask != -1L) {
                    b.loadConstant(mask).land().loadConstant(replicate).lmul();
                }
                b.lstore(JitEmitter.L_V1);
                if (q) {
                    b.lload(JitEmitter.L_V1).lstore(JitEmitter.L_V2);
                }
            }
            case MOVI -> {
                boolean op = ((i >>> 29) & 1) != 0;
                int cmode = (i >>> 12) & 15;
                int imm8 = (((i >>> 16) & 7) << 5) | ((i >>> 5) & 31);
                long imm = AdvSimdModImm.expand(op, cmode, imm8);
                long v = op && cmode != 0b1110 ? ~imm : imm;
                b.loadConstant(v).lstore(JitEmitter.L_V1);
                if (q) {
                    b.loadConstant(v).lstore(JitEmitter.L_V2);
                }
            }
            case FMOV_TO_X -> {
                e.vHalf(n, 0);
                e.popXz(d);
                return;
            }
            case FMOV_FROM_X -> {
                e.pushXz(n);
                b.lstore(JitEmitter.L_V1);
            }
            case FMOV_D -> {
                e.vHalf(n, 0);
                b.lstore(JitEmitter.L_V1);
            }
            case FABS_D -> {
                e.vHalf(n, 0);
                b.loadConstant(Long.MAX_VALUE).land().lstore(JitEmitter.L_V1);
            }
            case SCVTF_D_W, UCVTF_D_W -> {
                e.pushXz(n);
                b.invokestatic(CD_SIMD, kind == SCVTF_D_W ? "scvtfWord" : "ucvtfWord", MTD_J_J);
                b.lstore(JitEmitter.L_V1);
            }
            default -> throw new IllegalArgumentException("not an inline SIMD instruction: " + Integer.toHexString(i));
        }
        if (!q) {
            b.lconst_0().lstore(JitEmitter.L_V2);
        }
        e.vSet(d, JitEmitter.L_V1, JitEmitter.L_V2);
    }

    /** Pushes the byte-pair maxima of half {@code h1} of V{@code r1} (low 32 bits) and of half {@code h2} of V{@code r2} (high). */
    private static void pairMaxima(JitEmitter e, JitAssembler b, int r1, int h1, int r2, int h2) {
        e.vHalf(r1, h1);
        b.invokestatic(CD_SIMD, "umaxpHalf", MTD_J_J);
        e.vHalf(r2, h2);
        b.invokestatic(CD_SIMD, "umaxpHalf", MTD_J_J).bipush(32).lshl().lor();
    }

    /** Pushes half {@code half} of the bitwise three-register operation {@code op} (U:size). */
    private static void logic(JitEmitter e, JitAssembler b, int op, int d, int n, int m, int half) {
        switch (op) {
            case 0 -> { e.vHalf(n, half); e.vHalf(m, half); b.land(); }                      // AND
            case 1 -> { e.vHalf(n, half); e.vHalf(m, half); b.loadConstant(-1L).lxor().land(); } // BIC
            case 2 -> { e.vHalf(n, half); e.vHalf(m, half); b.lor(); }                       // ORR
            case 3 -> { e.vHalf(n, half); e.vHalf(m, half); b.loadConstant(-1L).lxor().lor(); }  // ORN
            case 4 -> { e.vHalf(n, half); e.vHalf(m, half); b.lxor(); }                      // EOR
            case 5 -> { // BSL: d = m ^ ((n ^ m) & d)
                e.vHalf(m, half);
                e.vHalf(n, half);
                e.vHalf(m, half);
                b.lxor();
                e.vHalf(d, half);
                b.land().lxor();
            }
            default -> { // BIT: d = d ^ ((n ^ d) & m); BIF: d = d ^ ((n ^ d) & ~m)
                e.vHalf(d, half);
                e.vHalf(n, half);
                e.vHalf(d, half);
                b.lxor();
                e.vHalf(m, half);
                if (op == 7) {
                    b.loadConstant(-1L).lxor();
                }
                b.land().lxor();
            }
        }
    }

    // ---- helpers called by translated code ----

    /** 0xFF in every byte where {@code a} and {@code b} are equal, 0 elsewhere (CMEQ on bytes). */
    static long cmeqBytes(long a, long b) {
        long x = a ^ b;
        long zero = ~(((x & LOW7) + LOW7) | x | LOW7); // top bit set exactly where the byte is 0
        return (zero >>> 7) * 0xFF;
    }

    /** 0xFF in every byte where {@code a} >= {@code b} unsigned, 0 elsewhere (CMHS on bytes). */
    static long cmhsBytes(long a, long b) {
        long lowGe = ((a | HIGH) - (b & LOW7)) & HIGH; // low 7 bits: a >= b, no borrow between bytes
        long ah = a & HIGH;
        long bh = b & HIGH;
        long ge = (ah & ~bh) | (~(ah ^ bh) & lowGe);
        return (ge >>> 7) * 0xFF;
    }

    /** The low byte of each halfword of {@code lo}:{@code hi} shifted right by {@code s} (1..8), packed (SHRN). */
    static long shrnBytes(long lo, long hi, int s) {
        return packEvenBytes((lo >>> s) & EVEN_BYTES) | packEvenBytes((hi >>> s) & EVEN_BYTES) << 32;
    }

    /** The maxima of the four byte pairs of {@code x}, unsigned, packed into 32 bits (UMAXP). */
    static long umaxpHalf(long x) {
        long even = x & EVEN_BYTES;
        long odd = (x >>> 8) & EVEN_BYTES;
        long evenGe = ((even | 0x0100_0100_0100_0100L) - odd) >>> 8 & 0x0001_0001_0001_0001L;
        long pick = evenGe * 0xFFFF;
        return packEvenBytes((even & pick) | (odd & ~pick));
    }

    /** SCVTF Dd, Wn: the low word of {@code w} as a signed integer, as a double (exact). */
    static long scvtfWord(long w) {
        return Double.doubleToRawLongBits((int) w);
    }

    /** UCVTF Dd, Wn: the low word of {@code w} as an unsigned integer, as a double (exact). */
    static long ucvtfWord(long w) {
        return Double.doubleToRawLongBits(w & 0xFFFF_FFFFL);
    }

    /** Bytes 0, 2, 4, 6 of {@code x} (its other bytes zero) as bytes 0..3. */
    private static long packEvenBytes(long x) {
        long y = (x | (x >>> 8)) & 0x0000_FFFF_0000_FFFFL;
        return (y | (y >>> 16)) & 0xFFFF_FFFFL;
    }
}
