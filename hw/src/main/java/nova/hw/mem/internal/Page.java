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
    /** Backing bytes, or null until first touched: the array, and the same bytes as a segment. */
    public byte[] bytes;
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
