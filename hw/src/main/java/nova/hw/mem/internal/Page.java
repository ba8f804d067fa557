package nova.hw.mem.internal;

import java.lang.foreign.MemorySegment;

/**
 * One mapped 4 KiB guest page. The backing segment is allocated on first touch so that large
 * reservations (thread stacks, {@code PROT_NONE} arenas) cost no host memory until used.
 * Visible only inside module {@code nova.hw}: the core's TLB caches these fields directly.
 */
public final class Page {
    public final long vpn;
    /** Perm bits; changed in place by {@code protect}, which also bumps the memory epoch. */
    public int perms;
    /**
     * Backing memory, or null until first touched: 512 longs holding the page's bytes in host
     * (little-endian) order, and the same bytes as a segment. Longs rather than bytes so the
     * core's fast paths, and code the translator emits, read an aligned doubleword with one
     * array load (see {@code AddressSpace}).
     */
    public long[] words;
    public MemorySegment data;
    /**
     * The core's decoded-instruction cache for this page, or null. Any write to the page drops
     * it (see {@code GuestMemory} and the core's store slow path).
     */
    public Object decoded;

    Page(long vpn, int perms) {
        this.vpn = vpn;
        this.perms = perms;
    }
}
