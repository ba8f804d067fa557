package nova.hw.mem.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;

/**
 * The implementation behind {@code GuestMemory}: the page table, lazy page backing, and the
 * epoch that tells every core's TLB and decode cache to forget what it holds. Module-internal.
 */
public final class AddressSpace {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final int CHUNK_PAGES = 64;

    private final PageTable table = new PageTable();
    /** Pages are sliced from chunks of one automatic arena; freed slices are recycled. */
    private final Arena arena = Arena.ofAuto();
    private final ArrayDeque<MemorySegment> free = new ArrayDeque<>();
    private MemorySegment chunk;
    private int chunkNext = CHUNK_PAGES;
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
            d = allocate();
            p.data = d;
        }
        return d;
    }

    private MemorySegment allocate() {
        MemorySegment s = free.pollFirst();
        if (s != null) {
            s.fill((byte) 0);
            return s;
        }
        if (chunkNext == CHUNK_PAGES) {
            chunk = arena.allocate((long) CHUNK_PAGES * PAGE_SIZE, PAGE_SIZE);
            chunkNext = 0;
        }
        return chunk.asSlice((long) chunkNext++ * PAGE_SIZE, PAGE_SIZE);
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
        if (p.data != null) {
            free.addFirst(p.data);
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
