package nova.hw.aarch64;

/**
 * Load/store pair (LDP, STP, LDPSW, LDNP, STNP in every index form), the exclusives
 * (LD[A]XR, ST[L]XR and their pair forms) and LDAR/STLR.
 *
 * <p>The exclusive monitor works as QEMU's does: a store-exclusive succeeds only if the monitor
 * holds the same address and size and memory still holds the value(s) the load-exclusive read,
 * which also makes a write by another core in between fail it. Acquire/release ordering needs
 * nothing on a core that performs its accesses in program order.
 */
final class LoadStorePairExclusive {
    private LoadStorePairExclusive() {}

    static int execute(Cpu c, int op, int i) {
        if (op < Op.LDXR) {
            return pair(c, op, i);
        }
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        int rs = (i >>> 16) & 31;
        int rt2 = (i >>> 10) & 31;
        int size = i >>> 30;
        int bytes = 1 << size;
        long addr = c.x[rn];
        switch (op) {
            case Op.LDXR -> {
                aligned(c, addr, bytes);
                long v = load(c, addr, size);
                c.exclusiveAddr = addr;
                c.exclusiveSize = bytes;
                c.exclusiveLo = v;
                c.setXOrZr(rt, v);
            }
            case Op.STXR -> {
                aligned(c, addr, bytes);
                long v = c.xOrZr(rt);
                boolean pass = c.exclusiveSize == bytes && c.exclusiveAddr == addr
                        && load(c, addr, size) == c.exclusiveLo;
                c.exclusiveSize = 0;
                if (pass) {
                    store(c, addr, size, v);
                }
                c.setXOrZr(rs, pass ? 0 : 1);
            }
            case Op.LDXP -> {
                aligned(c, addr, 2 * bytes);
                long lo;
                long hi;
                if (size == 2) {
                    long v = c.ld64(addr);
                    lo = v & 0xFFFF_FFFFL;
                    hi = v >>> 32;
                    c.exclusiveLo = v;
                    c.exclusiveHi = 0;
                } else {
                    lo = c.ld64(addr);
                    hi = c.ld64(addr + 8);
                    c.exclusiveLo = lo;
                    c.exclusiveHi = hi;
                }
                c.exclusiveAddr = addr;
                c.exclusiveSize = 2 * bytes;
                c.setXOrZr(rt, lo);
                c.setXOrZr(rt2, hi);
            }
            case Op.STXP -> {
                aligned(c, addr, 2 * bytes);
                long v1 = c.xOrZr(rt);
                long v2 = c.xOrZr(rt2);
                boolean pass = c.exclusiveSize == 2 * bytes && c.exclusiveAddr == addr;
                if (pass) {
                    if (size == 2) {
                        pass = c.ld64(addr) == c.exclusiveLo;
                    } else {
                        pass = c.ld64(addr) == c.exclusiveLo && c.ld64(addr + 8) == c.exclusiveHi;
                    }
                }
                c.exclusiveSize = 0;
                if (pass) {
                    if (size == 2) {
                        c.st64(addr, (v1 & 0xFFFF_FFFFL) | v2 << 32);
                    } else {
                        c.probeWrite(addr, 16);
                        c.st64(addr, v1);
                        c.st64(addr + 8, v2);
                    }
                }
                c.setXOrZr(rs, pass ? 0 : 1);
            }
            case Op.LDAR -> {
                aligned(c, addr, bytes);
                c.setXOrZr(rt, load(c, addr, size));
            }
            case Op.STLR -> {
                aligned(c, addr, bytes);
                store(c, addr, size, c.xOrZr(rt));
            }
            default -> {
                return Cpu.UNDEF;
            }
        }
        return Cpu.NEXT;
    }

    /** Exclusives and acquire/release accesses must be naturally aligned (no LSE2 on an A57). */
    private static void aligned(Cpu c, long addr, int bytes) {
        if ((addr & (bytes - 1)) != 0) {
            throw c.fault.misaligned(addr);
        }
    }

    private static long load(Cpu c, long addr, int size) {
        return switch (size) {
            case 0 -> c.ld8(addr);
            case 1 -> c.ld16(addr);
            case 2 -> c.ld32(addr);
            default -> c.ld64(addr);
        };
    }

    private static void store(Cpu c, long addr, int size, long v) {
        switch (size) {
            case 0 -> c.st8(addr, v);
            case 1 -> c.st16(addr, v);
            case 2 -> c.st32(addr, v);
            default -> c.st64(addr, v);
        }
    }

    private static int pair(Cpu c, int op, int i) {
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        int rt2 = (i >>> 10) & 31;
        int kindBase = op >= Op.LDPSW ? Op.LDPSW : op >= Op.LDP ? Op.LDP : Op.STP;
        int form = op - kindBase; // 0 offset, 1 post-index, 2 pre-index
        int scale = (i >>> 30) == 2 ? 3 : 2;
        long imm = (long) ((i << 10) >> 25) << scale;
        long base = c.x[rn];
        long addr = form == 1 ? base : base + imm;
        int bytes = 1 << scale;
        if (kindBase == Op.STP) {
            long v1 = c.xOrZr(rt);
            long v2 = c.xOrZr(rt2);
            c.probeWrite(addr, 2 * bytes);
            if (scale == 3) {
                c.st64(addr, v1);
                c.st64(addr + 8, v2);
            } else {
                c.st32(addr, v1);
                c.st32(addr + 4, v2);
            }
        } else {
            long v1;
            long v2;
            if (scale == 3) {
                v1 = c.ld64(addr);
                v2 = c.ld64(addr + 8);
            } else {
                v1 = c.ld32(addr);
                v2 = c.ld32(addr + 4);
                if (kindBase == Op.LDPSW) {
                    v1 = (int) v1;
                    v2 = (int) v2;
                }
            }
            // Rt is written last so that, for the CONSTRAINED UNPREDICTABLE Rt == Rt2, the first
            // element wins as in QEMU.
            c.setXOrZr(rt2, v2);
            c.setXOrZr(rt, v1);
        }
        if (form != 0) {
            c.x[rn] = form == 1 ? base + imm : addr;
        }
        return Cpu.NEXT;
    }
}
