package nova.hw.aarch64;

import static nova.hw.aarch64.FpOps.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.hw.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * The scalar FP executor {@link FpScalar}: decoding of every group, register write rules and
 * unallocated encodings. Encodings come from the GNU assembler; the expected results and FPSR
 * values of the instruction table were observed on {@code qemu-aarch64 -cpu cortex-a57} (QEMU
 * 7.2) executing the same encodings with V0 = a, V1 = b, V2 = c, X10 = a.
 */
class FpScalarTest {
    private static final int V0 = 0, X9 = 1, NZCV = 2;
    private static final long GARBAGE = 0x5555_AAAA_1234_5678L;

    private static Cpu cpu() {
        return new Cpu(new GuestMemory());
    }

    private static void row(int insn, String name, int fpcr, long a, long b, long c, int kind, long expected, int expectedFpsr) {
        Cpu cpu = cpu();
        cpu.vreg[0] = a;
        cpu.vreg[1] = GARBAGE;
        cpu.vreg[2] = b;
        cpu.vreg[4] = c;
        cpu.setX(10, a);
        cpu.setX(9, GARBAGE);
        cpu.fpcr = fpcr;
        String what = String.format("%s (%08x) a=%x b=%x c=%x", name, insn, a, b, c);
        assertTrue(FpScalar.execute(cpu, insn), what + " decodes");
        long actual = switch (kind) {
            case V0 -> cpu.vreg[0];
            case X9 -> cpu.x(9);
            default -> cpu.nzcv() & 0xFFFF_FFFFL;
        };
        assertEquals(Long.toHexString(expected), Long.toHexString(actual), what + " result");
        if (kind == V0) assertEquals(0, cpu.vreg[1], what + ": a scalar write clears bits 127:64");
        assertEquals(Integer.toHexString(expectedFpsr), Integer.toHexString(cpu.fpsr), what + " fpsr");
    }

