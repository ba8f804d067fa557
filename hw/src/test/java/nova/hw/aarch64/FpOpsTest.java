package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * Targeted checks of {@link FpOps} against the ARM ARM pseudocode rules. Every expected result
 * and FPSR value below was observed on {@code qemu-aarch64 -cpu cortex-a57} (QEMU 7.2) running
 * the corresponding A64 instruction with the given FPCR, starting from FPSR = 0; the qemu
 * observation is the oracle, the rule named by each test is what the cases exercise.
 */
class FpOpsTest {
    private static final int FZ = FPCR_FZ, DN = FPCR_DN, AHP = FPCR_AHP;

    /**
     * Runs one operation the way the instruction {@code op} would (operands n = a, m = b,
     * addend = c for the 3-source forms) and checks the result bits and the FPSR flags.
     */
    private static void check(String op, int fpcr, long a, long b, long c, long expected, int expectedFpsr) {
        Cpu cpu = new Cpu(new GuestMemory());
        cpu.fpcr = fpcr;
        long actual = run(cpu, op, a, b, c);
        String what = String.format("%s fpcr=%x a=%x b=%x c=%x", op, fpcr, a, b, c);
        assertEquals(Long.toHexString(expected), Long.toHexString(actual), what + " result");
        assertEquals(Integer.toHexString(expectedFpsr), Integer.toHexString(cpu.fpsr), what + " fpsr");
    }

    private static int sizeOf(char letter) {
        return switch (letter) {
            case 'h' -> HALF;
            case 's' -> SINGLE;
            default -> DOUBLE;
        };
    }

