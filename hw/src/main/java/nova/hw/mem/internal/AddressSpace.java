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
    /**
     * The pages each of the last {@link #CHANGE_LOG} epochs changed (first and last page number,
     * unsigned, inclusive), so a core forgets only what it cached of them: a process that grows
     * a buffer with mremap hundreds of times (sort) would otherwise lose its whole TLB and the
     * translator's checks each time.
     */
    public static final int CHANGE_LOG = 16;
    private final int[] changeEpoch = new int[CHANGE_LOG];
    private final long[] changeFirst = new long[CHANGE_LOG];
    private final long[] changeLast = new long[CHANGE_LOG];

    public int epoch() {
        return epoch;
    }

    /** A change that may concern any page. */
    public void bumpEpoch() {
        bumpEpoch(0, -1L);
    }

    /** A change to the pages {@code firstVpn} to {@code lastVpn} (unsigned, inclusive). */
    public void bumpEpoch(long firstVpn, long lastVpn) {
        epoch++;
        int k = epoch & (CHANGE_LOG - 1);
        changeEpoch[k] = epoch;
        changeFirst[k] = firstVpn;
        changeLast[k] = lastVpn;
    }

    /**
     * The page ranges changed after epoch {@code since}, copied into {@code first} and
     * {@code last} (each of at least {@link #CHANGE_LOG} entries): their number, or -1 if the
     * log no longer holds all of them (the caller must then forget everything).
     */
    public int changesSince(int since, long[] first, long[] last) {
        int n = epoch - since;
        if (n < 0 || n > CHANGE_LOG) {
            return -1;
        }
        for (int j = 0; j < n; j++) {
            int e = since + 1 + j;
            int k = e & (CHANGE_LOG - 1);
            if (changeEpoch[k] != e) {
                return -1;
            }
            first[j] = changeFirst[k];
            last[j] = changeLast[k];
        }
        return n;
    }

    /** Whether page {@code vpn} lies in one of the first {@code n} ranges of {@code first}/{@code last}. */
    public static boolean changed(long vpn, int n, long[] first, long[] last) {
        for (int j = 0; j < n; j++) {
            if (inRange(vpn, first[j], last[j])) {
                return true;
            }
        }
        return false;
    }

    /** Whether page {@code vpn} lies in {@code first..last} (unsigned, inclusive). */
    public static boolean inRange(long vpn, long first, long last) {
        return Long.compareUnsigned(vpn, first) >= 0 && Long.compareUnsigned(vpn, last) <= 0;
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