    /** Each scalar FP instruction form (1/2/3-source, compares, FCVT, FRINT*, integer and fixed-point conversions) computes what its encoding names. */
    @Test
    void everyScalarInstructionFormComputesWhatItsEncodingNames() {
        row(0x1e212800, "fadd_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xbf800000L, 0);
        row(0x1e212800, "fadd_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xbf400000L, 0);
        row(0x1e212800, "fadd_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40b00000L, 0);
        row(0x1e213800, "fsub_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0800000L, 0);
        row(0x1e213800, "fsub_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40a80000L, 0);
        row(0x1e213800, "fsub_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x0L, 0);
        row(0x1e210800, "fmul_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0700000L, 0);
        row(0x1e210800, "fmul_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xc0d80000L, 0);
        row(0x1e210800, "fmul_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40f20000L, 0);
        row(0x1e211800, "fdiv_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xbfd55555L, IXC);
        row(0x1e211800, "fdiv_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xbf400000L, 0);
        row(0x1e211800, "fdiv_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x3f800000L, 0);
        row(0x1e214800, "fmax_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x3fc00000L, 0);
        row(0x1e214800, "fmax_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40100000L, 0);
        row(0x1e214800, "fmax_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40300000L, 0);
        row(0x1e215800, "fmin_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0200000L, 0);
        row(0x1e215800, "fmin_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xc0400000L, 0);
        row(0x1e215800, "fmin_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40300000L, 0);
        row(0x1e216800, "fmaxnm_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x3fc00000L, 0);
        row(0x1e216800, "fmaxnm_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40100000L, 0);
        row(0x1e216800, "fmaxnm_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40300000L, 0);
        row(0x1e217800, "fminnm_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0200000L, 0);
        row(0x1e217800, "fminnm_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xc0400000L, 0);
        row(0x1e217800, "fminnm_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40300000L, 0);
        row(0x1e218800, "fnmul_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x40700000L, 0);
        row(0x1e218800, "fnmul_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40d80000L, 0);
        row(0x1e218800, "fnmul_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0xc0f20000L, 0);
        row(0x1f010800, "fmadd_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0400000L, 0);
        row(0x1f010800, "fmadd_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40500000L, 0);
        row(0x1f010800, "fmadd_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40e20000L, 0);
        row(0x1f018800, "fmsub_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x40900000L, 0);
        row(0x1f018800, "fmsub_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x41860000L, 0);
        row(0x1f018800, "fmsub_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0xc1010000L, 0);
        row(0x1f210800, "fnmadd_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x40400000L, 0);
        row(0x1f210800, "fnmadd_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xc0500000L, 0);
        row(0x1f210800, "fnmadd_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0xc0e20000L, 0);
        row(0x1f218800, "fnmsub_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0900000L, 0);
        row(0x1f218800, "fnmsub_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xc1860000L, 0);
        row(0x1f218800, "fnmsub_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x41010000L, 0);
        row(0x1e21c000, "fsqrt_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x7fc00000L, IOC);
        row(0x1e21c000, "fsqrt_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x3fc00000L, 0);
        row(0x1e21c000, "fsqrt_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x3fd44395L, IXC);
        row(0x1e20c000, "fabs_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x40200000L, 0);
        row(0x1e20c000, "fabs_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40100000L, 0);
        row(0x1e20c000, "fabs_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40300000L, 0);
        row(0x1e214000, "fneg_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0x40200000L, 0);
        row(0x1e214000, "fneg_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0xc0100000L, 0);
        row(0x1e214000, "fneg_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0xc0300000L, 0);
        row(0x1e244000, "frintn_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0000000L, 0);
        row(0x1e244000, "frintn_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40000000L, 0);
        row(0x1e244000, "frintn_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40400000L, 0);
        row(0x1e24c000, "frintp_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0000000L, 0);
        row(0x1e24c000, "frintp_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40400000L, 0);
        row(0x1e24c000, "frintp_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40400000L, 0);
        row(0x1e254000, "frintm_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0400000L, 0);
        row(0x1e254000, "frintm_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40000000L, 0);
        row(0x1e254000, "frintm_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40000000L, 0);
        row(0x1e25c000, "frintz_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0000000L, 0);
        row(0x1e25c000, "frintz_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40000000L, 0);
        row(0x1e25c000, "frintz_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40000000L, 0);
        row(0x1e264000, "frinta_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0400000L, 0);
        row(0x1e264000, "frinta_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40000000L, 0);
        row(0x1e264000, "frinta_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40400000L, 0);
        row(0x1e274000, "frintx_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0000000L, IXC);
        row(0x1e274000, "frintx_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40000000L, IXC);
        row(0x1e274000, "frintx_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40400000L, IXC);
        row(0x1e27c000, "frinti_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, V0, 0xc0000000L, 0);
        row(0x1e27c000, "frinti_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, V0, 0x40000000L, 0);
        row(0x1e27c000, "frinti_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, V0, 0x40400000L, 0);
        row(0x1e212000, "fcmp_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, NZCV, 0x80000000L, 0);
        row(0x1e212000, "fcmp_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, NZCV, 0x20000000L, 0);
        row(0x1e212000, "fcmp_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, NZCV, 0x60000000L, 0);
        row(0x1e202008, "fcmpz_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, NZCV, 0x80000000L, 0);
        row(0x1e202008, "fcmpz_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, NZCV, 0x20000000L, 0);
        row(0x1e202008, "fcmpz_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, NZCV, 0x20000000L, 0);
        row(0x1e212010, "fcmpe_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, NZCV, 0x80000000L, 0);
        row(0x1e212010, "fcmpe_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, NZCV, 0x20000000L, 0);
        row(0x1e212010, "fcmpe_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, NZCV, 0x60000000L, 0);
        row(0x1e202018, "fcmpez_s", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, NZCV, 0x80000000L, 0);
        row(0x1e202018, "fcmpez_s", 0, 0x40100000L, 0xc0400000L, 0x41200000L, NZCV, 0x20000000L, 0);
        row(0x1e202018, "fcmpez_s", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, NZCV, 0x20000000L, 0);
        row(0x1e380009, "fcvtzs_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffeL, IXC);
        row(0x1e380009, "fcvtzs_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e380009, "fcvtzs_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x1e390009, "fcvtzu_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e390009, "fcvtzu_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e390009, "fcvtzu_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x1e200009, "fcvtns_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffeL, IXC);
        row(0x1e200009, "fcvtns_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e200009, "fcvtns_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x1e210009, "fcvtnu_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e210009, "fcvtnu_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e210009, "fcvtnu_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x1e280009, "fcvtps_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffeL, IXC);
        row(0x1e280009, "fcvtps_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x3L, IXC);
        row(0x1e280009, "fcvtps_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x1e290009, "fcvtpu_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e290009, "fcvtpu_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x3L, IXC);
        row(0x1e290009, "fcvtpu_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x1e300009, "fcvtms_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffdL, IXC);
        row(0x1e300009, "fcvtms_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e300009, "fcvtms_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x1e310009, "fcvtmu_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e310009, "fcvtmu_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e310009, "fcvtmu_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x1e240009, "fcvtas_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffdL, IXC);
        row(0x1e240009, "fcvtas_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e240009, "fcvtas_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x1e250009, "fcvtau_ws", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e250009, "fcvtau_ws", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x1e250009, "fcvtau_ws", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x1e220140, "scvtf_sw", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc0e00000L, 0);
        row(0x1e220140, "scvtf_sw", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4f000000L, IXC);
        row(0x1e220140, "scvtf_sw", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40a00000L, 0);
        row(0x1e230140, "ucvtf_sw", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x4f800000L, IXC);
        row(0x1e230140, "ucvtf_sw", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4f000000L, IXC);
        row(0x1e230140, "ucvtf_sw", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40a00000L, 0);
        row(0x1e18fc09, "fcvtzs_ws_1", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffbL, 0);
        row(0x1e18fc09, "fcvtzs_ws_1", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x4L, IXC);
        row(0x1e18fc09, "fcvtzs_ws_1", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x5L, IXC);
        row(0x1e19fc09, "fcvtzu_ws_1", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e19fc09, "fcvtzu_ws_1", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x4L, IXC);
        row(0x1e19fc09, "fcvtzu_ws_1", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x5L, IXC);
        row(0x1e02fd40, "scvtf_sw_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc0600000L, 0);
        row(0x1e02fd40, "scvtf_sw_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4e800000L, IXC);
        row(0x1e02fd40, "scvtf_sw_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40200000L, 0);
        row(0x1e03fd40, "ucvtf_sw_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x4f000000L, IXC);
        row(0x1e03fd40, "ucvtf_sw_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4e800000L, IXC);
        row(0x1e03fd40, "ucvtf_sw_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40200000L, 0);
        row(0x1e18c009, "fcvtzs_ws_16", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffd8000L, 0);
        row(0x1e18c009, "fcvtzs_ws_16", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x24000L, 0);
        row(0x1e18c009, "fcvtzs_ws_16", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2c000L, 0);
        row(0x1e19c009, "fcvtzu_ws_16", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e19c009, "fcvtzu_ws_16", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x24000L, 0);
        row(0x1e19c009, "fcvtzu_ws_16", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2c000L, 0);
        row(0x1e02c140, "scvtf_sw_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xb8e00000L, 0);
        row(0x1e02c140, "scvtf_sw_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x47000000L, IXC);
        row(0x1e02c140, "scvtf_sw_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x38a00000L, 0);
        row(0x1e03c140, "ucvtf_sw_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x47800000L, IXC);
        row(0x1e03c140, "ucvtf_sw_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x47000000L, IXC);
        row(0x1e03c140, "ucvtf_sw_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x38a00000L, 0);
        row(0x1e188009, "fcvtzs_ws_32", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x80000000L, IOC);
        row(0x1e188009, "fcvtzs_ws_32", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x7fffffffL, IOC);
        row(0x1e188009, "fcvtzs_ws_32", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x7fffffffL, IOC);
        row(0x1e198009, "fcvtzu_ws_32", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x1e198009, "fcvtzu_ws_32", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0xffffffffL, IOC);
        row(0x1e198009, "fcvtzu_ws_32", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0xffffffffL, IOC);
        row(0x1e028140, "scvtf_sw_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xb0e00000L, 0);
        row(0x1e028140, "scvtf_sw_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3f000000L, IXC);
        row(0x1e028140, "scvtf_sw_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x30a00000L, 0);
        row(0x1e038140, "ucvtf_sw_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x3f800000L, IXC);
        row(0x1e038140, "ucvtf_sw_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3f000000L, IXC);
        row(0x1e038140, "ucvtf_sw_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x30a00000L, 0);
        row(0x9e380009, "fcvtzs_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffffffeL, IXC);
        row(0x9e380009, "fcvtzs_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e380009, "fcvtzs_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x9e390009, "fcvtzu_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e390009, "fcvtzu_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e390009, "fcvtzu_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x9e200009, "fcvtns_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffffffeL, IXC);
        row(0x9e200009, "fcvtns_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e200009, "fcvtns_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x9e210009, "fcvtnu_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e210009, "fcvtnu_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e210009, "fcvtnu_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x9e280009, "fcvtps_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffffffeL, IXC);
        row(0x9e280009, "fcvtps_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x3L, IXC);
        row(0x9e280009, "fcvtps_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x9e290009, "fcvtpu_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e290009, "fcvtpu_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x3L, IXC);
        row(0x9e290009, "fcvtpu_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x9e300009, "fcvtms_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffffffdL, IXC);
        row(0x9e300009, "fcvtms_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e300009, "fcvtms_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x9e310009, "fcvtmu_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e310009, "fcvtmu_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e310009, "fcvtmu_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2L, IXC);
        row(0x9e240009, "fcvtas_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffffffdL, IXC);
        row(0x9e240009, "fcvtas_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e240009, "fcvtas_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x9e250009, "fcvtau_xs", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e250009, "fcvtau_xs", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x2L, IXC);
        row(0x9e250009, "fcvtau_xs", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x3L, IXC);
        row(0x9e220140, "scvtf_sx", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc0e00000L, 0);
        row(0x9e220140, "scvtf_sx", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4f000000L, IXC);
        row(0x9e220140, "scvtf_sx", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40a00000L, 0);
        row(0x9e230140, "ucvtf_sx", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x5f800000L, IXC);
        row(0x9e230140, "ucvtf_sx", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4f000000L, IXC);
        row(0x9e230140, "ucvtf_sx", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40a00000L, 0);
        row(0x9e18fc09, "fcvtzs_xs_1", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffffffbL, 0);
        row(0x9e18fc09, "fcvtzs_xs_1", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x4L, IXC);
        row(0x9e18fc09, "fcvtzs_xs_1", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x5L, IXC);
        row(0x9e19fc09, "fcvtzu_xs_1", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e19fc09, "fcvtzu_xs_1", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x4L, IXC);
        row(0x9e19fc09, "fcvtzu_xs_1", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x5L, IXC);
        row(0x9e02fd40, "scvtf_sx_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc0600000L, 0);
        row(0x9e02fd40, "scvtf_sx_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4e800000L, IXC);
        row(0x9e02fd40, "scvtf_sx_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40200000L, 0);
        row(0x9e03fd40, "ucvtf_sx_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x5f000000L, IXC);
        row(0x9e03fd40, "ucvtf_sx_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x4e800000L, IXC);
        row(0x9e03fd40, "ucvtf_sx_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x40200000L, 0);
        row(0x9e18c009, "fcvtzs_xs_16", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffffffd8000L, 0);
        row(0x9e18c009, "fcvtzs_xs_16", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x24000L, 0);
        row(0x9e18c009, "fcvtzs_xs_16", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2c000L, 0);
        row(0x9e19c009, "fcvtzu_xs_16", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e19c009, "fcvtzu_xs_16", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x24000L, 0);
        row(0x9e19c009, "fcvtzu_xs_16", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2c000L, 0);
        row(0x9e02c140, "scvtf_sx_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xb8e00000L, 0);
        row(0x9e02c140, "scvtf_sx_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x47000000L, IXC);
        row(0x9e02c140, "scvtf_sx_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x38a00000L, 0);
        row(0x9e03c140, "ucvtf_sx_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x57800000L, IXC);
        row(0x9e03c140, "ucvtf_sx_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x47000000L, IXC);
        row(0x9e03c140, "ucvtf_sx_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x38a00000L, 0);
        row(0x9e188009, "fcvtzs_xs_32", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0xfffffffd80000000L, 0);
        row(0x9e188009, "fcvtzs_xs_32", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x240000000L, 0);
        row(0x9e188009, "fcvtzs_xs_32", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2c0000000L, 0);
        row(0x9e198009, "fcvtzu_xs_32", 0, 0xc0200000L, 0x3fc00000L, 0x3f400000L, X9, 0x0L, IOC);
        row(0x9e198009, "fcvtzu_xs_32", 0, 0x40100000L, 0xc0400000L, 0x41200000L, X9, 0x240000000L, 0);
        row(0x9e198009, "fcvtzu_xs_32", RP << 22, 0x40300000L, 0x40300000L, 0xbf000000L, X9, 0x2c0000000L, 0);
        row(0x9e028140, "scvtf_sx_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xb0e00000L, 0);
        row(0x9e028140, "scvtf_sx_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3f000000L, IXC);
        row(0x9e028140, "scvtf_sx_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x30a00000L, 0);
        row(0x9e038140, "ucvtf_sx_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x4f800000L, IXC);
        row(0x9e038140, "ucvtf_sx_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3f000000L, IXC);
        row(0x9e038140, "ucvtf_sx_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x30a00000L, 0);
        row(0x1e612800, "fadd_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xbff0000000000000L, 0);
        row(0x1e612800, "fadd_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xbfe8000000000000L, 0);
        row(0x1e612800, "fadd_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4016000000000000L, 0);
        row(0x1e613800, "fsub_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc010000000000000L, 0);
        row(0x1e613800, "fsub_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4015000000000000L, 0);
        row(0x1e613800, "fsub_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x0L, 0);
        row(0x1e610800, "fmul_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc00e000000000000L, 0);
        row(0x1e610800, "fmul_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xc01b000000000000L, 0);
        row(0x1e610800, "fmul_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x401e400000000000L, 0);
        row(0x1e611800, "fdiv_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xbffaaaaaaaaaaaabL, IXC);
        row(0x1e611800, "fdiv_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xbfe8000000000000L, 0);
        row(0x1e611800, "fdiv_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x3ff0000000000000L, 0);
        row(0x1e614800, "fmax_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x3ff8000000000000L, 0);
        row(0x1e614800, "fmax_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4002000000000000L, 0);
        row(0x1e614800, "fmax_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4006000000000000L, 0);
        row(0x1e615800, "fmin_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc004000000000000L, 0);
        row(0x1e615800, "fmin_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xc008000000000000L, 0);
        row(0x1e615800, "fmin_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4006000000000000L, 0);
        row(0x1e616800, "fmaxnm_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x3ff8000000000000L, 0);
        row(0x1e616800, "fmaxnm_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4002000000000000L, 0);
        row(0x1e616800, "fmaxnm_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4006000000000000L, 0);
        row(0x1e617800, "fminnm_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc004000000000000L, 0);
        row(0x1e617800, "fminnm_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xc008000000000000L, 0);
        row(0x1e617800, "fminnm_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4006000000000000L, 0);
        row(0x1e618800, "fnmul_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x400e000000000000L, 0);
        row(0x1e618800, "fnmul_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x401b000000000000L, 0);
        row(0x1e618800, "fnmul_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0xc01e400000000000L, 0);
        row(0x1f410800, "fmadd_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc008000000000000L, 0);
        row(0x1f410800, "fmadd_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x400a000000000000L, 0);
        row(0x1f410800, "fmadd_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x401c400000000000L, 0);
        row(0x1f418800, "fmsub_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x4012000000000000L, 0);
        row(0x1f418800, "fmsub_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4030c00000000000L, 0);
        row(0x1f418800, "fmsub_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0xc020200000000000L, 0);
        row(0x1f610800, "fnmadd_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x4008000000000000L, 0);
        row(0x1f610800, "fnmadd_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xc00a000000000000L, 0);
        row(0x1f610800, "fnmadd_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0xc01c400000000000L, 0);
        row(0x1f618800, "fnmsub_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc012000000000000L, 0);
        row(0x1f618800, "fnmsub_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xc030c00000000000L, 0);
        row(0x1f618800, "fnmsub_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4020200000000000L, 0);
        row(0x1e61c000, "fsqrt_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x7ff8000000000000L, IOC);
        row(0x1e61c000, "fsqrt_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x3ff8000000000000L, 0);
        row(0x1e61c000, "fsqrt_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x3ffa887293fd6f35L, IXC);
        row(0x1e60c000, "fabs_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x4004000000000000L, 0);
        row(0x1e60c000, "fabs_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4002000000000000L, 0);
        row(0x1e60c000, "fabs_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4006000000000000L, 0);
        row(0x1e614000, "fneg_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0x4004000000000000L, 0);
        row(0x1e614000, "fneg_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0xc002000000000000L, 0);
        row(0x1e614000, "fneg_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0xc006000000000000L, 0);
        row(0x1e644000, "frintn_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc000000000000000L, 0);
        row(0x1e644000, "frintn_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e644000, "frintn_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4008000000000000L, 0);
        row(0x1e64c000, "frintp_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc000000000000000L, 0);
        row(0x1e64c000, "frintp_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4008000000000000L, 0);
        row(0x1e64c000, "frintp_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4008000000000000L, 0);
        row(0x1e654000, "frintm_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc008000000000000L, 0);
        row(0x1e654000, "frintm_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e654000, "frintm_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e65c000, "frintz_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc000000000000000L, 0);
        row(0x1e65c000, "frintz_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e65c000, "frintz_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e664000, "frinta_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc008000000000000L, 0);
        row(0x1e664000, "frinta_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e664000, "frinta_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4008000000000000L, 0);
        row(0x1e674000, "frintx_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc000000000000000L, IXC);
        row(0x1e674000, "frintx_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4000000000000000L, IXC);
        row(0x1e674000, "frintx_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4008000000000000L, IXC);
        row(0x1e67c000, "frinti_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, V0, 0xc000000000000000L, 0);
        row(0x1e67c000, "frinti_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, V0, 0x4000000000000000L, 0);
        row(0x1e67c000, "frinti_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, V0, 0x4008000000000000L, 0);
        row(0x1e612000, "fcmp_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, NZCV, 0x80000000L, 0);
        row(0x1e612000, "fcmp_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, NZCV, 0x20000000L, 0);
        row(0x1e612000, "fcmp_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, NZCV, 0x60000000L, 0);
        row(0x1e602008, "fcmpz_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, NZCV, 0x80000000L, 0);
        row(0x1e602008, "fcmpz_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, NZCV, 0x20000000L, 0);
        row(0x1e602008, "fcmpz_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, NZCV, 0x20000000L, 0);
        row(0x1e612010, "fcmpe_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, NZCV, 0x80000000L, 0);
        row(0x1e612010, "fcmpe_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, NZCV, 0x20000000L, 0);
        row(0x1e612010, "fcmpe_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, NZCV, 0x60000000L, 0);
        row(0x1e602018, "fcmpez_d", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, NZCV, 0x80000000L, 0);
        row(0x1e602018, "fcmpez_d", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, NZCV, 0x20000000L, 0);
        row(0x1e602018, "fcmpez_d", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, NZCV, 0x20000000L, 0);
        row(0x1e780009, "fcvtzs_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffeL, IXC);
        row(0x1e780009, "fcvtzs_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e780009, "fcvtzs_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x1e790009, "fcvtzu_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e790009, "fcvtzu_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e790009, "fcvtzu_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x1e600009, "fcvtns_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffeL, IXC);
        row(0x1e600009, "fcvtns_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e600009, "fcvtns_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x1e610009, "fcvtnu_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e610009, "fcvtnu_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e610009, "fcvtnu_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x1e680009, "fcvtps_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffeL, IXC);
        row(0x1e680009, "fcvtps_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x3L, IXC);
        row(0x1e680009, "fcvtps_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x1e690009, "fcvtpu_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e690009, "fcvtpu_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x3L, IXC);
        row(0x1e690009, "fcvtpu_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x1e700009, "fcvtms_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffdL, IXC);
        row(0x1e700009, "fcvtms_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e700009, "fcvtms_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x1e710009, "fcvtmu_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e710009, "fcvtmu_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e710009, "fcvtmu_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x1e640009, "fcvtas_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffdL, IXC);
        row(0x1e640009, "fcvtas_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e640009, "fcvtas_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x1e650009, "fcvtau_wd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e650009, "fcvtau_wd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x1e650009, "fcvtau_wd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x1e620140, "scvtf_dw", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc01c000000000000L, 0);
        row(0x1e620140, "scvtf_dw", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41dfffffffc00000L, 0);
        row(0x1e620140, "scvtf_dw", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4014000000000000L, 0);
        row(0x1e630140, "ucvtf_dw", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x41efffffff200000L, 0);
        row(0x1e630140, "ucvtf_dw", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41dfffffffc00000L, 0);
        row(0x1e630140, "ucvtf_dw", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4014000000000000L, 0);
        row(0x1e58fc09, "fcvtzs_wd_1", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffbL, 0);
        row(0x1e58fc09, "fcvtzs_wd_1", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x4L, IXC);
        row(0x1e58fc09, "fcvtzs_wd_1", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x5L, IXC);
        row(0x1e59fc09, "fcvtzu_wd_1", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e59fc09, "fcvtzu_wd_1", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x4L, IXC);
        row(0x1e59fc09, "fcvtzu_wd_1", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x5L, IXC);
        row(0x1e42fd40, "scvtf_dw_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc00c000000000000L, 0);
        row(0x1e42fd40, "scvtf_dw_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41cfffffffc00000L, 0);
        row(0x1e42fd40, "scvtf_dw_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4004000000000000L, 0);
        row(0x1e43fd40, "ucvtf_dw_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x41dfffffff200000L, 0);
        row(0x1e43fd40, "ucvtf_dw_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41cfffffffc00000L, 0);
        row(0x1e43fd40, "ucvtf_dw_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4004000000000000L, 0);
        row(0x1e58c009, "fcvtzs_wd_16", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffd8000L, 0);
        row(0x1e58c009, "fcvtzs_wd_16", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x24000L, 0);
        row(0x1e58c009, "fcvtzs_wd_16", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2c000L, 0);
        row(0x1e59c009, "fcvtzu_wd_16", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e59c009, "fcvtzu_wd_16", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x24000L, 0);
        row(0x1e59c009, "fcvtzu_wd_16", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2c000L, 0);
        row(0x1e42c140, "scvtf_dw_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xbf1c000000000000L, 0);
        row(0x1e42c140, "scvtf_dw_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x40dfffffffc00000L, 0);
        row(0x1e42c140, "scvtf_dw_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3f14000000000000L, 0);
        row(0x1e43c140, "ucvtf_dw_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x40efffffff200000L, 0);
        row(0x1e43c140, "ucvtf_dw_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x40dfffffffc00000L, 0);
        row(0x1e43c140, "ucvtf_dw_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3f14000000000000L, 0);
        row(0x1e588009, "fcvtzs_wd_32", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x80000000L, IOC);
        row(0x1e588009, "fcvtzs_wd_32", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x7fffffffL, IOC);
        row(0x1e588009, "fcvtzs_wd_32", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x7fffffffL, IOC);
        row(0x1e598009, "fcvtzu_wd_32", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x1e598009, "fcvtzu_wd_32", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0xffffffffL, IOC);
        row(0x1e598009, "fcvtzu_wd_32", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0xffffffffL, IOC);
        row(0x1e428140, "scvtf_dw_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xbe1c000000000000L, 0);
        row(0x1e428140, "scvtf_dw_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3fdfffffffc00000L, 0);
        row(0x1e428140, "scvtf_dw_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3e14000000000000L, 0);
        row(0x1e438140, "ucvtf_dw_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x3fefffffff200000L, 0);
        row(0x1e438140, "ucvtf_dw_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3fdfffffffc00000L, 0);
        row(0x1e438140, "ucvtf_dw_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3e14000000000000L, 0);
        row(0x9e780009, "fcvtzs_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffffffeL, IXC);
        row(0x9e780009, "fcvtzs_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e780009, "fcvtzs_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x9e790009, "fcvtzu_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e790009, "fcvtzu_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e790009, "fcvtzu_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x9e600009, "fcvtns_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffffffeL, IXC);
        row(0x9e600009, "fcvtns_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e600009, "fcvtns_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x9e610009, "fcvtnu_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e610009, "fcvtnu_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e610009, "fcvtnu_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x9e680009, "fcvtps_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffffffeL, IXC);
        row(0x9e680009, "fcvtps_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x3L, IXC);
        row(0x9e680009, "fcvtps_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x9e690009, "fcvtpu_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e690009, "fcvtpu_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x3L, IXC);
        row(0x9e690009, "fcvtpu_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x9e700009, "fcvtms_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffffffdL, IXC);
        row(0x9e700009, "fcvtms_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e700009, "fcvtms_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x9e710009, "fcvtmu_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e710009, "fcvtmu_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e710009, "fcvtmu_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2L, IXC);
        row(0x9e640009, "fcvtas_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffffffdL, IXC);
        row(0x9e640009, "fcvtas_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e640009, "fcvtas_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x9e650009, "fcvtau_xd", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e650009, "fcvtau_xd", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x2L, IXC);
        row(0x9e650009, "fcvtau_xd", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x3L, IXC);
        row(0x9e620140, "scvtf_dx", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc01c000000000000L, 0);
        row(0x9e620140, "scvtf_dx", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41dfffffffc00000L, 0);
        row(0x9e620140, "scvtf_dx", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4014000000000000L, 0);
        row(0x9e630140, "ucvtf_dx", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x43f0000000000000L, IXC);
        row(0x9e630140, "ucvtf_dx", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41dfffffffc00000L, 0);
        row(0x9e630140, "ucvtf_dx", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4014000000000000L, 0);
        row(0x9e58fc09, "fcvtzs_xd_1", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffffffbL, 0);
        row(0x9e58fc09, "fcvtzs_xd_1", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x4L, IXC);
        row(0x9e58fc09, "fcvtzs_xd_1", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x5L, IXC);
        row(0x9e59fc09, "fcvtzu_xd_1", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e59fc09, "fcvtzu_xd_1", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x4L, IXC);
        row(0x9e59fc09, "fcvtzu_xd_1", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x5L, IXC);
        row(0x9e42fd40, "scvtf_dx_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xc00c000000000000L, 0);
        row(0x9e42fd40, "scvtf_dx_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41cfffffffc00000L, 0);
        row(0x9e42fd40, "scvtf_dx_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4004000000000000L, 0);
        row(0x9e43fd40, "ucvtf_dx_1", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x43e0000000000000L, IXC);
        row(0x9e43fd40, "ucvtf_dx_1", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x41cfffffffc00000L, 0);
        row(0x9e43fd40, "ucvtf_dx_1", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x4004000000000000L, 0);
        row(0x9e58c009, "fcvtzs_xd_16", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffffffd8000L, 0);
        row(0x9e58c009, "fcvtzs_xd_16", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x24000L, 0);
        row(0x9e58c009, "fcvtzs_xd_16", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2c000L, 0);
        row(0x9e59c009, "fcvtzu_xd_16", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e59c009, "fcvtzu_xd_16", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x24000L, 0);
        row(0x9e59c009, "fcvtzu_xd_16", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2c000L, 0);
        row(0x9e42c140, "scvtf_dx_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xbf1c000000000000L, 0);
        row(0x9e42c140, "scvtf_dx_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x40dfffffffc00000L, 0);
        row(0x9e42c140, "scvtf_dx_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3f14000000000000L, 0);
        row(0x9e43c140, "ucvtf_dx_16", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x42f0000000000000L, IXC);
        row(0x9e43c140, "ucvtf_dx_16", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x40dfffffffc00000L, 0);
        row(0x9e43c140, "ucvtf_dx_16", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3f14000000000000L, 0);
        row(0x9e588009, "fcvtzs_xd_32", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0xfffffffd80000000L, 0);
        row(0x9e588009, "fcvtzs_xd_32", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x240000000L, 0);
        row(0x9e588009, "fcvtzs_xd_32", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2c0000000L, 0);
        row(0x9e598009, "fcvtzu_xd_32", 0, 0xc004000000000000L, 0x3ff8000000000000L, 0x3fe8000000000000L, X9, 0x0L, IOC);
        row(0x9e598009, "fcvtzu_xd_32", 0, 0x4002000000000000L, 0xc008000000000000L, 0x4024000000000000L, X9, 0x240000000L, 0);
        row(0x9e598009, "fcvtzu_xd_32", RP << 22, 0x4006000000000000L, 0x4006000000000000L, 0xbfe0000000000000L, X9, 0x2c0000000L, 0);
        row(0x9e428140, "scvtf_dx_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0xbe1c000000000000L, 0);
        row(0x9e428140, "scvtf_dx_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3fdfffffffc00000L, 0);
        row(0x9e428140, "scvtf_dx_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3e14000000000000L, 0);
        row(0x9e438140, "ucvtf_dx_32", 0, 0xfffffffffffffff9L, 0x0L, 0x0L, V0, 0x41f0000000000000L, IXC);
        row(0x9e438140, "ucvtf_dx_32", 0, 0x7fffffffL, 0x0L, 0x0L, V0, 0x3fdfffffffc00000L, 0);
        row(0x9e438140, "ucvtf_dx_32", RP << 22, 0x5L, 0x0L, 0x0L, V0, 0x3e14000000000000L, 0);
        row(0x1e22c000, "fcvt_ds", 0, 0xc0200000L, 0x0L, 0x0L, V0, 0xc004000000000000L, 0);
        row(0x1e22c000, "fcvt_ds", 0, 0x40100000L, 0x0L, 0x0L, V0, 0x4002000000000000L, 0);
        row(0x1e22c000, "fcvt_ds", RP << 22, 0x40300000L, 0x0L, 0x0L, V0, 0x4006000000000000L, 0);
        row(0x1e624000, "fcvt_sd", 0, 0xc004000000000000L, 0x0L, 0x0L, V0, 0xc0200000L, 0);
        row(0x1e624000, "fcvt_sd", 0, 0x4002000000000000L, 0x0L, 0x0L, V0, 0x40100000L, 0);
        row(0x1e624000, "fcvt_sd", RP << 22, 0x4006000000000000L, 0x0L, 0x0L, V0, 0x40300000L, 0);
        row(0x1e23c000, "fcvt_hs", 0, 0xc0200000L, 0x0L, 0x0L, V0, 0xc100L, 0);
        row(0x1e23c000, "fcvt_hs", 0, 0x40100000L, 0x0L, 0x0L, V0, 0x4080L, 0);
        row(0x1e23c000, "fcvt_hs", RP << 22, 0x40300000L, 0x0L, 0x0L, V0, 0x4180L, 0);
        row(0x1ee24000, "fcvt_sh", 0, 0xc100L, 0x0L, 0x0L, V0, 0xc0200000L, 0);
        row(0x1ee24000, "fcvt_sh", 0, 0x4080L, 0x0L, 0x0L, V0, 0x40100000L, 0);
        row(0x1ee24000, "fcvt_sh", RP << 22, 0x4180L, 0x0L, 0x0L, V0, 0x40300000L, 0);
        row(0x1e63c000, "fcvt_hd", 0, 0xc004000000000000L, 0x0L, 0x0L, V0, 0xc100L, 0);
        row(0x1e63c000, "fcvt_hd", 0, 0x4002000000000000L, 0x0L, 0x0L, V0, 0x4080L, 0);
        row(0x1e63c000, "fcvt_hd", RP << 22, 0x4006000000000000L, 0x0L, 0x0L, V0, 0x4180L, 0);
        row(0x1ee2c000, "fcvt_dh", 0, 0xc100L, 0x0L, 0x0L, V0, 0xc004000000000000L, 0);
        row(0x1ee2c000, "fcvt_dh", 0, 0x4080L, 0x0L, 0x0L, V0, 0x4002000000000000L, 0);
        row(0x1ee2c000, "fcvt_dh", RP << 22, 0x4180L, 0x0L, 0x0L, V0, 0x4006000000000000L, 0);
    }

    /** A write to an S or D register zeroes the rest of the 128-bit V register; X and W writes follow register 31 = XZR. */
    @Test
    void scalarWritesZeroTheUpperBitsOfTheVectorRegister() {
        Cpu c = cpu();
        c.vreg[18] = 0x1111_2222_3333_4444L;
        c.vreg[19] = GARBAGE;
        c.vreg[20] = 0x9999_8888_7777_6666L;
        c.vreg[21] = GARBAGE;
        assertTrue(FpScalar.execute(c, 0x1e60c149)); // fabs d9, d10
        assertEquals(0x1999_8888_7777_6666L, c.vreg[18]);
        assertEquals(0, c.vreg[19]);
        c.vreg[60] = 0xFFFF_FFFF_BF80_0000L;
        c.vreg[62] = 0;
        c.vreg[63] = GARBAGE;
        assertTrue(FpScalar.execute(c, 0x1e2043df)); // fmov s31, s30
        assertEquals(0xBF80_0000L, c.vreg[62]);
        assertEquals(0, c.vreg[63]);
        c.setX(9, 0xDEAD_BEEF_3F80_0000L);
        c.vreg[9] = GARBAGE;
        assertTrue(FpScalar.execute(c, 0x1e270124)); // fmov s4, w9
        assertEquals(0x3F80_0000L, c.vreg[8]);
        assertEquals(0, c.vreg[9]);
        c.vreg[8] = 0xCAFE_F00D_8000_0001L;
        assertTrue(FpScalar.execute(c, 0x1e260089)); // fmov w9, s4
        assertEquals(0x8000_0001L, c.x(9));
        assertTrue(FpScalar.execute(c, 0x9e660089)); // fmov x9, d4
        assertEquals(0xCAFE_F00D_8000_0001L, c.x(9));
        c.vreg[9] = GARBAGE;
        c.setX(9, 42);
        assertTrue(FpScalar.execute(c, 0x9e670124)); // fmov d4, x9
        assertEquals(42, c.vreg[8]);
        assertEquals(0, c.vreg[9]);
    }

    /** FMOV Xd, Vn.D[1] reads the upper half; FMOV Vd.D[1], Xn writes it and keeps the lower half. */
    @Test
    void fmovToAndFromTheUpperDoubleword() {
        Cpu c = cpu();
        c.vreg[15] = 0x0123_4567_89AB_CDEFL;
        assertTrue(FpScalar.execute(c, 0x9eae00e5)); // fmov x5, v7.d[1]
        assertEquals(0x0123_4567_89AB_CDEFL, c.x(5));
        c.vreg[12] = GARBAGE;
        c.setX(8, -2);
        assertTrue(FpScalar.execute(c, 0x9eaf0106)); // fmov v6.d[1], x8
        assertEquals(GARBAGE, c.vreg[12]);
        assertEquals(-2, c.vreg[13]);
    }

    /** VFPExpandImm: FMOV (immediate) for single and double. */
    @Test
    void fmovImmediateExpandsTheEightBitConstant() {
        Cpu c = cpu();
        assertTrue(FpScalar.execute(c, 0x1e2e1000)); // fmov s0, #1.0
        assertEquals(Float.floatToRawIntBits(1.0f), c.vreg[0]);
        assertTrue(FpScalar.execute(c, 0x1e781003)); // fmov d3, #-0.125
        assertEquals(Double.doubleToRawLongBits(-0.125), c.vreg[6]);
        assertTrue(FpScalar.execute(c, 0x1e27f001)); // fmov s1, #31.0
        assertEquals(Float.floatToRawIntBits(31.0f), c.vreg[2]);
        assertTrue(FpScalar.execute(c, 0x1e683002)); // fmov d2, #0.1328125
        assertEquals(Double.doubleToRawLongBits(0.1328125), c.vreg[4]);
        for (int imm8 = 0; imm8 < 256; imm8++) {
            float f = Float.intBitsToFloat((int) FpScalar.expandImm(SINGLE, imm8));
            double d = Double.longBitsToDouble(FpScalar.expandImm(DOUBLE, imm8));
            assertEquals((double) f, d, "imm8 " + imm8 + " names one value in both sizes");
            // the architecture's definition: +/- n/16 * 2^r with 16 <= n <= 31, -3 <= r <= 4
            int n = 16 + (imm8 & 15), r = ((imm8 >>> 4 & 7) ^ 4) - 3;
            assertEquals((imm8 >= 128 ? -1 : 1) * n / 16.0 * Math.pow(2, r), d, "imm8 " + imm8);
        }
    }

    /** FCSEL selects by condition; FCCMP compares when the condition holds, else sets NZCV from the immediate. */
    @Test
    void conditionalSelectAndCompare() {
        Cpu c = cpu();
        c.vreg[2] = 0x3F80_0000L; // s1 = 1.0
        c.vreg[4] = 0x4000_0000L; // s2 = 2.0
        c.setNzcv(0x4000_0000); // Z
        assertTrue(FpScalar.execute(c, 0x1e220c20)); // fcsel s0, s1, s2, eq
        assertEquals(0x3F80_0000L, c.vreg[0]);
        assertTrue(FpScalar.execute(c, 0x1e220425)); // fccmp s1, s2, #5, eq  -> compare: less
        assertEquals(0x8000_0000, c.nzcv());
        assertTrue(FpScalar.execute(c, 0x1e220425)); // eq no longer holds -> #5
        assertEquals(0x5000_0000, c.nzcv());
        c.setNzcv(0);
        assertTrue(FpScalar.execute(c, 0x1e220c20)); // fcsel s0, s1, s2, eq fails -> s2
        assertEquals(0x4000_0000L, c.vreg[0]);
        c.vreg[2] = 0x7FF8_0000_0000_0000L; // d1 = quiet NaN
        c.vreg[4] = 0;
        c.setNzcv(0x8000_0000); // N: lt holds
        assertTrue(FpScalar.execute(c, 0x1e62b439)); // fccmpe d1, d2, #9, lt -> unordered, IOC
        assertEquals(0x3000_0000, c.nzcv());
        assertEquals(IOC, c.fpsr);
        c.fpsr = 0;
        c.setNzcv(0x4000_0000);
        assertTrue(FpScalar.execute(c, 0x1e62b439)); // lt fails (N == V) -> #9, no compare, no flags
        assertEquals(0x9000_0000, c.nzcv());
        assertEquals(0, c.fpsr);
    }

    /** Unallocated in ARMv8.0-A without FP16: half-precision arithmetic, ptype 10, same-size FCVT, mismatched FMOV widths, 32-bit fixed point with scale < 32, S = 1, M = 1. */
    @Test
    void unallocatedEncodingsAreRejected() {
        Cpu c = cpu();
        int[] unallocated = {
            0x1ee12800, // fadd h0, h0, h1 (FP16)
            0x1ea12800, // ptype 10
            0x1e224000, // fcvt s0, s0
            0x1ee3c000, // fcvt h0, h0 (ptype 11, opc 11)
            0x1e62c000, // fcvt with opc 10
            0x1ee00000 | (1 << 21), // FP16 fcvt to integer family (ptype 11)
            0x9e260089, // fmov x9, s4 (sf/ptype mismatch)
            0x1e660089, // fmov w9, d4
            0x1e18fc09 & ~(1 << 15), // fcvtzs w9, s0, scale < 32
            0x3e212800, // S = 1
            0x9e212800, // M = 1
            0x1e21a800, // 2-source opcode 1010
            0x1e20c000 | (0x10 << 15), // 1-source opcode 010000 (FRINT32Z, v8.5)
            0x1e2023e9, // fcmp with opcode2<2:0> != 0
            0x1e2e1020, // fmov immediate with imm5 != 0
            0x1e7e0000, // FJCVTZS (v8.3)
            0x1e230000 | (1 << 19), // scvtf with rmode 01
        };
        for (int insn : unallocated) {
            assertFalse(FpScalar.execute(c, insn), String.format("%08x is unallocated", insn));
        }
        assertFalse(FpScalar.execute(c, 0x0e20d400), "vector fadd is not a scalar FP encoding");
        assertFalse(FpScalar.execute(c, 0x5e20d400), "AdvSIMD scalar encodings are not ours");
    }
}
