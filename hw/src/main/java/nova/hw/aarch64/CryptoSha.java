package nova.hw.aarch64;

/** SHA1C/P/M, SHA1H, SHA1SU0/1, SHA256H/H2, SHA256SU0/1 (Crypto extension). */
final class CryptoSha {
    private CryptoSha() {}

    private static int w(long[] v, int n, int e) {
        return (int) (v[2 * n + (e >>> 1)] >>> (32 * (e & 1)));
    }

    private static void set4(Cpu c, int d, int e0, int e1, int e2, int e3) {
        AdvSimdLanes.set(c, d, (e0 & 0xffffffffL) | ((long) e1 << 32), (e2 & 0xffffffffL) | ((long) e3 << 32));
    }

    static boolean threeReg(Cpu c, int insn) {
        int opcode = (insn >>> 12) & 7;
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        long[] v = c.vreg;
        switch (opcode) {
            case 0, 1, 2 -> sha1Hash(c, v, opcode, rd, rn, rm);
            case 3 -> {
                // SHA1SU0: (Vn<63:0> : Vd<127:64>) ^ Vd ^ Vm
                long lo = v[2 * rd + 1] ^ v[2 * rd] ^ v[2 * rm];
                long hi = v[2 * rn] ^ v[2 * rd + 1] ^ v[2 * rm + 1];
                AdvSimdLanes.set(c, rd, lo, hi);
            }
            case 4, 5 -> sha256Hash(c, v, opcode == 4, rd, rn, rm);
            case 6 -> {
                int d0 = w(v, rd, 0), d1 = w(v, rd, 1), d2 = w(v, rd, 2), d3 = w(v, rd, 3);
                // T0 = Vm<31:0> : Vn<127:32>
                int t0 = w(v, rn, 1), t1 = w(v, rn, 2), t2 = w(v, rn, 3), t3 = w(v, rm, 0);
                int m2 = w(v, rm, 2), m3 = w(v, rm, 3);
                int r0 = sigma1(m2) + d0 + t0;
                int r1 = sigma1(m3) + d1 + t1;
                int r2 = sigma1(r0) + d2 + t2;
                int r3 = sigma1(r1) + d3 + t3;
                set4(c, rd, r0, r1, r2, r3);
            }
            default -> { return false; }
        }
        return true;
    }

    private static int sigma1(int x) {
        return Integer.rotateRight(x, 17) ^ Integer.rotateRight(x, 19) ^ (x >>> 10);
    }

    private static int sigma0(int x) {
        return Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
    }

    private static void sha1Hash(Cpu c, long[] v, int kind, int rd, int rn, int rm) {
        int x0 = w(v, rd, 0), x1 = w(v, rd, 1), x2 = w(v, rd, 2), x3 = w(v, rd, 3);
        int y = w(v, rn, 0);
        for (int e = 0; e < 4; e++) {
            int t = switch (kind) {
                case 0 -> (x1 & x2) | (~x1 & x3);
                case 1 -> x1 ^ x2 ^ x3;
                default -> (x1 & x2) | (x1 & x3) | (x2 & x3);
            };
            y = y + Integer.rotateLeft(x0, 5) + t + w(v, rm, e);
            x1 = Integer.rotateLeft(x1, 30);
            // ROL(Y:X, 32) over 160 bits
            int oldX3 = x3;
            x3 = x2;
            x2 = x1;
            x1 = x0;
            x0 = y;
            y = oldX3;
        }
        set4(c, rd, x0, x1, x2, x3);
    }

    private static void sha256Hash(Cpu c, long[] v, boolean part1, int rd, int rn, int rm) {
        int xr = part1 ? rd : rn, yr = part1 ? rn : rd;
        int x0 = w(v, xr, 0), x1 = w(v, xr, 1), x2 = w(v, xr, 2), x3 = w(v, xr, 3);
        int y0 = w(v, yr, 0), y1 = w(v, yr, 1), y2 = w(v, yr, 2), y3 = w(v, yr, 3);
        for (int e = 0; e < 4; e++) {
            int chs = (y0 & y1) | (~y0 & y2);
            int maj = (x0 & x1) | (x0 & x2) | (x1 & x2);
            int s1 = Integer.rotateRight(y0, 6) ^ Integer.rotateRight(y0, 11) ^ Integer.rotateRight(y0, 25);
            int s0 = Integer.rotateRight(x0, 2) ^ Integer.rotateRight(x0, 13) ^ Integer.rotateRight(x0, 22);
            int t1 = y3 + s1 + chs + w(v, rm, e);
            x3 = t1 + x3;
            y3 = t1 + s0 + maj;
            // ROL(Y:X, 32) over 256 bits
            int ox3 = x3, oy3 = y3;
            x3 = x2; x2 = x1; x1 = x0; x0 = oy3;
            y3 = y2; y2 = y1; y1 = y0; y0 = ox3;
        }
        if (part1) set4(c, rd, x0, x1, x2, x3);
        else set4(c, rd, y0, y1, y2, y3);
    }

    static boolean twoReg(Cpu c, int insn) {
        int rd = insn & 31, rn = (insn >>> 5) & 31;
        long[] v = c.vreg;
        switch ((insn >>> 12) & 31) {
            case 0 -> AdvSimdLanes.set(c, rd, Integer.rotateLeft(w(v, rn, 0), 30) & 0xffffffffL, 0);
            case 1 -> {
                // SHA1SU1: T = Vd ^ (Vn >> 32)
                int t0 = w(v, rd, 0) ^ w(v, rn, 1), t1 = w(v, rd, 1) ^ w(v, rn, 2);
                int t2 = w(v, rd, 2) ^ w(v, rn, 3), t3 = w(v, rd, 3);
                int w0 = Integer.rotateLeft(t0, 1);
                set4(c, rd, w0, Integer.rotateLeft(t1, 1), Integer.rotateLeft(t2, 1),
                        Integer.rotateLeft(t3, 1) ^ Integer.rotateLeft(t0, 2));
            }
            case 2 -> {
                // SHA256SU0: T = Vn<31:0> : Vd<127:32>
                int d0 = w(v, rd, 0), d1 = w(v, rd, 1), d2 = w(v, rd, 2), d3 = w(v, rd, 3);
                int n0 = w(v, rn, 0);
                set4(c, rd, sigma0(d1) + d0, sigma0(d2) + d1, sigma0(d3) + d2, sigma0(n0) + d3);
            }
            default -> { return false; }
        }
        return true;
    }
}
