package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import org.junit.jupiter.api.Test;

/**
 * SIMD code run through {@link Cpu#run}: a byte-sum loop over memory, and the exits the core
 * reports for a faulting SIMD load (MemoryFault at the load, base register not written back)
 * and for an unallocated AdvSIMD encoding (Undefined).
 */
class SimdFpRunTest {
    private static final long CODE = 0x40_0000L, DATA = 0x50_0000L;

    private final GuestMemory mem = new GuestMemory();
    private final Cpu cpu;

    SimdFpRunTest() {
        mem.map(CODE, 0x1000, Perm.R | Perm.X);
        mem.map(DATA, 0x1000, Perm.R | Perm.W);
        cpu = new Cpu(mem);
        cpu.setPc(CODE);
    }

    private void code(int... words) {
        byte[] b = new byte[4 * words.length];
        for (int i = 0; i < words.length; i++) {
            for (int k = 0; k < 4; k++) b[4 * i + k] = (byte) (words[i] >>> (8 * k));
        }
        mem.writeBytes(CODE, b, 0, b.length);
    }

    @Test
    void byteSumLoopWithLd1AndPairwiseAccumulate() {
        code(0x6f00e402,      // movi v2.2d, #0
             0x4cdfa000,      // ld1 {v0.16b, v1.16b}, [x0], #32
             0x6e206802,      // uadalp v2.8h, v0.16b
             0x6e206822,      // uadalp v2.8h, v1.16b
             0xf1000421,      // subs x1, x1, #1
             0x54ffff81,      // b.ne ld1
             0x6e703843,      // uaddlv s3, v2.8h
             0x1e260062,      // fmov w2, s3
             0xd4200000);     // brk #0
        byte[] data = new byte[1024];                // 128 bytes per 16-bit lane: no overflow
        long want = 0;
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + 3);
            want += data[i] & 0xff;
        }
        mem.writeBytes(DATA, data, 0, data.length);
        cpu.setX(0, DATA);
        cpu.setX(1, 1024 / 32);
        Exit e = cpu.run(100_000);
        assertEquals(new Exit.Brk(0, CODE + 32), e);
        assertEquals(want, cpu.x(2));
        assertEquals(DATA + 1024, cpu.x(0));
    }

    @Test
    void faultingSimdLoadExitsAtTheLoadWithoutWriteBack() {
        code(0x4cdfa000);      // ld1 {v0.16b, v1.16b}, [x0], #32
        cpu.setX(0, DATA + 4096 - 16);
        Exit e = cpu.run(10);
        assertEquals(new Exit.MemoryFault(CODE, DATA + 4096, Exit.Access.READ), e);
        assertEquals(DATA + 4096 - 16, cpu.x(0));
    }

    @Test
    void unallocatedAdvSimdEncodingIsUndefined() {
        code(0x0ee08400);      // add with size 11 and Q 0 (reserved)
        assertEquals(new Exit.Undefined(CODE, 0x0ee08400), cpu.run(10));
    }
}
