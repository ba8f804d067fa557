package nova.difftest.gen;

/**
 * Precise faults: one access (integer or SIMD, single or pair, with or without writeback) to an
 * unmapped address, a store into the read-only text, or a misaligned exclusive. qemu delivers
 * SIGSEGV or SIGBUS; our core must exit with MemoryFault or AlignmentFault at the same
 * instruction, and leave every register and the buffer as they were before it (no writeback,
 * no half-done pair). One case in five uses a good address instead, so the class also checks
 * that nothing faults that should not.
 */
final class FaultGen {
    private FaultGen() {}

    static final long[] BAD = {
        0x0L, 0x10L, 0xff8L, 0xdead_beef_0000L, 0x0000_7fff_0000_0000L, 0x0000_ffff_ffff_fff8L,
        0xffff_0000_0000_0000L, 0xffff_ffff_ffff_fff0L, 0x8000_0000_0000_0000L,
    };

    /** A register holding a bad address, set with MOVZ/MOVK. */
    static int badAddress(Gen g) {
        int r = g.dst();
        long a = BAD[g.rnd(BAD.length)] + (g.r.nextBoolean() ? 0 : g.rnd(64) * 8);
        g.emit("movz x" + r + ", #0x" + Long.toHexString(a & 0xffff));
        for (int sh = 16; sh < 64; sh += 16) {
            if ((a >>> sh & 0xffff) != 0) g.emit("movk x" + r + ", #0x" + Long.toHexString(a >>> sh & 0xffff) + ", lsl #" + sh);
        }
        return r;
    }

    static void one(Gen g) {
        for (int i = g.rnd(3); i > 0; i--) IntegerGen.one(g);
        switch (g.rnd(5)) {
            case 0, 1 -> { // unmapped: the generators' forms, with the base register pointing nowhere
                int r = badAddress(g);
                g.emit("mov x" + g.base + ", x" + r);
                g.baseOff = 0;
                if (g.r.nextBoolean()) LoadStoreGen.one(g);
                else SimdLoadStoreGen.one(g);
            }
            case 2 -> { // store into the read-only, executable text
                int r = g.dst();
                g.emit("adr x" + r + ", .");
                switch (g.rnd(3)) {
                    case 0 -> g.emit("str x" + g.rnd(31) + ", [x" + r + ", #" + 8 * g.rnd(8) + "]");
                    case 1 -> g.emit("stp x" + g.dstExcept(r) + ", x" + g.dstExcept(r) + ", [x" + r + "], #16");
                    default -> g.emit("st1 {v" + g.v() + ".16b}, [x" + r + "]");
                }
            }
            case 3 -> { // misaligned exclusive or acquire: alignment fault (SIGBUS)
                int a = g.dstExcept();
                g.emit("add x" + a + ", x" + g.base + ", #" + g.pickInt(1, 2, 3, 5, 6, 7, 9, 12));
                int t = g.dstExcept(a);
                switch (g.rnd(5)) {
                    case 0 -> g.emit("ldxr x" + t + ", [x" + a + "]");
                    case 1 -> g.emit("ldaxr w" + t + ", [x" + a + "]");
                    case 2 -> g.emit("ldar x" + t + ", [x" + a + "]");
                    case 3 -> g.emit("stlr w" + t + ", [x" + a + "]");
                    default -> g.emit("ldxp x" + t + ", x" + g.dstExcept(a, t) + ", [x" + a + "]");
                }
            }
            default -> { // good addresses: must not fault
                if (g.r.nextBoolean()) LoadStoreGen.one(g);
                else SimdLoadStoreGen.one(g);
            }
        }
    }
}
