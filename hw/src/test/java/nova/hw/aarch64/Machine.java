package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;

/**
 * A test machine: code at {@link #CODE} (read/execute), data at {@link #DATA} (read/write), a
 * stack below {@link #STACK_TOP}. Programs are hex instruction words and end in {@code brk #0}.
 */
final class Machine {
    static final long CODE = 0x40_0000L;
    static final long DATA = 0x50_0000L;
    static final long DATA_SIZE = 0x1_0000L;
    static final long STACK_TOP = 0x80_0000L;
    static final int BRK0 = 0xD420_0000;

    final GuestMemory mem = new GuestMemory();
    final Cpu cpu;

    Machine(int... words) {
        mem.map(CODE, 0x4000, Perm.RX);
        mem.map(DATA, DATA_SIZE, Perm.RW);
        mem.map(STACK_TOP - 0x1_0000, 0x1_0000, Perm.RW);
        load(CODE, words);
        cpu = new Cpu(mem);
        cpu.setPc(CODE);
        cpu.setSp(STACK_TOP);
    }

    void load(long va, int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        mem.writeBytes(va, b.array(), 0, b.capacity());
    }

    Exit run() {
        return cpu.run(1_000_000);
    }

    /** Runs and asserts the program stopped at its final {@code brk #0} (the last word). */
    Machine runToBrk(int programWords) {
        Exit e = run();
        assertEquals(new Exit.Brk(0, CODE + 4L * (programWords - 1)), e);
        return this;
    }

    long x(int n) {
        return cpu.x(n);
    }

    Machine x(int n, long v) {
        cpu.setX(n, v);
        return this;
    }

    void put64(long va, long v) {
        byte[] b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
        mem.writeBytes(va, b, 0, 8);
    }

    long get64(long va) {
        byte[] b = new byte[8];
        mem.readBytes(va, b, 0, 8);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** Builds a program from words and appends {@code brk #0}. */
    static int[] prog(int... words) {
        int[] p = java.util.Arrays.copyOf(words, words.length + 1);
        p[words.length] = BRK0;
        return p;
    }

    /** Runs {@code words} + brk with the given setup and returns the machine. */
    static Machine exec(java.util.function.Consumer<Machine> setup, int... words) {
        int[] p = prog(words);
        Machine m = new Machine(p);
        setup.accept(m);
        return m.runToBrk(p.length);
    }
}
