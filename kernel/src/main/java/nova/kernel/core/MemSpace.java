package nova.kernel.core;

import java.util.IdentityHashMap;

/**
 * A page-granular capability space over physical memory: host (§2.1.2), guest (§2.1.3) or DMA
 * space (§2.1.4). Selector = page number of the virtual address; each slot is a null capability or
 * a memory capability (§4.1.3) naming a 4 KiB page frame with R/W/XU/XS permissions and the MAD
 * attributes (§7.7.5) it was delegated with. Stored as a four-level radix table of 512-entry
 * nodes (like an Arm translation table), each node accounted to the space's PD (MEM_CAP).
 *
 * <p>The NOVA host space (§6.1.3.2) is the special case {@link #nova}: slot N is the page at
 * physical address N&lt;&lt;12 with all permissions unless the kernel protects that page.
 */
public final class MemSpace extends KObject {
    /** Host-virtual (and guest-physical) addresses are below 2^48 (§7.4.1: H = 48). */
    public static final int VA_BITS = 48;
    public static final long PAGES = 1L << (VA_BITS - 12);

    // Slot encoding: physical address | MAD << 5 | KOWNED | perms.
    public static final long PA_MASK = 0x0000_ffff_ffff_f000L;
    public static final long KOWNED = 1L << 4;
    static final int MAD_SHIFT = 5;

    private static final class Node {
        final Object[] c = new Object[512];
        int used;
    }

    private static final class Leaf {
        final long[] e = new long[512];
        int used;
    }

    final Pd pd;                 // PD the space belongs to; pays for the tables
    final boolean nova;
    private final Kernel novaKernel;   // for the protected-page test of the NOVA host space
    private final Node root = new Node();
    private long tables;         // number of nodes/leaves below the root (accounted)
    /** Incremented whenever a slot changes; translation caches compare it. */
    public long gen;

    MemSpace(Kind kind, Pd pd, Pd owner) {
        super(kind, owner, owner == null ? 0 : KernelPool.MEM_SPACE_BYTES);
        this.pd = pd;
        this.nova = false;
        this.novaKernel = null;
    }

    /** The NOVA host space (§6.1.3.2). */
    MemSpace(Kernel k) {
        super(Kind.HST_SPACE, null, 0);
        this.pd = null;
        this.nova = true;
        this.novaKernel = k;
    }

    /** The slot for {@code page}: 0 for a null capability. */
    public long lookup(long page) {
        if (page < 0 || page >= PAGES) return 0;
        if (nova) return novaKernel.isProtectedPage(page) ? 0 : (page << 12) | Perms.MEM_ALL;
        Object n = root.c[(int) (page >>> 27)];
        if (n == null) return 0;
        n = ((Node) n).c[(int) (page >>> 18) & 511];
        if (n == null) return 0;
        n = ((Node) n).c[(int) (page >>> 9) & 511];
        if (n == null) return 0;
        return ((Leaf) n).e[(int) page & 511];
    }

    /** True if any slot in the 512-page block holding {@code page} may be non-null. */
    boolean blockPresent(long page) {
        if (nova) return true;
        Object n = root.c[(int) (page >>> 27)];
        if (n == null) return false;
        n = ((Node) n).c[(int) (page >>> 18) & 511];
        if (n == null) return false;
        return ((Node) n).c[(int) (page >>> 9) & 511] != null;
    }

    /** True if the whole 2^27-page region holding {@code page} is empty (fast skipping). */
    boolean regionEmpty(long page) {
        return !nova && root.c[(int) (page >>> 27)] == null;
    }

    /**
     * Stores {@code entry} (0 = null capability) at {@code page}. Returns false, changing nothing,
     * if the tables needed cannot be accounted to the space's PD (MEM_CAP).
     */
    boolean set(Kernel k, long page, long entry) {
        if (nova) throw new IllegalStateException("the NOVA host space is immutable");
        int i3 = (int) (page >>> 27), i2 = (int) (page >>> 18) & 511, i1 = (int) (page >>> 9) & 511, i0 = (int) page & 511;
        if (entry == 0) {
            Node n2 = (Node) root.c[i3];
            if (n2 == null) return true;
            Node n1 = (Node) n2.c[i2];
            if (n1 == null) return true;
            Leaf l = (Leaf) n1.c[i1];
            if (l == null || l.e[i0] == 0) return true;
            l.e[i0] = 0;
            gen++;
            if (--l.used == 0) {
                n1.c[i1] = null;
                freeTable(k);
                if (--n1.used == 0) {
                    n2.c[i2] = null;
                    freeTable(k);
                    if (--n2.used == 0) {
                        root.c[i3] = null;
                        freeTable(k);
                    }
                }
            }
            return true;
        }
        int need = 0;
        Node n2 = (Node) root.c[i3];
        Node n1 = n2 == null ? null : (Node) n2.c[i2];
        Leaf l = n1 == null ? null : (Leaf) n1.c[i1];
        if (n2 == null) need++;
        if (n1 == null) need++;
        if (l == null) need++;
        if (need > 0 && !k.pool.charge(pd, need * KernelPool.TABLE_BYTES)) return false;
        tables += need;
        if (n2 == null) {
            n2 = new Node();
            root.c[i3] = n2;
        }
        if (n1 == null) {
            n1 = new Node();
            n2.c[i2] = n1;
            n2.used++;
        }
        if (l == null) {
            l = new Leaf();
            n1.c[i1] = l;
            n1.used++;
        }
        if (l.e[i0] == 0) l.used++;
        l.e[i0] = entry;
        gen++;
        return true;
    }

    private void freeTable(Kernel k) {
        tables--;
        k.pool.release(pd, KernelPool.TABLE_BYTES);
    }

    /** Adds this space's table storage to the per-payer account (invariant checking). */
    void accountStorage(IdentityHashMap<Pd, long[]> acc) {
        if (tables > 0) acc.computeIfAbsent(pd, x -> new long[1])[0] += tables * KernelPool.TABLE_BYTES;
    }

    long tableCount() {
        return tables;
    }

    @Override
    void destroy(Kernel k) {
        if (nova) return;
        for (int i3 = 0; i3 < 512; i3++) {
            Node n2 = (Node) root.c[i3];
            if (n2 == null) continue;
            for (int i2 = 0; i2 < 512; i2++) {
                Node n1 = (Node) n2.c[i2];
                if (n1 == null) continue;
                for (int i1 = 0; i1 < 512; i1++) if (n1.c[i1] != null) freeTable(k);
                freeTable(k);
            }
            freeTable(k);
            root.c[i3] = null;
        }
        gen++;
    }
}
