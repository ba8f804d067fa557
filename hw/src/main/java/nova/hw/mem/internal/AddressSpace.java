package nova.hw.mem.internal;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.ArrayDeque;

/**
 * The implementation behind {@code GuestMemory}: the page table, lazy page backing, and the
 * epoch that tells every core's TLB and decode cache to forget what it holds. Module-internal.
 */
public final class AddressSpace {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    /** Longs per page ({@link Page#words}). */
    public static final int PAGE_WORDS = PAGE_SIZE / Long.BYTES;
    /**
     * The core reads guest bytes out of a page's longs by shifting (byte k of a little-endian
     * doubleword is bits 8k..8k+7): true on the little-endian hosts this runs on (x86-64,
     * arm64). On a big-endian host the core leaves its TLB empty and goes through the
     * segments, which take the byte order from the access.
     */
    public static final boolean HOST_LITTLE_ENDIAN = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;

    private final PageTable table = new PageTable();
    /**
     * Freed pages' arrays, recycled. Guest memory lives in plain heap arrays of longs (wrapped as
     * heap segments for everyone else): the core's load/store fast paths and translated code
     * index them directly, which measured clearly cheaper per access on JDK 25 than the same
     * accesses through {@code MemorySegment} (native or heap): no session or segment checks.
     */
    private final ArrayDeque<long[]> free = new ArrayDeque<>();
    /**
     * Bumped whenever a cached translation or decoded page may be stale (map, unmap, protect, a
     * privileged write into decoded code). Cores compare it when entering {@code run}.
     */
    private int epoch;

    public int epoch() {
        return epoch;
    }

    public void bumpEpoch() {
        epoch++;
    }

    public Page page(long vpn) {
        return table.get(vpn);
    }

    /** The page's backing bytes, allocating zero-filled memory on first touch. */
    public MemorySegment touch(Page p) {
        MemorySegment d = p.data;
        if (d == null) {
            long[] a = free.pollFirst();
            if (a != null) {
                Arrays.fill(a, 0L);
            } else {
                a = new long[PAGE_WORDS];
            }
            p.words = a;
            d = MemorySegment.ofArray(a);
            p.data = d;
        }
        return d;
    }

    public void map(long vpn, int perms) {
        Page old = table.get(vpn);
        if (old != null) {
            release(old);
        }
        table.put(new Page(vpn, perms));
    }

    public void unmap(long vpn) {
        Page old = table.remove(vpn);
        if (old != null) {
            release(old);
        }
    }

    private void release(Page p) {
        if (p.words != null) {
            free.addFirst(p.words);
            p.words = null;
            p.data = null;
        }
        p.decoded = null;
        p.perms = 0;
    }

    /**
     * The mapped pages among {@code count} pages from {@code firstVpn}: walks the range when it
     * is small, the table when the range dwarfs it, so a huge range costs no more than the
     * mapped pages do.
     */
    public java.util.List<Page> mappedIn(long firstVpn, long count) {
        if (count <= 0) {
            return java.util.List.of();
        }
        if (Long.compareUnsigned(count, 2L * table.size() + 16) > 0) {
            return table.pagesIn(firstVpn, firstVpn + count - 1);
        }
        java.util.List<Page> out = new java.util.ArrayList<>();
        for (long k = 0; k < count; k++) {
            Page p = table.get(firstVpn + k);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    public int pageCount() {
        return table.size();
    }
}
