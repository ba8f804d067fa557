package nova.linuxuser.mem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nova.hw.mem.GuestMemory;

/**
 * The process's view of its mappings (like Linux's VMA list) on top of {@link GuestMemory}:
 * it knows which ranges are in use, so mmap can place mappings deterministically, and munmap,
 * mprotect and mremap can split them. Every range given here is page-aligned and non-wrapping;
 * the syscall layer checks that before calling.
 */
public final class AddressSpace {
    private final GuestMemory memory;
    private final TreeMap<Long, Region> regions = new TreeMap<>();

    public AddressSpace(GuestMemory memory) {
        this.memory = memory;
    }

    public GuestMemory memory() {
        return memory;
    }

    /** True if no mapping overlaps [start, end). */
    public boolean isFree(long start, long end) {
        Map.Entry<Long, Region> e = regions.lowerEntry(end);
        return e == null || e.getValue().end() <= start;
    }

    /** True if every page of [start, end) belongs to some mapping. */
    public boolean isFullyMapped(long start, long end) {
        long at = start;
        while (at < end) {
            Region r = regionAt(at);
            if (r == null) {
                return false;
            }
            at = r.end();
        }
        return true;
    }

    /** The mapping containing {@code va}, or null. */
    public Region regionAt(long va) {
        Map.Entry<Long, Region> e = regions.floorEntry(va);
        return e != null && e.getValue().end() > va ? e.getValue() : null;
    }

    /** Mappings overlapping [start, end), clipped to it, in address order. */
    public List<Region> regionsIn(long start, long end) {
        List<Region> out = new ArrayList<>();
        Map.Entry<Long, Region> first = regions.lowerEntry(start + 1);
        long from = first != null && first.getValue().end() > start ? first.getKey() : start;
        for (Region r : regions.subMap(from, true, end, false).values()) {
            long s = Math.max(r.start(), start);
            long e = Math.min(r.end(), end);
            if (s < e) {
                out.add(new Region(s, e, r.perms(), r.anonymous()));
            }
        }
        return out;
    }

    /** Maps [start, end) zero-filled with {@code perms}, replacing whatever was there. */
    public void map(long start, long end, int perms, boolean anonymous) {
        unmap(start, end);
        memory.map(start, end - start, perms);
        regions.put(start, new Region(start, end, perms, anonymous));
    }

    /** Unmaps whatever lies in [start, end); unmapped holes are fine (munmap semantics). */
    public void unmap(long start, long end) {
        split(start);
        split(end);
        List<Region> gone = new ArrayList<>(regions.subMap(start, true, end, false).values());
        for (Region r : gone) {
            regions.remove(r.start());
            memory.unmap(r.start(), r.size());
        }
    }

    /** Changes the permissions of [start, end); false (nothing changed) if a page is unmapped. */
    public boolean protect(long start, long end, int perms) {
        if (!isFullyMapped(start, end)) {
            return false;
        }
        split(start);
        split(end);
        List<Region> hit = new ArrayList<>(regions.subMap(start, true, end, false).values());
        for (Region r : hit) {
            regions.put(r.start(), new Region(r.start(), r.end(), perms, r.anonymous()));
        }
        memory.protect(start, end - start, perms);
        return true;
    }

    /**
     * Top-down first fit: the highest free range of {@code len} bytes ending at or below
     * {@code top} and starting at or above {@code floor}; -1 if there is none.
     */
    public long findFree(long len, long top, long floor) {
        long end = top;
        for (Region r : regions.headMap(top, false).descendingMap().values()) {
            if (r.end() < end && end - r.end() >= len) {
                return end - len;
            }
            end = Math.min(end, r.start());
            if (end - floor < len) {
                return -1;
            }
        }
        return end - floor >= len ? end - len : -1;
    }

    /** Every mapping, in address order (tests and diagnostics). */
    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    private void split(long at) {
        Map.Entry<Long, Region> e = regions.lowerEntry(at);
        if (e == null) {
            return;
        }
        Region r = e.getValue();
        if (r.end() > at) {
            regions.put(r.start(), new Region(r.start(), at, r.perms(), r.anonymous()));
            regions.put(at, new Region(at, r.end(), r.perms(), r.anonymous()));
        }
    }
}
