package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nova.hw.mem.GuestMemory;

/**
 * Runs rows of qemu-observed known answers (see {@link AdvSimdVectorQemuTest}) through
 * {@link SimdFp#execute}: each row starts from the same register file, executes one encoding and
 * must change exactly the listed registers (and set exactly the listed cumulative FPSR bits), or
 * be UNDEFINED when qemu raised SIGILL.
 */
final class AdvSimdQemuRows {
    private AdvSimdQemuRows() {}

    /** V0..V31 as (lo, hi) pairs: random, FP-special and saturation-edge values (qemu inputs). */
    static final long[] FILL_V = {
        0x0L, 0x423d2d4ec24c1626L, 0x8080808080808080L, 0x17fc695a07a0ca6eL, 0xbff0000000000000L,
        0x32e706298fadc1a6L, 0xff002a006e00e0L, 0x424f0bc03bcac9d1L, 0x7f7fffff3f000000L,
        0xc29f1dabcc836c95L, 0xe6008e00c20097L, 0x3d175b660b247923L, 0x898989898989967dL,
        0x5200f1002c00e8L, 0x417786e14e1d1288L, 0x0L, 0xfffffffffffffL, 0x7fffffffffffffffL,
        0x8080808080808080L, 0xc286f038ccb1b9c0L, 0xc04d0c9eb91f7081L, 0x8000000000000000L,
        0x7ff0000000000001L, 0x616161616161247aL, 0x7fefffffffffffffL, 0xd261a7ab3aa2e4f9L,
        0x50c187fcce177b4eL, 0xf10081008a009eL, 0x7fefffffffffffffL, 0x41e0000000000000L,
        0x1f0065007a004dL, 0x24242424242467ebL, 0x1bf800000L, 0x6200f000d70075L, 0x2500b800ab0097L,
        0x5f0000004b000001L, 0x0L, 0x8000000000000000L, 0x7f8000003f000000L, 0x8c00c900b10022L,
        0x878787878787c7dbL, 0xb88139b9ae270da7L, 0x8000800080008000L, 0xc29b610f4c4cecb1L,
        0x2700a3007d00caL, 0xb8db0672f42d47ccL, 0x3fc4a69f446bf1adL, 0x8000000080000000L,
        0x7ff8000000000000L, 0x43d23720e8bcea35L, 0x52fbe43b99546eb4L, 0x4040404040418a7L,
        0x40bd967003b34dadL, 0x8000000000000000L, 0x7ff0000000000000L, 0x7f7f7f7f7f7f7f7fL,
        0x8000800080008000L, 0x5f0000007fc00000L, 0x4b00000100000001L, 0x38002100e000c0L,
        0xfffffffffffffL, 0xf3003900c200beL, 0xc37b7d34a9bce110L, 0x1e1e1e1e1e1e2168L
    };

    /** X0..X15 (qemu inputs). */
    static final long[] FILL_X = {
        0x7ff0000000000000L, 0xc414c59682489117L, 0xbff0000000000000L, 0xb535106e122c9a56L,
        0x114125c63a9bedd4L, 0x5496f63cdc1110c1L, 0x8000800080008000L, 0x1L, 0x363636363636bc3dL,
        0xbf8000005f000000L, 0xcecececececea6fbL, 0xfff0000000000000L, 0x8080808080808080L,
        0xc2abcd4b9c7b5fb0L, 0xa748dbcfac619e63L, 0x0L
    };

    /** FPSR bits compared: the cumulative exception flags and QC. */
    private static final int FPSR_COMPARED = 0x0800_009F;

    static void check(long[][] rows) {
        Cpu c = new Cpu(new GuestMemory());
        List<String> failures = new ArrayList<>();
        for (long[] row : rows) {
            int insn = (int) row[0];
            System.arraycopy(FILL_V, 0, c.vreg, 0, 64);
            for (int i = 0; i < 16; i++) c.setX(i, FILL_X[i]);
            c.fpcr = (int) row[1];
            c.fpsr = 0;
            boolean executed = SimdFp.execute(c, insn);
            String where = String.format("%08x (fpcr %x)", insn, row[1]);
            if (row[2] == -1) {
                if (executed) failures.add(where + ": executed, qemu says UNDEFINED");
                continue;
            }
            if (!executed) {
                failures.add(where + ": UNDEFINED, qemu executed it");
                continue;
            }
            long[] wantV = FILL_V.clone();
            long[] wantX = FILL_X.clone();
            for (int k = 3; k < row.length; k += 3) {
                int r = (int) row[k];
                if (r < 32) {
                    wantV[2 * r] = row[k + 1];
                    wantV[2 * r + 1] = row[k + 2];
                } else {
                    wantX[r - 32] = row[k + 1];
                }
            }
            for (int r = 0; r < 32; r++) {
                if (c.vreg[2 * r] != wantV[2 * r] || c.vreg[2 * r + 1] != wantV[2 * r + 1]) {
                    failures.add(String.format("%s: V%d = %016x_%016x, want %016x_%016x", where, r,
                            c.vreg[2 * r + 1], c.vreg[2 * r], wantV[2 * r + 1], wantV[2 * r]));
                }
            }
            for (int r = 0; r < 16; r++) {
                if (c.x(r) != wantX[r]) failures.add(String.format("%s: X%d = %x, want %x", where, r, c.x(r), wantX[r]));
            }
            if ((c.fpsr & FPSR_COMPARED) != row[2]) {
                failures.add(String.format("%s: FPSR = %x, want %x", where, c.fpsr & FPSR_COMPARED, row[2]));
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches:\n" + String.join("\n", failures));
    }
}
