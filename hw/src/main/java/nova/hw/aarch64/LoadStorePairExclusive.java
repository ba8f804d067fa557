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

    /** LDXR, LDAXR (all sizes). */
    static int loadExclusive(Cpu c, int i) {
        int size = i >>> 30;
        long addr = c.x[(i >>> 5) & 31];
        aligned(c, addr, 1 << size);
        long v = load(c, addr, size);
        c.exclusiveAddr = addr;
        c.exclusiveSize = 1 << size;
        c.exclusiveLo = v;
        c.setXOrZr(i & 31, v);
        return Cpu.NEXT;
    }

    /** STXR, STLXR (all sizes); status 0 = stored, 1 = monitor lost. */
    static int storeExclusive(Cpu c, int i) {
        int size = i >>> 30;
        int bytes = 1 << size;
        long addr = c.x[(i >>> 5) & 31];
        aligned(c, addr, bytes);
        long v = c.xOrZr(i & 31);
        boolean pass = c.exclusiveSize == bytes && c.exclusiveAddr == addr
                && load(c, addr, size) == c.exclusiveLo;
        c.exclusiveSize = 0;
        if (pass) {
            store(c, addr, size, v);
        }
        c.setXOrZr((i >>> 16) & 31, pass ? 0 : 1);
        return Cpu.NEXT;
    }

    /** LDXP, LDAXP: two words or two doublewords, aligned to the pair's size. */
    static int loadExclusivePair(Cpu c, int i) {
        boolean words = (i >>> 30) == 2;
        long addr = c.x[(i >>> 5) & 31];
        aligned(c, addr, words ? 8 : 16);
        long lo;
        long hi;
        if (words) {
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
        c.exclusiveSize = words ? 8 : 16;
        c.setXOrZr((i >>> 10) & 31, hi);
        c.setXOrZr(i & 31, lo);
        return Cpu.NEXT;
    }

    /** STXP, STLXP. */
    static int storeExclusivePair(Cpu c, int i) {
        boolean words = (i >>> 30) == 2;
        int bytes = words ? 8 : 16;
        long addr = c.x[(i >>> 5) & 31];
        aligned(c, addr, bytes);
        long v1 = c.xOrZr(i & 31);
        long v2 = c.xOrZr((i >>> 10) & 31);
        boolean pass = c.exclusiveSize == bytes && c.exclusiveAddr == addr;
        if (pass) {
            pass = words ? c.ld64(addr) == c.exclusiveLo
                    : c.ld64(addr) == c.exclusiveLo && c.ld64(addr + 8) == c.exclusiveHi;
        }
        c.exclusiveSize = 0;
        if (pass) {
            if (words) {
                c.st64(addr, (v1 & 0xFFFF_FFFFL) | v2 << 32);
            } else {
                c.probeWrite(addr, 16);
                c.st64(addr, v1);
                c.st64(addr + 8, v2);
            }
        }
        c.setXOrZr((i >>> 16) & 31, pass ? 0 : 1);
        return Cpu.NEXT;
    }

    /** LDAR (all sizes). */
    static int loadAcquire(Cpu c, int i) {
        int size = i >>> 30;
        long addr = c.x[(i >>> 5) & 31];
        aligned(c, addr, 1 << size);
        c.setXOrZr(i & 31, load(c, addr, size));
        return Cpu.NEXT;
    }

    /** STLR (all sizes). */
    static int storeRelease(Cpu c, int i) {
        int size = i >>> 30;
        long addr = c.x[(i >>> 5) & 31];
        aligned(c, addr, 1 << size);
        store(c, addr, size, c.xOrZr(i & 31));
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

    /** STP, LDP, LDPSW (and STNP, LDNP) in offset, post-index and pre-index forms. */
    static int pair(Cpu c, int op, int i) {
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
