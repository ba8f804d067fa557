package nova.linuxuser.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.linuxuser.mem.AddressSpace;

/** A process without a CPU: tests call the dispatcher with register values and inspect memory. */
abstract class SyscallTestBase {
    static final long SCRATCH = 0x1000_0000L;
    static final long UNMAPPED = 0xdead_0000L;

    final GuestMemory memory = new GuestMemory();
    final AddressSpace space = new AddressSpace(memory);
    final AtomicLong instructions = new AtomicLong();
    final LinuxProcess process = newProcess(0);
    final Syscalls sys = new Syscalls(process);

    SyscallTestBase() {
        space.map(SCRATCH, SCRATCH + 0x10000, Perm.RW, true);
        process.setBrkStart(0x60_0000);
    }

    LinuxProcess newProcess(long seed) {
        return new LinuxProcess(memory, space, "/opt/prog", new ProcessOptions(seed, false, 1000, 1000),
                instructions::get);
    }

    long call(int nr, long... args) {
        long[] a = java.util.Arrays.copyOf(args, 6);
        return sys.dispatch(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    }

    long putString(long va, String s) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        memory.writeBytes(va, b, 0, b.length);
        return va;
    }

    void put(long va, byte[] b) {
        memory.writeBytes(va, b, 0, b.length);
    }

    byte[] get(long va, int len) {
        byte[] b = new byte[len];
        memory.readBytes(va, b, 0, len);
        return b;
    }

    long u64(long va) {
        return ByteBuffer.wrap(get(va, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    int u32(long va) {
        return ByteBuffer.wrap(get(va, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    void put64(long va, long v) {
        put(va, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
    }
}