    private static long run(Cpu cpu, String op, long a, long b, long c) {
        String[] parts = op.split("_");
        String name = parts[0];
        if (name.equals("fcvtxn")) return convert(cpu, DOUBLE, SINGLE, a, RO);
        if (name.equals("fcvt")) return convert(cpu, sizeOf(parts[1].charAt(1)), sizeOf(parts[1].charAt(0)), a);
        int fbits = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        if (name.startsWith("fcvt")) { // fcvt{n,p,m,z,a}{s,u}_{w,x}{s,d}
            int size = sizeOf(parts[1].charAt(1));
            int intBits = parts[1].charAt(0) == 'w' ? 32 : 64;
            int mode = switch (name.charAt(4)) {
                case 'n' -> RN;
                case 'p' -> RP;
                case 'm' -> RM;
                case 'a' -> RA;
                default -> RZ;
            };
            long r = toFixed(cpu, size, a, fbits, name.charAt(5) == 'u', intBits, mode);
            return intBits == 32 ? r & 0xFFFF_FFFFL : r;
        }
        if (name.endsWith("cvtf")) { // {s,u}cvtf_{s,d}{w,x}
            int intBits = parts[1].charAt(1) == 'w' ? 32 : 64;
            return fromFixed(cpu, sizeOf(parts[1].charAt(0)), a, fbits, name.charAt(0) == 'u', intBits);
        }
        int size = sizeOf(parts[1].charAt(0));
        long allOnes = size == DOUBLE ? -1L : 0xFFFF_FFFFL;
        return switch (name) {
            case "fadd" -> add(cpu, size, a, b);
            case "fsub" -> sub(cpu, size, a, b);
            case "fmul" -> mul(cpu, size, a, b);
            case "fnmul" -> neg(cpu, size, mul(cpu, size, a, b));
            case "fdiv" -> div(cpu, size, a, b);
            case "fmax" -> max(cpu, size, a, b);
            case "fmin" -> min(cpu, size, a, b);
            case "fmaxnm" -> maxNum(cpu, size, a, b);
            case "fminnm" -> minNum(cpu, size, a, b);
            case "fmulx" -> mulX(cpu, size, a, b);
            case "frecps" -> recipStep(cpu, size, a, b);
            case "frsqrts" -> rsqrtStep(cpu, size, a, b);
            case "fmadd" -> mulAdd(cpu, size, c, a, b);
            case "fmsub" -> mulAdd(cpu, size, c, neg(cpu, size, a), b);
            case "fnmadd" -> mulAdd(cpu, size, neg(cpu, size, c), neg(cpu, size, a), b);
            case "fnmsub" -> mulAdd(cpu, size, neg(cpu, size, c), a, b);
            case "fsqrt" -> sqrt(cpu, size, a);
            case "fabs" -> abs(cpu, size, a);
            case "fneg" -> neg(cpu, size, a);
            case "frintn" -> roundToIntegral(cpu, size, a, RN, false);
            case "frintp" -> roundToIntegral(cpu, size, a, RP, false);
            case "frintm" -> roundToIntegral(cpu, size, a, RM, false);
            case "frintz" -> roundToIntegral(cpu, size, a, RZ, false);
            case "frinta" -> roundToIntegral(cpu, size, a, RA, false);
            case "frintx" -> roundToIntegral(cpu, size, a, rmode(cpu), true);
            case "frinti" -> roundToIntegral(cpu, size, a, rmode(cpu), false);
            case "frecpe" -> recipEstimate(cpu, size, a);
            case "frsqrte" -> rsqrtEstimate(cpu, size, a);
            case "frecpx" -> recpX(cpu, size, a);
            case "fcmp" -> compare(cpu, size, a, b, false) & 0xFFFF_FFFFL;
            case "fcmpe" -> compare(cpu, size, a, b, true) & 0xFFFF_FFFFL;
            case "fcmpz" -> compare(cpu, size, a, 0, false) & 0xFFFF_FFFFL;
            case "fcmeq" -> compareEq(cpu, size, a, b) ? allOnes : 0;
            case "fcmge" -> compareGe(cpu, size, a, b) ? allOnes : 0;
            case "fcmgt" -> compareGt(cpu, size, a, b) ? allOnes : 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** FPProcessNaNs: a signalling NaN in either operand wins (first operand first), then a quiet NaN in operand order; the NaN is quieted, IOC for signalling. */
    @Test
    void nanPropagationSignallingFirstThenOperandOrder() {
        check("fadd_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fadd_s", 0, 0x7f800011L, 0xff800022L, 0x0L, 0x7fc00011L, IOC);
        check("fadd_s", 0, 0x7fc00033L, 0xffc00044L, 0x0L, 0x7fc00033L, 0);
        check("fadd_s", 0, 0x3f800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fmul_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fmul_s", 0, 0x7f800011L, 0xff800022L, 0x0L, 0x7fc00011L, IOC);
        check("fmul_s", 0, 0x7fc00033L, 0xffc00044L, 0x0L, 0x7fc00033L, 0);
        check("fmul_s", 0, 0x3f800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fmax_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fmax_s", 0, 0x7f800011L, 0xff800022L, 0x0L, 0x7fc00011L, IOC);
        check("fmax_s", 0, 0x7fc00033L, 0xffc00044L, 0x0L, 0x7fc00033L, 0);
        check("fmax_s", 0, 0x3f800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fsub_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fsub_s", 0, 0x7f800011L, 0xff800022L, 0x0L, 0x7fc00011L, IOC);
        check("fsub_s", 0, 0x7fc00033L, 0xffc00044L, 0x0L, 0x7fc00033L, 0);
        check("fsub_s", 0, 0x3f800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fdiv_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fdiv_s", 0, 0x7f800011L, 0xff800022L, 0x0L, 0x7fc00011L, IOC);
        check("fdiv_s", 0, 0x7fc00033L, 0xffc00044L, 0x0L, 0x7fc00033L, 0);
        check("fdiv_s", 0, 0x3f800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fadd_d", 0, 0x7ff8000000000033L, 0xfff0000000000022L, 0x0L, 0xfff8000000000022L, IOC);
        check("fadd_d", 0, 0xfff8000000000044L, 0x7ff8000000000033L, 0x0L, 0xfff8000000000044L, 0);
        check("fadd_d", DN, 0x7ff8000000000033L, 0xfff0000000000022L, 0x0L, 0x7ff8000000000000L, IOC);
    }

    /** FPMulAdd: FPProcessNaNs3(addend, op1, op2); inf*0 with a quiet-NaN addend is the default NaN with IOC; FMSUB/FNMADD/FNMSUB/FNMUL negate NaN operands/results. */
    @Test
    void fusedMultiplyAddNanOrderIsAddendFirstAndInfTimesZeroBeatsQuietAddend() {
        check("fmadd_s", 0, 0x7fc00033L, 0xffc00044L, 0x7f800011L, 0x7fc00011L, IOC);
        check("fmadd_s", 0, 0x7f800011L, 0xffc00044L, 0x7fc00033L, 0x7fc00011L, IOC);
        check("fmadd_s", 0, 0x7fc00033L, 0xff800022L, 0x3f800000L, 0xffc00022L, IOC);
        check("fmadd_s", 0, 0x7fc00033L, 0xffc00044L, 0x7fc00133L, 0x7fc00133L, 0);
        check("fmadd_s", 0, 0x3f800000L, 0xffc00044L, 0x7fc00033L, 0x7fc00033L, 0);
        check("fmadd_s", 0, 0x7f800000L, 0x0L, 0x7fc00033L, 0x7fc00000L, IOC);
        check("fmadd_s", 0, 0x0L, 0x7f800000L, 0x7fc00033L, 0x7fc00000L, IOC);
        check("fmadd_s", 0, 0x7f800000L, 0x0L, 0x7f800011L, 0x7fc00011L, IOC);
        check("fmadd_s", 0, 0x7f800000L, 0x0L, 0x3f800000L, 0x7fc00000L, IOC);
        check("fmadd_s", 0, 0xffc00044L, 0x0L, 0x7fc00033L, 0x7fc00033L, 0);
        check("fmsub_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0xffc00033L, 0);
        check("fnmadd_s", 0, 0x3f800000L, 0x3f800000L, 0x7fc00033L, 0xffc00033L, 0);
        check("fnmsub_d", 0, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x7ff0000000000011L, 0xfff8000000000011L, IOC);
        check("fnmul_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0xffc00033L, 0);
        check("fnmul_s", DN, 0x7f800000L, 0x0L, 0x0L, 0xffc00000L, IOC);
    }

    /** FPMulAdd rounds the exact addend + op1*op2 once; exact zero sums take their sign from the rounding mode. */
    @Test
    void fusedMultiplyAddRoundsOnce() {
        check("fmsub_s", 0, 0x3f800001L, 0x3f800001L, 0x3f800002L, 0xa8800000L, 0);
        check("fnmsub_s", 0, 0x3f800001L, 0x3f800001L, 0x3f800002L, 0x28800000L, 0);
        check("fmadd_d", 0, 0x3ff0000000000001L, 0x3ff0000000000001L, 0xbff0000000000002L, 0x3970000000000000L, 0);
        check("fmadd_d", RM << 22, 0x3ff0000000000000L, 0x3ff0000000000000L, 0xbff0000000000000L, 0x8000000000000000L, 0);
        check("fmadd_d", 0, 0x3ff0000000000000L, 0x3ff0000000000000L, 0xbff0000000000000L, 0x0L, 0);
        check("fmadd_s", 0, 0x80000000L, 0x3f800000L, 0x80000000L, 0x80000000L, 0);
        check("fmadd_s", 0, 0x0L, 0x3f800000L, 0x80000000L, 0x0L, 0);
        check("fmadd_s", RM << 22, 0x0L, 0x3f800000L, 0x80000000L, 0x80000000L, 0);
        check("fmadd_s", 0, 0x400000L, 0x3f000000L, 0x1L, 0x200001L, 0);
        check("fmadd_s", FZ, 0x400000L, 0x3f000000L, 0x800000L, 0x800000L, IDC);
    }

    /** FPProcessNaN quiets a signalling NaN with IOC; FABS/FNEG only touch the sign bit; FPConvertNaN keeps the payload. */
    @Test
    void signallingNanIsQuietedExceptByAbsNeg() {
        check("fsqrt_s", 0, 0x7f800011L, 0x0L, 0x0L, 0x7fc00011L, IOC);
        check("frintx_s", 0, 0x7f800011L, 0x0L, 0x0L, 0x7fc00011L, IOC);
        check("fabs_s", 0, 0x7f800011L, 0x0L, 0x0L, 0x7f800011L, 0);
        check("fneg_s", 0, 0x7f800011L, 0x0L, 0x0L, 0xff800011L, 0);
        check("fsqrt_d", 0, 0xfff0000000000022L, 0x0L, 0x0L, 0xfff8000000000022L, IOC);
        check("fcvt_ds", 0, 0x7f803011L, 0x0L, 0x0L, 0x7ff8060220000000L, IOC);
        check("fcvt_sd", 0, 0xfff3000000000022L, 0x0L, 0x0L, 0xffd80000L, IOC);
        check("fcvt_hs", 0, 0x7f803011L, 0x0L, 0x0L, 0x7e01L, IOC);
    }

    /** Invalid operations (inf*0, inf-inf, 0/0, inf/inf, sqrt of a negative) give the default NaN and IOC; sqrt(-0) = -0. */
    @Test
    void invalidOperationsGiveDefaultNan() {
        check("fmul_s", 0, 0x7f800000L, 0x0L, 0x0L, 0x7fc00000L, IOC);
        check("fsub_s", 0, 0x7f800000L, 0x7f800000L, 0x0L, 0x7fc00000L, IOC);
        check("fdiv_s", 0, 0x0L, 0x0L, 0x0L, 0x7fc00000L, IOC);
        check("fdiv_d", 0, 0x7ff0000000000000L, 0x7ff0000000000000L, 0x0L, 0x7ff8000000000000L, IOC);
        check("fsqrt_s", 0, 0xbf800000L, 0x0L, 0x0L, 0x7fc00000L, IOC);
        check("fadd_d", 0, 0x7ff0000000000000L, 0xfff0000000000000L, 0x0L, 0x7ff8000000000000L, IOC);
        check("fsqrt_s", 0, 0x80000000L, 0x0L, 0x0L, 0x80000000L, 0);
    }

    /** FPCR.DN: every NaN result is the default NaN. */
    @Test
    void defaultNanModeReplacesEveryNanResult() {
        check("fadd_s", DN, 0xffc00044L, 0x3f800000L, 0x0L, 0x7fc00000L, 0);
        check("fsqrt_s", DN, 0xffc00044L, 0x3f800000L, 0x0L, 0x7fc00000L, 0);
        check("frinti_s", DN, 0xffc00044L, 0x3f800000L, 0x0L, 0x7fc00000L, 0);
        check("fcvt_ds", DN, 0xffc00044L, 0x0L, 0x0L, 0x7ff8000000000000L, 0);
    }

    /** FPRound in each FPCR.RMode on exact halfway and near-halfway values (add, mul, div, sqrt, SCVTF, FRINTI, FCVT). */
    @Test
    void everyRoundingModeOnHalfwayCases() {
        check("fadd_s", 0, 0x3f800000L, 0x33800000L, 0x0L, 0x3f800000L, IXC);
        check("fadd_s", 0, 0x3f800001L, 0x33800000L, 0x0L, 0x3f800002L, IXC);
        check("fadd_s", 0, 0xbf800001L, 0xb3800000L, 0x0L, 0xbf800002L, IXC);
        check("fadd_d", 0, 0x3ff0000000000000L, 0x3ca0000000000000L, 0x0L, 0x3ff0000000000000L, IXC);
        check("fmul_d", 0, 0x3ff0000000000001L, 0x3ff8000000000000L, 0x0L, 0x3ff8000000000002L, IXC);
        check("fdiv_s", 0, 0x3f800000L, 0x40400000L, 0x0L, 0x3eaaaaabL, IXC);
        check("fsqrt_d", 0, 0x4000000000000000L, 0x0L, 0x0L, 0x3ff6a09e667f3bcdL, IXC);
        check("scvtf_sw", 0, 0x1000001L, 0x0L, 0x0L, 0x4b800000L, IXC);
        check("scvtf_sw", 0, 0xfefffffdL, 0x0L, 0x0L, 0xcb800002L, IXC);
        check("frinti_s", 0, 0x3fc00000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frinti_s", 0, 0xc0200000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("fcvt_sd", 0, 0x3ff0000010000000L, 0x0L, 0x0L, 0x3f800000L, IXC);
        check("fadd_s", RP << 22, 0x3f800000L, 0x33800000L, 0x0L, 0x3f800001L, IXC);
        check("fadd_s", RP << 22, 0x3f800001L, 0x33800000L, 0x0L, 0x3f800002L, IXC);
        check("fadd_s", RP << 22, 0xbf800001L, 0xb3800000L, 0x0L, 0xbf800001L, IXC);
        check("fadd_d", RP << 22, 0x3ff0000000000000L, 0x3ca0000000000000L, 0x0L, 0x3ff0000000000001L, IXC);
        check("fmul_d", RP << 22, 0x3ff0000000000001L, 0x3ff8000000000000L, 0x0L, 0x3ff8000000000002L, IXC);
        check("fdiv_s", RP << 22, 0x3f800000L, 0x40400000L, 0x0L, 0x3eaaaaabL, IXC);
        check("fsqrt_d", RP << 22, 0x4000000000000000L, 0x0L, 0x0L, 0x3ff6a09e667f3bcdL, IXC);
        check("scvtf_sw", RP << 22, 0x1000001L, 0x0L, 0x0L, 0x4b800001L, IXC);
        check("scvtf_sw", RP << 22, 0xfefffffdL, 0x0L, 0x0L, 0xcb800001L, IXC);
        check("frinti_s", RP << 22, 0x3fc00000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frinti_s", RP << 22, 0xc0200000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("fcvt_sd", RP << 22, 0x3ff0000010000000L, 0x0L, 0x0L, 0x3f800001L, IXC);
        check("fadd_s", RM << 22, 0x3f800000L, 0x33800000L, 0x0L, 0x3f800000L, IXC);
        check("fadd_s", RM << 22, 0x3f800001L, 0x33800000L, 0x0L, 0x3f800001L, IXC);
        check("fadd_s", RM << 22, 0xbf800001L, 0xb3800000L, 0x0L, 0xbf800002L, IXC);
        check("fadd_d", RM << 22, 0x3ff0000000000000L, 0x3ca0000000000000L, 0x0L, 0x3ff0000000000000L, IXC);
        check("fmul_d", RM << 22, 0x3ff0000000000001L, 0x3ff8000000000000L, 0x0L, 0x3ff8000000000001L, IXC);
        check("fdiv_s", RM << 22, 0x3f800000L, 0x40400000L, 0x0L, 0x3eaaaaaaL, IXC);
        check("fsqrt_d", RM << 22, 0x4000000000000000L, 0x0L, 0x0L, 0x3ff6a09e667f3bccL, IXC);
        check("scvtf_sw", RM << 22, 0x1000001L, 0x0L, 0x0L, 0x4b800000L, IXC);
        check("scvtf_sw", RM << 22, 0xfefffffdL, 0x0L, 0x0L, 0xcb800002L, IXC);
        check("frinti_s", RM << 22, 0x3fc00000L, 0x0L, 0x0L, 0x3f800000L, 0);
        check("frinti_s", RM << 22, 0xc0200000L, 0x0L, 0x0L, 0xc0400000L, 0);
        check("fcvt_sd", RM << 22, 0x3ff0000010000000L, 0x0L, 0x0L, 0x3f800000L, IXC);
        check("fadd_s", RZ << 22, 0x3f800000L, 0x33800000L, 0x0L, 0x3f800000L, IXC);
        check("fadd_s", RZ << 22, 0x3f800001L, 0x33800000L, 0x0L, 0x3f800001L, IXC);
        check("fadd_s", RZ << 22, 0xbf800001L, 0xb3800000L, 0x0L, 0xbf800001L, IXC);
        check("fadd_d", RZ << 22, 0x3ff0000000000000L, 0x3ca0000000000000L, 0x0L, 0x3ff0000000000000L, IXC);
        check("fmul_d", RZ << 22, 0x3ff0000000000001L, 0x3ff8000000000000L, 0x0L, 0x3ff8000000000001L, IXC);
        check("fdiv_s", RZ << 22, 0x3f800000L, 0x40400000L, 0x0L, 0x3eaaaaaaL, IXC);
        check("fsqrt_d", RZ << 22, 0x4000000000000000L, 0x0L, 0x0L, 0x3ff6a09e667f3bccL, IXC);
        check("scvtf_sw", RZ << 22, 0x1000001L, 0x0L, 0x0L, 0x4b800000L, IXC);
        check("scvtf_sw", RZ << 22, 0xfefffffdL, 0x0L, 0x0L, 0xcb800001L, IXC);
        check("frinti_s", RZ << 22, 0x3fc00000L, 0x0L, 0x0L, 0x3f800000L, 0);
        check("frinti_s", RZ << 22, 0xc0200000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("fcvt_sd", RZ << 22, 0x3ff0000010000000L, 0x0L, 0x0L, 0x3f800000L, IXC);
    }

    /** FPRound overflow: infinity or the largest finite number depending on mode and sign, OFC and IXC. */
    @Test
    void overflowGivesInfinityOrLargestFiniteByRoundingMode() {
        check("fmul_s", 0, 0x7f7fffffL, 0x40000000L, 0x0L, 0x7f800000L, OFC | IXC);
        check("fmul_s", 0, 0xff7fffffL, 0x40000000L, 0x0L, 0xff800000L, OFC | IXC);
        check("fadd_d", 0, 0x7fefffffffffffffL, 0x7ca0000000000000L, 0x0L, 0x7ff0000000000000L, OFC | IXC);
        check("fadd_d", 0, 0x7fefffffffffffffL, 0x7c9fffffffffffffL, 0x0L, 0x7ff0000000000000L, OFC | IXC);
        check("fcvt_sd", 0, 0x47efffffff000000L, 0x0L, 0x0L, 0x7f800000L, OFC | IXC);
        check("fcvt_hs", 0, 0x477ff000L, 0x0L, 0x0L, 0x7c00L, OFC | IXC);
        check("fmul_s", RP << 22, 0x7f7fffffL, 0x40000000L, 0x0L, 0x7f800000L, OFC | IXC);
        check("fmul_s", RP << 22, 0xff7fffffL, 0x40000000L, 0x0L, 0xff7fffffL, OFC | IXC);
        check("fadd_d", RP << 22, 0x7fefffffffffffffL, 0x7ca0000000000000L, 0x0L, 0x7ff0000000000000L, OFC | IXC);
        check("fadd_d", RP << 22, 0x7fefffffffffffffL, 0x7c9fffffffffffffL, 0x0L, 0x7ff0000000000000L, OFC | IXC);
        check("fcvt_sd", RP << 22, 0x47efffffff000000L, 0x0L, 0x0L, 0x7f800000L, OFC | IXC);
        check("fcvt_hs", RP << 22, 0x477ff000L, 0x0L, 0x0L, 0x7c00L, OFC | IXC);
        check("fmul_s", RM << 22, 0x7f7fffffL, 0x40000000L, 0x0L, 0x7f7fffffL, OFC | IXC);
        check("fmul_s", RM << 22, 0xff7fffffL, 0x40000000L, 0x0L, 0xff800000L, OFC | IXC);
        check("fadd_d", RM << 22, 0x7fefffffffffffffL, 0x7ca0000000000000L, 0x0L, 0x7fefffffffffffffL, OFC | IXC);
        check("fadd_d", RM << 22, 0x7fefffffffffffffL, 0x7c9fffffffffffffL, 0x0L, 0x7fefffffffffffffL, IXC);
        check("fcvt_sd", RM << 22, 0x47efffffff000000L, 0x0L, 0x0L, 0x7f7fffffL, IXC);
        check("fcvt_hs", RM << 22, 0x477ff000L, 0x0L, 0x0L, 0x7bffL, IXC);
        check("fmul_s", RZ << 22, 0x7f7fffffL, 0x40000000L, 0x0L, 0x7f7fffffL, OFC | IXC);
        check("fmul_s", RZ << 22, 0xff7fffffL, 0x40000000L, 0x0L, 0xff7fffffL, OFC | IXC);
        check("fadd_d", RZ << 22, 0x7fefffffffffffffL, 0x7ca0000000000000L, 0x0L, 0x7fefffffffffffffL, OFC | IXC);
        check("fadd_d", RZ << 22, 0x7fefffffffffffffL, 0x7c9fffffffffffffL, 0x0L, 0x7fefffffffffffffL, IXC);
        check("fcvt_sd", RZ << 22, 0x47efffffff000000L, 0x0L, 0x0L, 0x7f7fffffL, IXC);
        check("fcvt_hs", RZ << 22, 0x477ff000L, 0x0L, 0x0L, 0x7bffL, IXC);
    }

    /** FPAdd: x + (-x) is +0 except in round-toward-minus; (-0) + (-0) = -0. */
    @Test
    void exactZeroSumIsNegativeOnlyWhenRoundingTowardMinus() {
        check("fadd_s", 0, 0x3f800000L, 0xbf800000L, 0x0L, 0x0L, 0);
        check("fsub_d", 0, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x0L, 0x0L, 0);
        check("fadd_s", 0, 0x80000000L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", 0, 0x0L, 0x80000000L, 0x0L, 0x0L, 0);
        check("fmul_s", 0, 0x80000000L, 0x3f800000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", RP << 22, 0x3f800000L, 0xbf800000L, 0x0L, 0x0L, 0);
        check("fsub_d", RP << 22, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x0L, 0x0L, 0);
        check("fadd_s", RP << 22, 0x80000000L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", RP << 22, 0x0L, 0x80000000L, 0x0L, 0x0L, 0);
        check("fmul_s", RP << 22, 0x80000000L, 0x3f800000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", RM << 22, 0x3f800000L, 0xbf800000L, 0x0L, 0x80000000L, 0);
        check("fsub_d", RM << 22, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x0L, 0x8000000000000000L, 0);
        check("fadd_s", RM << 22, 0x80000000L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", RM << 22, 0x0L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fmul_s", RM << 22, 0x80000000L, 0x3f800000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", RZ << 22, 0x3f800000L, 0xbf800000L, 0x0L, 0x0L, 0);
        check("fsub_d", RZ << 22, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x0L, 0x0L, 0);
        check("fadd_s", RZ << 22, 0x80000000L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fadd_s", RZ << 22, 0x0L, 0x80000000L, 0x0L, 0x0L, 0);
        check("fmul_s", RZ << 22, 0x80000000L, 0x3f800000L, 0x0L, 0x80000000L, 0);
    }

    /** Without FZ: denormal results; UFC when tiny before rounding and inexact (not for exact denormals). */
    @Test
    void denormalsWithoutFlushToZero() {
        check("fmul_s", 0, 0x800000L, 0x3f000000L, 0x0L, 0x400000L, 0);
        check("fmul_s", 0, 0x800001L, 0x3f000000L, 0x0L, 0x400000L, UFC | IXC);
        check("fmul_s", 0, 0xffffffL, 0x3f000000L, 0x0L, 0x800000L, UFC | IXC);
        check("fmul_d", RZ << 22, 0x10000000000001L, 0x3fe0000000000000L, 0x0L, 0x8000000000000L, UFC | IXC);
        check("fadd_s", 0, 0x1L, 0x1L, 0x0L, 0x2L, 0);
        check("fdiv_s", 0, 0x1L, 0x40000000L, 0x0L, 0x0L, UFC | IXC);
        check("fdiv_s", RP << 22, 0x1L, 0x40000000L, 0x0L, 0x1L, UFC | IXC);
        check("fsqrt_s", 0, 0x1L, 0x0L, 0x0L, 0x1a3504f3L, IXC);
        check("fcvt_sd", 0, 0x3800000000000001L, 0x0L, 0x0L, 0x400000L, UFC | IXC);
        check("fcvt_ds", 0, 0x1L, 0x0L, 0x0L, 0x36a0000000000000L, 0);
    }

    /** FPCR.FZ: denormal inputs become zero with IDC, tiny results become zero with UFC and no IXC; FABS is not affected; half outputs are not flushed. */
    @Test
    void flushToZeroFlushesInputsWithIdcAndOutputsWithUfc() {
        check("fadd_s", FZ, 0x1L, 0x3f800000L, 0x0L, 0x3f800000L, IDC);
        check("fmul_s", FZ, 0x800000L, 0x3f000000L, 0x0L, 0x0L, UFC);
        check("fmul_s", FZ, 0xffffffL, 0x3f000000L, 0x0L, 0x0L, UFC);
        check("fmax_s", FZ, 0x1L, 0x80000000L, 0x0L, 0x0L, IDC);
        check("fdiv_s", FZ, 0x3f800000L, 0x10L, 0x0L, 0x7f800000L, DZC | IDC);
        check("fcmp_s", FZ, 0x1L, 0x0L, 0x0L, 0x60000000L, IDC);
        check("fcvt_ds", FZ, 0x1L, 0x0L, 0x0L, 0x0L, IDC);
        check("fcvt_sd", FZ, 0x3800000000000001L, 0x0L, 0x0L, 0x0L, UFC);
        check("fcvt_hs", FZ, 0x400000L, 0x0L, 0x0L, 0x0L, IDC);
        check("frintp_s", FZ, 0x1L, 0x0L, 0x0L, 0x0L, IDC);
        check("fcvtps_ws", FZ, 0x1L, 0x0L, 0x0L, 0x0L, IDC);
        check("fabs_s", FZ, 0x80000001L, 0x0L, 0x0L, 0x1L, 0);
        check("fmul_d", FZ, 0x10000000000001L, 0x3fe0000000000000L, 0x0L, 0x0L, UFC);
        check("fsub_d", FZ, 0x8000000000000001L, 0x8000000000000001L, 0x0L, 0x0L, IDC);
    }

    /** Cumulative flags: DZC for x/0, IXC for inexact results, IOC for signalling compares; FCMP/FCMPE NZCV; vector compares; FRECPX. */
    @Test
    void exceptionFlagsForEachOperation() {
        check("fdiv_s", 0, 0x3f800000L, 0x0L, 0x0L, 0x7f800000L, DZC);
        check("fdiv_d", 0, 0xbff0000000000000L, 0x0L, 0x0L, 0xfff0000000000000L, DZC);
        check("fdiv_s", 0, 0x7f800000L, 0x0L, 0x0L, 0x7f800000L, 0);
        check("fdiv_s", 0, 0x3f800000L, 0x41200000L, 0x0L, 0x3dcccccdL, IXC);
        check("fsqrt_s", 0, 0x40000000L, 0x0L, 0x0L, 0x3fb504f3L, IXC);
        check("fsqrt_s", 0, 0x40800000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("fcmp_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x30000000L, 0);
        check("fcmpe_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x30000000L, IOC);
        check("fcmp_s", 0, 0x7f800011L, 0x3f800000L, 0x0L, 0x30000000L, IOC);
        check("fcmp_d", 0, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x0L, 0x60000000L, 0);
        check("fcmp_d", 0, 0x8000000000000000L, 0x0L, 0x0L, 0x60000000L, 0);
        check("fcmpz_d", 0, 0xbff0000000000000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("fcmpe_s", 0, 0x40000000L, 0x3f800000L, 0x0L, 0x20000000L, 0);
        check("fcmeq_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x0L, 0);
        check("fcmeq_s", 0, 0x7f800011L, 0x3f800000L, 0x0L, 0x0L, IOC);
        check("fcmge_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x0L, IOC);
        check("fcmgt_d", 0, 0x4000000000000000L, 0x3ff0000000000000L, 0x0L, 0xffffffffffffffffL, 0);
        check("fmulx_s", 0, 0x7f800000L, 0x80000000L, 0x0L, 0xc0000000L, 0);
        check("frecpx_s", 0, 0x40400000L, 0x0L, 0x0L, 0x3f800000L, 0);
        check("frecpx_d", 0, 0x1L, 0x0L, 0x0L, 0x7fe0000000000000L, 0);
        check("frecpx_s", FZ, 0x1L, 0x0L, 0x0L, 0x7f000000L, IDC);
    }

    /** FPToFixed: NaN gives 0 with IOC, out-of-range values saturate with IOC (no IXC), otherwise IXC when inexact; rounding per instruction. */
    @Test
    void convertToIntegerSaturatesWithInvalidAndNanGivesZero() {
        check("fcvtzs_ws", 0, 0x7fc00033L, 0x0L, 0x0L, 0x0L, IOC);
        check("fcvtzs_ws", 0, 0x4f000000L, 0x0L, 0x0L, 0x7fffffffL, IOC);
        check("fcvtzs_ws", 0, 0xcf000000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("fcvtzs_ws", 0, 0xcf000001L, 0x0L, 0x0L, 0x80000000L, IOC);
        check("fcvtzu_ws", 0, 0xbf000000L, 0x0L, 0x0L, 0x0L, IXC);
        check("fcvtzu_ws", 0, 0xbf800000L, 0x0L, 0x0L, 0x0L, IOC);
        check("fcvtzu_ws", 0, 0x4f800000L, 0x0L, 0x0L, 0xffffffffL, IOC);
        check("fcvtzu_ws", 0, 0x4f7fffffL, 0x0L, 0x0L, 0xffffff00L, 0);
        check("fcvtzs_xd", 0, 0x43e0000000000000L, 0x0L, 0x0L, 0x7fffffffffffffffL, IOC);
        check("fcvtzs_xd", 0, 0xc3e0000000000000L, 0x0L, 0x0L, 0x8000000000000000L, 0);
        check("fcvtzu_xd", 0, 0x43f0000000000000L, 0x0L, 0x0L, 0xffffffffffffffffL, IOC);
        check("fcvtzu_xd", 0, 0x43efffffffffffffL, 0x0L, 0x0L, 0xfffffffffffff800L, 0);
        check("fcvtzs_xs", 0, 0xff800000L, 0x0L, 0x0L, 0x8000000000000000L, IOC);
        check("fcvtzu_xs", 0, 0x7f800000L, 0x0L, 0x0L, 0xffffffffffffffffL, IOC);
        check("fcvtns_ws", 0, 0x3fc00000L, 0x0L, 0x0L, 0x2L, IXC);
        check("fcvtns_ws", 0, 0x40200000L, 0x0L, 0x0L, 0x2L, IXC);
        check("fcvtas_ws", 0, 0x40200000L, 0x0L, 0x0L, 0x3L, IXC);
        check("fcvtas_ws", 0, 0xc0200000L, 0x0L, 0x0L, 0xfffffffdL, IXC);
        check("fcvtms_ws", 0, 0xbfc00000L, 0x0L, 0x0L, 0xfffffffeL, IXC);
        check("fcvtps_ws", 0, 0x3fc00000L, 0x0L, 0x0L, 0x2L, IXC);
        check("fcvtau_xd", 0, 0x3fe0000000000000L, 0x0L, 0x0L, 0x1L, IXC);
        check("fcvtzs_ws_16", 0, 0x47000000L, 0x0L, 0x0L, 0x7fffffffL, IOC);
        check("fcvtzs_ws_16", 0, 0x46fffffeL, 0x0L, 0x0L, 0x7fffff00L, 0);
        check("fcvtzu_xs_32", 0, 0x3f800000L, 0x0L, 0x0L, 0x100000000L, 0);
        check("fcvtzs_xd_32", 0, 0x41e0000000000000L, 0x0L, 0x0L, 0x7fffffffffffffffL, IOC);
        check("fcvtns_xd", 0, 0x7ff0000000000011L, 0x0L, 0x0L, 0x0L, IOC);
    }

    /** FixedToFP rounds in the FPCR mode (64-bit and fixed-point sources). */
    @Test
    void convertFromIntegerRoundsByFpcr() {
        check("scvtf_sx", 0, 0x7fffffffffffffffL, 0x0L, 0x0L, 0x5f000000L, IXC);
        check("scvtf_sx", RZ << 22, 0x7fffffffffffffffL, 0x0L, 0x0L, 0x5effffffL, IXC);
        check("ucvtf_dx", 0, 0xffffffffffffffffL, 0x0L, 0x0L, 0x43f0000000000000L, IXC);
        check("ucvtf_dx", RZ << 22, 0xffffffffffffffffL, 0x0L, 0x0L, 0x43efffffffffffffL, IXC);
        check("ucvtf_sw", 0, 0xffffffffL, 0x0L, 0x0L, 0x4f800000L, IXC);
        check("ucvtf_sw", RZ << 22, 0xffffffffL, 0x0L, 0x0L, 0x4f7fffffL, IXC);
        check("scvtf_dx", 0, 0x8000000000000000L, 0x0L, 0x0L, 0xc3e0000000000000L, 0);
        check("scvtf_dx", RZ << 22, 0x8000000000000000L, 0x0L, 0x0L, 0xc3e0000000000000L, 0);
        check("scvtf_sw_16", 0, 0x80000000L, 0x0L, 0x0L, 0xc7000000L, 0);
        check("scvtf_sw_16", RZ << 22, 0x80000000L, 0x0L, 0x0L, 0xc7000000L, 0);
        check("ucvtf_dx_32", 0, 0x1L, 0x0L, 0x0L, 0x3df0000000000000L, 0);
        check("ucvtf_dx_32", RZ << 22, 0x1L, 0x0L, 0x0L, 0x3df0000000000000L, 0);
        check("scvtf_dw", 0, 0x0L, 0x0L, 0x0L, 0x0L, 0);
        check("scvtf_dw", RZ << 22, 0x0L, 0x0L, 0x0L, 0x0L, 0);
        check("scvtf_sx_32", 0, 0xffffffffffffffffL, 0x0L, 0x0L, 0xaf800000L, 0);
        check("scvtf_sx_32", RZ << 22, 0xffffffffffffffffL, 0x0L, 0x0L, 0xaf800000L, 0);
        check("ucvtf_sx", 0, 0x8000008000000001L, 0x0L, 0x0L, 0x5f000001L, IXC);
        check("ucvtf_sx", RZ << 22, 0x8000008000000001L, 0x0L, 0x0L, 0x5f000000L, IXC);
    }

    /** FPMaxNum/FPMinNum treat a single quiet NaN as missing data; FPMax/FPMin propagate NaNs; max(+0,-0) = +0, min = -0. */
    @Test
    void maxMinNumberWinsOverOneQuietNanAndZerosOrderedBySign() {
        check("fmaxnm_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x3f800000L, 0);
        check("fmaxnm_s", 0, 0xbf800000L, 0xffc00044L, 0x0L, 0xbf800000L, 0);
        check("fmaxnm_s", 0, 0x7f800011L, 0x3f800000L, 0x0L, 0x7fc00011L, IOC);
        check("fmaxnm_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fmaxnm_s", 0, 0x0L, 0x80000000L, 0x0L, 0x0L, 0);
        check("fmaxnm_s", 0, 0x80000000L, 0x0L, 0x0L, 0x0L, 0);
        check("fmaxnm_s", 0, 0xff800000L, 0x3f800000L, 0x0L, 0x3f800000L, 0);
        check("fminnm_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x3f800000L, 0);
        check("fminnm_s", 0, 0xbf800000L, 0xffc00044L, 0x0L, 0xbf800000L, 0);
        check("fminnm_s", 0, 0x7f800011L, 0x3f800000L, 0x0L, 0x7fc00011L, IOC);
        check("fminnm_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fminnm_s", 0, 0x0L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fminnm_s", 0, 0x80000000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("fminnm_s", 0, 0xff800000L, 0x3f800000L, 0x0L, 0xff800000L, 0);
        check("fmax_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x7fc00033L, 0);
        check("fmax_s", 0, 0xbf800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fmax_s", 0, 0x7f800011L, 0x3f800000L, 0x0L, 0x7fc00011L, IOC);
        check("fmax_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fmax_s", 0, 0x0L, 0x80000000L, 0x0L, 0x0L, 0);
        check("fmax_s", 0, 0x80000000L, 0x0L, 0x0L, 0x0L, 0);
        check("fmax_s", 0, 0xff800000L, 0x3f800000L, 0x0L, 0x3f800000L, 0);
        check("fmin_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0x7fc00033L, 0);
        check("fmin_s", 0, 0xbf800000L, 0xffc00044L, 0x0L, 0xffc00044L, 0);
        check("fmin_s", 0, 0x7f800011L, 0x3f800000L, 0x0L, 0x7fc00011L, IOC);
        check("fmin_s", 0, 0x7fc00033L, 0xff800022L, 0x0L, 0xffc00022L, IOC);
        check("fmin_s", 0, 0x0L, 0x80000000L, 0x0L, 0x80000000L, 0);
        check("fmin_s", 0, 0x80000000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("fmin_s", 0, 0xff800000L, 0x3f800000L, 0x0L, 0xff800000L, 0);
        check("fmaxnm_d", 0, 0x7ff8000000000033L, 0xfff8000000000044L, 0x0L, 0x7ff8000000000033L, 0);
        check("fminnm_d", FZ, 0x7ff8000000000033L, 0x8000000000000001L, 0x0L, 0x8000000000000000L, IDC);
    }

    /** FPConvert to and from half, IEEE and alternative (FPCR.AHP) formats: overflow, NaN and infinity handling, denormals. */
    @Test
    void halfPrecisionConversionsIeeeAndAlternative() {
        check("fcvt_hs", 0, 0x477ff000L, 0x0L, 0x0L, 0x7c00L, OFC | IXC);
        check("fcvt_hs", 0, 0x477fe000L, 0x0L, 0x0L, 0x7bffL, 0);
        check("fcvt_hs", 0, 0x7f800000L, 0x0L, 0x0L, 0x7c00L, 0);
        check("fcvt_hs", 0, 0x7fc01033L, 0x0L, 0x0L, 0x7e00L, 0);
        check("fcvt_hs", 0, 0x7f800011L, 0x0L, 0x0L, 0x7e00L, IOC);
        check("fcvt_hs", 0, 0x33000000L, 0x0L, 0x0L, 0x0L, UFC | IXC);
        check("fcvt_hs", 0, 0x33000001L, 0x0L, 0x0L, 0x1L, UFC | IXC);
        check("fcvt_hs", 0, 0x387fc000L, 0x0L, 0x0L, 0x3ffL, 0);
        check("fcvt_hd", 0, 0x40effe0000000000L, 0x0L, 0x0L, 0x7c00L, OFC | IXC);
        check("fcvt_hd", 0, 0x3e60000000000001L, 0x0L, 0x0L, 0x1L, UFC | IXC);
        check("fcvt_hs", 0, 0x47800000L, 0x0L, 0x0L, 0x7c00L, OFC | IXC);
        check("fcvt_sh", 0, 0x7c00L, 0x0L, 0x0L, 0x7f800000L, 0);
        check("fcvt_sh", 0, 0xfc00L, 0x0L, 0x0L, 0xff800000L, 0);
        check("fcvt_sh", 0, 0x7e01L, 0x0L, 0x0L, 0x7fc02000L, 0);
        check("fcvt_sh", 0, 0x7d01L, 0x0L, 0x0L, 0x7fe02000L, IOC);
        check("fcvt_sh", 0, 0x1L, 0x0L, 0x0L, 0x33800000L, 0);
        check("fcvt_sh", 0, 0x8200L, 0x0L, 0x0L, 0xb8000000L, 0);
        check("fcvt_dh", 0, 0x7fffL, 0x0L, 0x0L, 0x7ffffc0000000000L, 0);
        check("fcvt_dh", 0, 0x3c00L, 0x0L, 0x0L, 0x3ff0000000000000L, 0);
        check("fcvt_hs", AHP, 0x477ff000L, 0x0L, 0x0L, 0x7c00L, IXC);
        check("fcvt_hs", AHP, 0x477fe000L, 0x0L, 0x0L, 0x7bffL, 0);
        check("fcvt_hs", AHP, 0x7f800000L, 0x0L, 0x0L, 0x7fffL, IOC);
        check("fcvt_hs", AHP, 0x7fc01033L, 0x0L, 0x0L, 0x0L, IOC);
        check("fcvt_hs", AHP, 0x7f800011L, 0x0L, 0x0L, 0x0L, IOC);
        check("fcvt_hs", AHP, 0x33000000L, 0x0L, 0x0L, 0x0L, UFC | IXC);
        check("fcvt_hs", AHP, 0x33000001L, 0x0L, 0x0L, 0x1L, UFC | IXC);
        check("fcvt_hs", AHP, 0x387fc000L, 0x0L, 0x0L, 0x3ffL, 0);
        check("fcvt_hd", AHP, 0x40effe0000000000L, 0x0L, 0x0L, 0x7c00L, IXC);
        check("fcvt_hd", AHP, 0x3e60000000000001L, 0x0L, 0x0L, 0x1L, UFC | IXC);
        check("fcvt_hs", AHP, 0x47800000L, 0x0L, 0x0L, 0x7c00L, 0);
        check("fcvt_sh", AHP, 0x7c00L, 0x0L, 0x0L, 0x47800000L, 0);
        check("fcvt_sh", AHP, 0xfc00L, 0x0L, 0x0L, 0xc7800000L, 0);
        check("fcvt_sh", AHP, 0x7e01L, 0x0L, 0x0L, 0x47c02000L, 0);
        check("fcvt_sh", AHP, 0x7d01L, 0x0L, 0x0L, 0x47a02000L, 0);
        check("fcvt_sh", AHP, 0x1L, 0x0L, 0x0L, 0x33800000L, 0);
        check("fcvt_sh", AHP, 0x8200L, 0x0L, 0x0L, 0xb8000000L, 0);
        check("fcvt_dh", AHP, 0x7fffL, 0x0L, 0x0L, 0x40fffc0000000000L, 0);
        check("fcvt_dh", AHP, 0x3c00L, 0x0L, 0x0L, 0x3ff0000000000000L, 0);
        check("fcvt_hs", RZ << 22, 0x477ff000L, 0x0L, 0x0L, 0x7bffL, IXC);
        check("fcvt_hs", RZ << 22 | AHP, 0x47fff000L, 0x0L, 0x0L, 0x7fffL, IXC);
        check("fcvt_hs", DN, 0x7fc00033L, 0x0L, 0x0L, 0x7e00L, 0);
        check("fcvt_hs", FZ, 0x33800000L, 0x0L, 0x0L, 0x1L, 0);
    }

    /** FPRecipEstimate/FPRSqrtEstimate with the v8.0 8-bit RecipEstimate/RecipSqrtEstimate, including the overflow and FZ-underflow cases. */
    @Test
    void estimatesFollowTheV80Tables() {
        check("frecpe_s", 0, 0x3f800000L, 0x0L, 0x0L, 0x3f7f8000L, 0);
        check("frecpe_s", 0, 0x40400000L, 0x0L, 0x0L, 0x3eaa8000L, 0);
        check("frecpe_s", 0, 0xc0e00000L, 0x0L, 0x0L, 0xbe120000L, 0);
        check("frecpe_s", 0, 0x7f000000L, 0x0L, 0x0L, 0x3fe000L, 0);
        check("frecpe_s", 0, 0x7e800000L, 0x0L, 0x0L, 0x7fc000L, 0);
        check("frecpe_s", 0, 0x200000L, 0x0L, 0x0L, 0x7f7f8000L, 0);
        check("frecpe_s", 0, 0x1fffffL, 0x0L, 0x0L, 0x7f800000L, OFC | IXC);
        check("frecpe_s", 0, 0x0L, 0x0L, 0x0L, 0x7f800000L, DZC);
        check("frecpe_s", 0, 0xff800000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("frecpe_d", 0, 0x3ff0000000000000L, 0x0L, 0x0L, 0x3feff00000000000L, 0);
        check("frecpe_d", 0, 0x3ff8000000000000L, 0x0L, 0x0L, 0x3fe5500000000000L, 0);
        check("frecpe_d", 0, 0x8000000000000L, 0x0L, 0x0L, 0x7fdff00000000000L, 0);
        check("frecpe_s", 0, 0x7f800011L, 0x0L, 0x0L, 0x7fc00011L, IOC);
        check("frsqrte_s", 0, 0x3f800000L, 0x0L, 0x0L, 0x3f7f8000L, 0);
        check("frsqrte_s", 0, 0x40000000L, 0x0L, 0x0L, 0x3f348000L, 0);
        check("frsqrte_s", 0, 0x40800000L, 0x0L, 0x0L, 0x3eff8000L, 0);
        check("frsqrte_s", 0, 0x3f7fffffL, 0x0L, 0x0L, 0x3f800000L, 0);
        check("frsqrte_s", 0, 0x1L, 0x0L, 0x0L, 0x64b48000L, 0);
        check("frsqrte_s", 0, 0xbf800000L, 0x0L, 0x0L, 0x7fc00000L, IOC);
        check("frsqrte_s", 0, 0x80000000L, 0x0L, 0x0L, 0xff800000L, DZC);
        check("frsqrte_s", 0, 0x7f800000L, 0x0L, 0x0L, 0x0L, 0);
        check("frsqrte_d", 0, 0x3ff0000000000000L, 0x0L, 0x0L, 0x3feff00000000000L, 0);
        check("frsqrte_d", 0, 0x4008000000000000L, 0x0L, 0x0L, 0x3fe2700000000000L, 0);
        check("frsqrte_d", 0, 0x1L, 0x0L, 0x0L, 0x617ff00000000000L, 0);
        check("frecpe_s", RZ << 22, 0x100000L, 0x0L, 0x0L, 0x7f7fffffL, OFC | IXC);
        check("frecpe_s", RM << 22, 0x100000L, 0x0L, 0x0L, 0x7f7fffffL, OFC | IXC);
        check("frecpe_s", RM << 22, 0x80100000L, 0x0L, 0x0L, 0xff800000L, OFC | IXC);
        check("frecpe_s", FZ, 0x7e800000L, 0x0L, 0x0L, 0x0L, UFC);
        check("frecpe_s", FZ, 0x400000L, 0x0L, 0x0L, 0x7f800000L, DZC | IDC);
    }

    /** FPRecipStepFused = 2 - a*b and FPRSqrtStepFused = (3 - a*b)/2, fused; inf*0 gives 2.0 and 1.5. */
    @Test
    void newtonRaphsonStepsAreFusedAndInfTimesZeroIsExact() {
        check("frecps_s", 0, 0x7f800000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frecps_s", 0, 0x80000000L, 0x7f800000L, 0x0L, 0x40000000L, 0);
        check("frsqrts_s", 0, 0x7f800000L, 0x0L, 0x0L, 0x3fc00000L, 0);
        check("frecps_s", 0, 0x3f800000L, 0x3f000000L, 0x0L, 0x3fc00000L, 0);
        check("frsqrts_s", 0, 0x3f800000L, 0x3f800000L, 0x0L, 0x3f800000L, 0);
        check("frecps_s", 0, 0x7fc00033L, 0x3f800000L, 0x0L, 0xffc00033L, 0);
        check("frsqrts_d", 0, 0x7ff0000000000000L, 0x7ff0000000000000L, 0x0L, 0xfff0000000000000L, 0);
        check("frecps_d", 0, 0x4000000000000000L, 0x3ff0000000000000L, 0x0L, 0x0L, 0);
        check("frecps_s", 0, 0x7f800000L, 0x3f000000L, 0x0L, 0xff800000L, 0);
    }

    /** FPRoundInt in every mode, ties-away for FRINTA, IXC only for FRINTX, sign of zero results kept. */
    @Test
    void roundToIntegralModesAndInexact() {
        check("frintx_s", 0, 0x3f000000L, 0x0L, 0x0L, 0x0L, IXC);
        check("frintx_s", 0, 0xbf000000L, 0x0L, 0x0L, 0x80000000L, IXC);
        check("frintx_s", 0, 0x3fc00000L, 0x0L, 0x0L, 0x40000000L, IXC);
        check("frintx_s", 0, 0x40200000L, 0x0L, 0x0L, 0x40000000L, IXC);
        check("frintx_s", 0, 0xc0200000L, 0x0L, 0x0L, 0xc0000000L, IXC);
        check("frintx_s", 0, 0x3e800000L, 0x0L, 0x0L, 0x0L, IXC);
        check("frintx_s", 0, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, IXC);
        check("frintx_s", 0, 0x4b000001L, 0x0L, 0x0L, 0x4b000001L, 0);
        check("frintx_s", 0, 0x4b7fffffL, 0x0L, 0x0L, 0x4b7fffffL, 0);
        check("frintx_s", RP << 22, 0x3f000000L, 0x0L, 0x0L, 0x3f800000L, IXC);
        check("frintx_s", RP << 22, 0xbf000000L, 0x0L, 0x0L, 0x80000000L, IXC);
        check("frintx_s", RP << 22, 0x3fc00000L, 0x0L, 0x0L, 0x40000000L, IXC);
        check("frintx_s", RP << 22, 0x40200000L, 0x0L, 0x0L, 0x40400000L, IXC);
        check("frintx_s", RP << 22, 0xc0200000L, 0x0L, 0x0L, 0xc0000000L, IXC);
        check("frintx_s", RP << 22, 0x3e800000L, 0x0L, 0x0L, 0x3f800000L, IXC);
        check("frintx_s", RP << 22, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, IXC);
        check("frintx_s", RP << 22, 0x4b000001L, 0x0L, 0x0L, 0x4b000001L, 0);
        check("frintx_s", RP << 22, 0x4b7fffffL, 0x0L, 0x0L, 0x4b7fffffL, 0);
        check("frintx_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x0L, IXC);
        check("frintx_s", RM << 22, 0xbf000000L, 0x0L, 0x0L, 0xbf800000L, IXC);
        check("frintx_s", RM << 22, 0x3fc00000L, 0x0L, 0x0L, 0x3f800000L, IXC);
        check("frintx_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40000000L, IXC);
        check("frintx_s", RM << 22, 0xc0200000L, 0x0L, 0x0L, 0xc0400000L, IXC);
        check("frintx_s", RM << 22, 0x3e800000L, 0x0L, 0x0L, 0x0L, IXC);
        check("frintx_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0xbf800000L, IXC);
        check("frintx_s", RM << 22, 0x4b000001L, 0x0L, 0x0L, 0x4b000001L, 0);
        check("frintx_s", RM << 22, 0x4b7fffffL, 0x0L, 0x0L, 0x4b7fffffL, 0);
        check("frintx_s", RZ << 22, 0x3f000000L, 0x0L, 0x0L, 0x0L, IXC);
        check("frintx_s", RZ << 22, 0xbf000000L, 0x0L, 0x0L, 0x80000000L, IXC);
        check("frintx_s", RZ << 22, 0x3fc00000L, 0x0L, 0x0L, 0x3f800000L, IXC);
        check("frintx_s", RZ << 22, 0x40200000L, 0x0L, 0x0L, 0x40000000L, IXC);
        check("frintx_s", RZ << 22, 0xc0200000L, 0x0L, 0x0L, 0xc0000000L, IXC);
        check("frintx_s", RZ << 22, 0x3e800000L, 0x0L, 0x0L, 0x0L, IXC);
        check("frintx_s", RZ << 22, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, IXC);
        check("frintx_s", RZ << 22, 0x4b000001L, 0x0L, 0x0L, 0x4b000001L, 0);
        check("frintx_s", RZ << 22, 0x4b7fffffL, 0x0L, 0x0L, 0x4b7fffffL, 0);
        check("frintn_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x0L, 0);
        check("frintn_s", RM << 22, 0xbfc00000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("frintn_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frintn_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("frinta_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x3f800000L, 0);
        check("frinta_s", RM << 22, 0xbfc00000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("frinta_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40400000L, 0);
        check("frinta_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("frintp_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x3f800000L, 0);
        check("frintp_s", RM << 22, 0xbfc00000L, 0x0L, 0x0L, 0xbf800000L, 0);
        check("frintp_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40400000L, 0);
        check("frintp_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("frintm_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x0L, 0);
        check("frintm_s", RM << 22, 0xbfc00000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("frintm_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frintm_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0xbf800000L, 0);
        check("frintz_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x0L, 0);
        check("frintz_s", RM << 22, 0xbfc00000L, 0x0L, 0x0L, 0xbf800000L, 0);
        check("frintz_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frintz_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("frinti_s", RM << 22, 0x3f000000L, 0x0L, 0x0L, 0x0L, 0);
        check("frinti_s", RM << 22, 0xbfc00000L, 0x0L, 0x0L, 0xc0000000L, 0);
        check("frinti_s", RM << 22, 0x40200000L, 0x0L, 0x0L, 0x40000000L, 0);
        check("frinti_s", RM << 22, 0xbe800000L, 0x0L, 0x0L, 0xbf800000L, 0);
        check("frinta_d", 0, 0x432fffffffffffffL, 0x0L, 0x0L, 0x4330000000000000L, 0);
        check("frintx_d", RP << 22, 0x1L, 0x0L, 0x0L, 0x3ff0000000000000L, IXC);
        check("frintx_d", RM << 22, 0x8000000000000001L, 0x0L, 0x0L, 0xbff0000000000000L, IXC);
    }

    /** FCVTXN: double to single with round-to-odd (overflow gives the largest finite). */
    @Test
    void narrowingWithRoundToOdd() {
        check("fcvtxn", 0, 0x3ff0000010000000L, 0x0L, 0x0L, 0x3f800001L, IXC);
        check("fcvtxn", 0, 0x3ff0000030000000L, 0x0L, 0x0L, 0x3f800001L, IXC);
        check("fcvtxn", 0, 0x3ff0000000000001L, 0x0L, 0x0L, 0x3f800001L, IXC);
        check("fcvtxn", 0, 0x47efffffffffffffL, 0x0L, 0x0L, 0x7f7fffffL, IXC);
        check("fcvtxn", 0, 0x7ff0000000000000L, 0x0L, 0x0L, 0x7f800000L, 0);
        check("fcvtxn", 0, 0x3800000000000001L, 0x0L, 0x0L, 0x400001L, UFC | IXC);
    }

    /** Round-to-nearest results (the common case) raise IXC exactly when inexact, and tininess, FZ, overflow and saturation still follow the rules at the edges of the normal range. */
    @Test
    void roundToNearestResultsRaiseExactlyTheArchitectedFlags() {
        check("fdiv_d", 0, 0x4018000000000000L, 0x4008000000000000L, 0x0L, 0x4000000000000000L, 0);
        check("fdiv_d", 0, 0x3ff0000000000000L, 0x4008000000000000L, 0x0L, 0x3fd5555555555555L, IXC);
        check("fdiv_s", 0, 0x40c00000L, 0x40400000L, 0x0L, 0x40000000L, 0);
        check("fdiv_s", 0, 0x3f800000L, 0x40400000L, 0x0L, 0x3eaaaaabL, IXC);
        check("fdiv_d", 0, 0x40000000000000L, 0x4010000000000000L, 0x0L, 0x20000000000000L, 0);
        check("fdiv_d", FZ, 0x30000000000000L, 0x4010000000000000L, 0x0L, 0x10000000000000L, 0);
        check("fsqrt_d", 0, 0x4010000000000000L, 0x0L, 0x0L, 0x4000000000000000L, 0);
        check("fsqrt_d", 0, 0x4000000000000000L, 0x0L, 0x0L, 0x3ff6a09e667f3bcdL, IXC);
        check("fsqrt_s", 0, 0x3e800000L, 0x0L, 0x0L, 0x3f000000L, 0);
        check("fsqrt_d", 0, 0x20000000000000L, 0x0L, 0x0L, 0x2006a09e667f3bcdL, IXC);
        check("fmul_d", 0, 0x20000000000000L, 0x3fe0000000000000L, 0x0L, 0x10000000000000L, 0);
        check("fmul_d", FZ, 0x20000000000001L, 0x3fdfffffffffffffL, 0x0L, 0x10000000000000L, IXC);
        check("fmul_d", 0, 0x3ff8000000000000L, 0x3ff8000000000000L, 0x0L, 0x4002000000000000L, 0);
        check("fmul_d", 0, 0x3ff0000000000001L, 0x3ff0000000000001L, 0x0L, 0x3ff0000000000002L, IXC);
        check("fmul_s", 0, 0x3fc00000L, 0x3fc00000L, 0x0L, 0x40100000L, 0);
        check("fmul_s", 0, 0x3f800001L, 0x3f800001L, 0x0L, 0x3f800002L, IXC);
        check("fadd_d", 0, 0x3ff0000000000000L, 0x3b00000000000000L, 0x0L, 0x3ff0000000000000L, IXC);
        check("fadd_d", 0, 0x7fe0000000000000L, 0x7fe0000000000000L, 0x0L, 0x7ff0000000000000L, OFC | IXC);
        check("fadd_s", 0, 0x800000L, 0x80800001L, 0x0L, 0x80000001L, 0);
        check("fsub_s", FZ, 0x800001L, 0x800000L, 0x0L, 0x0L, UFC);
        check("fmadd_d", 0, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x3ff0000000000000L, 0x4000000000000000L, 0);
        check("fmadd_d", 0, 0x3fb999999999999aL, 0x4024000000000000L, 0xbff0000000000000L, 0x3c90000000000000L, 0);
        check("fmadd_s", 0, 0x3dcccccdL, 0x41200000L, 0xbf800000L, 0x32800000L, 0);
        check("fmadd_d", 0, 0x3ff0000000000001L, 0x3ff0000000000001L, 0xbff0000000000000L, 0x3cc0000000000000L, IXC);
        check("fmsub_d", 0, 0x4000000000000000L, 0x4000000000000000L, 0x4010000000000000L, 0x0L, 0);
        check("fmadd_d", 0, 0x2000000000000000L, 0x2000000000000000L, 0x1L, 0x10000000000001L, 0);
        check("fmadd_s", 0, 0x7f000000L, 0x40000000L, 0xff7fffffL, 0x73800000L, 0);
        check("fmadd_d", FZ, 0x2000000000000000L, 0x1ff0000000000000L, 0x0L, 0x0L, UFC);
        check("fcvtzs_wd", 0, 0xbff0000000000000L, 0x0L, 0x0L, 0xffffffffL, 0);
        check("fcvtzs_wd", 0, 0xbff8000000000000L, 0x0L, 0x0L, 0xffffffffL, IXC);
        check("fcvtzu_wd", 0, 0xbfe0000000000000L, 0x0L, 0x0L, 0x0L, IXC);
        check("fcvtzs_xd", 0, 0x43d0000000000001L, 0x0L, 0x0L, 0x4000000000000400L, 0);
        check("fcvtzu_wd", 0, 0x41efffffffe00000L, 0x0L, 0x0L, 0xffffffffL, 0);
        check("fcvtzs_wd", 0, 0xc1e0000000000000L, 0x0L, 0x0L, 0x80000000L, 0);
        check("fcvtzs_wd", 0, 0xc1e0000000200000L, 0x0L, 0x0L, 0x80000000L, IOC);
    }
}
