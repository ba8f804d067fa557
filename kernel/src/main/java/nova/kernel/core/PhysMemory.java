package nova.kernel.core;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import nova.kernel.UserCode;

/**
 * Physical memory of the simulated platform: one off-heap segment, little-endian like the Arm
 * platform, plus the table of Java code placed at physical addresses (the loaded root image). Code
 * is keyed by physical address so execution follows host-space mappings (§2.1.2): an EC runs the
 * code of whatever page its host space maps at the IP.
 */
public final class PhysMemory {
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Arena arena = Arena.ofAuto();
    private final MemorySegment ram;
    private final long size;
    private long[] codePa = new long[0];
    private UserCode[] code = new UserCode[0];

    PhysMemory(long size) {
        this.size = size;
        try {
            this.ram = arena.allocate(size, 4096);
        } catch (OutOfMemoryError | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot allocate " + size + " bytes of simulated physical memory: " + e.getMessage());
        }
    }

    public long size() {
        return size;
    }

    /** True if [pa, pa+len) lies in RAM. */
    public boolean inRam(long pa, long len) {
        return pa >= 0 && len >= 0 && pa <= size - len;
    }

    public long get64(long pa) {
        return ram.get(LONG, pa);
    }

    public void set64(long pa, long v) {
        ram.set(LONG, pa, v);
    }

    public int get32(long pa) {
        return ram.get(INT, pa);
    }

    public void set32(long pa, int v) {
        ram.set(INT, pa, v);
    }

    public int get16(long pa) {
        return ram.get(SHORT, pa) & 0xffff;
    }

    public void set16(long pa, int v) {
        ram.set(SHORT, pa, (short) v);
    }

    public int get8(long pa) {
        return ram.get(ValueLayout.JAVA_BYTE, pa) & 0xff;
    }

    public void set8(long pa, int v) {
        ram.set(ValueLayout.JAVA_BYTE, pa, (byte) v);
    }

    public void copy(long srcPa, long dstPa, long len) {
        MemorySegment.copy(ram, srcPa, ram, dstPa, len);
    }

    public void zero(long pa, long len) {
        ram.asSlice(pa, len).fill((byte) 0);
    }

    public void read(long pa, byte[] dst, int off, int len) {
        MemorySegment.copy(ram, ValueLayout.JAVA_BYTE, pa, dst, off, len);
    }

    public void write(long pa, byte[] src, int off, int len) {
        MemorySegment.copy(src, off, ram, ValueLayout.JAVA_BYTE, pa, len);
    }

    /** Installs the code table (sorted by physical address). */
    void placeCode(long[] pas, UserCode[] codes) {
        this.codePa = pas;
        this.code = codes;
    }

    /** The Java code at physical address {@code pa}, or null if none starts there. */
    public UserCode codeAt(long pa) {
        long[] a = codePa;
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = a[mid];
            if (v < pa) lo = mid + 1;
            else if (v > pa) hi = mid - 1;
            else return code[mid];
        }
        return null;
    }
}
