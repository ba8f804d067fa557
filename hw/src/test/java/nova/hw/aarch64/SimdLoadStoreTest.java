package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIMD&FP loads and stores (ARM ARM C3.3): addressing forms, structure (de)interleaving,
 * single-lane and replicate forms, and that a fault leaves registers and memory unchanged.
 * Memory byte at DATA + i holds i (mod 256) unless a test writes it.
 */
class SimdLoadStoreTest {
    private static final long DATA = 0x10_0000L;
    private static final long RO = DATA + 0x2000;      // read-only page after two RW pages
    private static final long UNMAPPED = RO + 0x1000;

    private final GuestMemory mem = new GuestMemory();
    private Cpu c;

    @BeforeEach
    void setUp() {
        mem.map(DATA, 0x2000, Perm.R | Perm.W);
        mem.map(RO, 0x1000, Perm.R);
        byte[] b = new byte[0x2000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) i;
        mem.writeBytes(DATA, b, 0, b.length);
        mem.writeBytes(RO, b, 0, 0x1000);
        c = new Cpu(mem);
    }

    private void exec(int insn) {
        assertTrue(SimdFp.loadStore(c, insn), () -> String.format("%08x undefined", insn));
    }

    /** Little-endian value of {@code n} (<= 8) consecutive bytes whose values are start, start+1, ... */
    private static long seq(int start, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) v |= ((start + i) & 0xffL) << (8 * i);
        return v;
    }

    private long get64(long va) {
        byte[] b = new byte[8];
        mem.readBytes(va, b, 0, 8);
        long v = 0;
        for (int i = 7; i >= 0; i--) v = v << 8 | (b[i] & 0xff);
        return v;
    }

    @Test
    void ldrQUnsignedOffsetAndStrQ() {
        c.setX(0, DATA);
        exec(0x3dc00800);                     // ldr q0, [x0, #32]
        assertEquals(seq(32, 8), c.vLo(0));
        assertEquals(seq(40, 8), c.vHi(0));
        c.setV(1, 0x1111111111111111L, 0x2222222222222222L);
        exec(0x3d800c01);                     // str q1, [x0, #48]
        assertEquals(0x1111111111111111L, get64(DATA + 48));
        assertEquals(0x2222222222222222L, get64(DATA + 56));
        assertEquals(DATA, c.x(0));
    }

    @Test
    void scalarLoadsZeroTheRestOfTheRegister() {
        c.setX(0, DATA + 100);
        c.setV(2, -1, -1);
        exec(0xfc5fd002);                     // ldur d2, [x0, #-3]
        assertEquals(seq(97, 8), c.vLo(2));
        assertEquals(0, c.vHi(2));
        c.setV(5, -1, -1);
        c.setX(1, 7);
        exec(0x3c616805);                     // ldr b5, [x0, x1]
        assertEquals(107, c.vLo(5));
        assertEquals(0, c.vHi(5));
    }

    @Test
    void preAndPostIndexWriteBack() {
        c.setX(0, DATA + 64);
        exec(0xbc410c03);                     // ldr s3, [x0, #16]!
        assertEquals(seq(80, 4), c.vLo(3));
        assertEquals(DATA + 80, c.x(0));
        c.setV(4, 0xbeef, 0);
        exec(0x7c1fe404);                     // str h4, [x0], #-2
        assertEquals(DATA + 78, c.x(0));
        assertEquals(0xbeef, get64(DATA + 80) & 0xffff);
    }

    @Test
    void registerOffsetSignExtendsAndScales() {
        c.setX(0, DATA + 0x100);
        c.setX(2, 0xdead_beef_ffff_fffeL);   // w2 = -2, scaled by 16
        exec(0x3ce2d806);                     // ldr q6, [x0, w2, sxtw #4]
        assertEquals(seq(0xe0, 8), c.vLo(6));
        assertEquals(seq(0xe8, 8), c.vHi(6));
    }

    @Test
    void literalLoadIsPcRelative() {
        c.setPc(DATA + 0x1c);
        exec(0x9c0001c7);                     // ldr q7, pc + 0x38
        assertEquals(seq(0x54, 8), c.vLo(7));
        assertEquals(seq(0x5c, 8), c.vHi(7));
        assertFalse(SimdFp.loadStore(c, 0xdc0001c7), "opc = 11 is unallocated for SIMD literal loads");
    }

    @Test
    void pairsWithAllIndexForms() {
        c.setX(0, DATA + 0x200);
        exec(0xadff2408);                     // ldp q8, q9, [x0, #-32]!
        assertEquals(DATA + 0x1e0, c.x(0));
        assertEquals(seq(0xe0, 8), c.vLo(8));
        assertEquals(seq(0xf8, 8), c.vHi(9));
        c.setV(10, 0x0a0a0a0aL, 0);
        c.setV(11, 0x0b0b0b0bL, 0);
        exec(0x2c812c0a);                     // stp s10, s11, [x0], #8
        assertEquals(0x0b0b0b0b0a0a0a0aL, get64(DATA + 0x1e0));
        assertEquals(DATA + 0x1e8, c.x(0));
        exec(0x6c41340c);                     // ldnp d12, d13, [x0, #16]
        assertEquals(seq(0xf8, 8), c.vLo(12));
        assertEquals(seq(0x00, 8), c.vLo(13));
        assertEquals(DATA + 0x1e8, c.x(0));
    }

    @Test
    void ld1FourRegistersPostIndexImmediate() {
        c.setX(0, DATA);
        exec(0x4cdf2000);                     // ld1 {v0.16b-v3.16b}, [x0], #64
        for (int r = 0; r < 4; r++) {
            assertEquals(seq(16 * r, 8), c.vLo(r));
            assertEquals(seq(16 * r + 8, 8), c.vHi(r));
        }
        assertEquals(DATA + 64, c.x(0));
    }

    @Test
    void ld2DeinterleavesHalfwords() {
        c.setX(0, DATA);
        exec(0x4c408404);                     // ld2 {v4.8h, v5.8h}, [x0]
        for (int e = 0; e < 8; e++) {
            long want4 = seq(4 * e, 2), want5 = seq(4 * e + 2, 2);
            assertEquals(want4, ((e < 4 ? c.vLo(4) : c.vHi(4)) >>> (16 * (e & 3))) & 0xffff);
            assertEquals(want5, ((e < 4 ? c.vLo(5) : c.vHi(5)) >>> (16 * (e & 3))) & 0xffff);
        }
    }

    @Test
    void ld3PostIndexRegisterAndLd4HalfWidthClearsUpperHalves() {
        c.setX(0, DATA);
        c.setX(1, 1000);
        exec(0x4cc14806);                     // ld3 {v6.4s-v8.4s}, [x0], x1
        assertEquals(seq(0, 4) | seq(12, 4) << 32, c.vLo(6));
        assertEquals(seq(4, 4) | seq(16, 4) << 32, c.vLo(7));
        assertEquals(seq(32, 4) | seq(44, 4) << 32, c.vHi(8));
        assertEquals(DATA + 1000, c.x(0));
        c.setX(0, DATA);
        for (int r = 28; r < 32; r++) c.setV(r, -1, -1);
        exec(0x0c40081c);                     // ld4 {v28.2s-v31.2s}, [x0]
        assertEquals(seq(0, 4) | seq(16, 4) << 32, c.vLo(28));
        assertEquals(seq(12, 4) | seq(28, 4) << 32, c.vLo(31));
        for (int r = 28; r < 32; r++) assertEquals(0, c.vHi(r));
    }

    @Test
    void st4InterleavesWords() {
        c.setX(0, DATA + 0x400);
        for (int r = 0; r < 4; r++) c.setV(r, (10L * r + 1) << 32 | (10L * r), (10L * r + 3) << 32 | (10L * r + 2));
        exec(0x4c000800);                     // st4 {v0.4s-v3.4s}, [x0]
        for (int e = 0; e < 4; e++) {
            for (int r = 0; r < 4; r++) {
                assertEquals(10L * r + e, get64(DATA + 0x400 + 16L * e + 4L * r) & 0xffffffffL);
            }
        }
    }

    @Test
    void singleLaneLoadKeepsOtherLanes() {
        c.setX(0, DATA + 8);
        c.setV(9, 0x1234, 0x5678);
        exec(0x4d409009);                     // ld1 {v9.s}[3], [x0]
        assertEquals(0x1234, c.vLo(9));
        assertEquals(seq(8, 4) << 32 | 0x5678, c.vHi(9));
    }

    @Test
    void replicateForms() {
        c.setX(0, DATA + 6);
        exec(0x4ddfc40a);                     // ld1r {v10.8h}, [x0], #2
        assertEquals(0x0706070607060706L, c.vLo(10));
        assertEquals(0x0706070607060706L, c.vHi(10));
        assertEquals(DATA + 8, c.x(0));
        exec(0x4d60ec0c);                     // ld4r {v12.2d-v15.2d}, [x0]
        for (int r = 0; r < 4; r++) {
            assertEquals(seq(8 + 8 * r, 8), c.vLo(12 + r));
            assertEquals(seq(8 + 8 * r, 8), c.vHi(12 + r));
        }
    }

    @Test
    void singleLaneStoreAndLd3LaneWithWraparoundRegisters() {
        c.setX(0, DATA + 0x300);
        c.setX(1, 16);
        c.setV(16, 1, 0x0102030405060708L);
        exec(0x4d818410);                     // st1 {v16.d}[1], [x0], x1
        assertEquals(0x0102030405060708L, get64(DATA + 0x300));
        assertEquals(DATA + 0x310, c.x(0));
        c.setX(0, DATA + 0x20);
        exec(0x4ddf3c11);                     // ld3 {v17.b-v19.b}[15], [x0], #3
        assertEquals(0x20, c.vHi(17) >>> 56);
        assertEquals(0x21, c.vHi(18) >>> 56);
        assertEquals(0x22, c.vHi(19) >>> 56);
        assertEquals(DATA + 0x23, c.x(0));
    }

    @Test
    void faultingStructureLoadChangesNoRegister() {
        long base = UNMAPPED - 40;           // 64 bytes: the last 24 are unmapped
        c.setX(0, base);
        for (int r = 0; r < 4; r++) c.setV(r, r, r);
        assertThrows(MemFault.class, () -> SimdFp.loadStore(c, 0x4cdf2000));   // ld1 {v0-v3.16b}, [x0], #64
        assertEquals(base, c.x(0), "no base write-back");
        for (int r = 0; r < 4; r++) {
            assertEquals(r, c.vLo(r));
            assertEquals(r, c.vHi(r));
        }
    }

    @Test
    void faultingStoreWritesNothingAndDoesNotWriteBack() {
        long base = RO - 8;                  // st1 of 64 bytes: the first 8 are writable
        c.setX(0, base);
        for (int r = 0; r < 4; r++) c.setV(r, -1, -1);
        long before = get64(base);
        assertThrows(MemFault.class, () -> SimdFp.loadStore(c, 0x4c9f2000));   // st1 {v0-v3.16b}, [x0], #64
        assertEquals(before, get64(base));
        assertEquals(base, c.x(0));
        c.setX(0, RO - 16);
        assertThrows(MemFault.class, () -> SimdFp.loadStore(c, 0xad810408));   // stp q8, q1, [x0, #32]!
        assertEquals(RO - 16, c.x(0));
    }

    @Test
    void faultingPairLoadLeavesRegisters() {
        c.setX(0, UNMAPPED - 16);
        c.setV(8, 5, 6);
        assertThrows(MemFault.class, () -> SimdFp.loadStore(c, 0xadc12408));   // ldp q8, q9, [x0, #32]!
        assertEquals(5, c.vLo(8));
        assertEquals(UNMAPPED - 16, c.x(0));
    }

    @Test
    void unallocatedEncodingsAreUndefined() {
        assertFalse(SimdFp.loadStore(c, 0x7cc00000), "LDR (register size 01, opc 11)");
        assertFalse(SimdFp.loadStore(c, 0xec400000), "LDP with opc = 11");
        assertFalse(SimdFp.loadStore(c, 0x0c408c00), "LD2 .1d (size 11, Q = 0)");
        assertFalse(SimdFp.loadStore(c, 0x0d40b400), "LD1 single D lane with S = 1");
        assertFalse(SimdFp.loadStore(c, 0x0d00c000), "ST1R does not exist");
        assertFalse(SimdFp.loadStore(c, 0x0c401000), "multiple-structure opcode 0001");
        assertFalse(SimdFp.loadStore(c, 0x3c400800), "unprivileged LDTR has no SIMD form");
        assertFalse(SimdFp.loadStore(c, 0x3c608800), "register offset with option 100");
        assertFalse(SimdFp.loadStore(c, 0x0c417000), "LD1 (no offset) with Rm != 0");
        assertFalse(SimdFp.loadStore(c, 0x0c607000), "multiple structures with bit 21 set");
    }
}
