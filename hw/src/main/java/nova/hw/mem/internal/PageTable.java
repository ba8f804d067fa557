package nova.hw.mem.internal;

/**
 * Virtual page number to {@link Page}: open addressing with linear probing and backward-shift
 * deletion, so lookups on a TLB miss neither box nor allocate.
 */
public final class PageTable {
    private Page[] slots = new Page[1024];
    private int size;

    private static int hash(long vpn) {
        return (int) ((vpn * 0x9E3779B97F4A7C15L) >>> 32);
    }

    public Page get(long vpn) {
        Page[] s = slots;
        int mask = s.length - 1;
        int i = hash(vpn) & mask;
        Page p;
        while ((p = s[i]) != null) {
            if (p.vpn == vpn) {
                return p;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Inserts or replaces the page with the same vpn. */
    public void put(Page page) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = hash(page.vpn) & mask;
        Page p;
        while ((p = slots[i]) != null) {
            if (p.vpn == page.vpn) {
                slots[i] = page;
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = page;
        size++;
    }

    public Page remove(long vpn) {
        Page[] s = slots;
        int mask = s.length - 1;
        int i = hash(vpn) & mask;
        Page p;
        while ((p = s[i]) != null) {
            if (p.vpn == vpn) {
                break;
            }
            i = (i + 1) & mask;
        }
        if (p == null) {
            return null;
        }
        // Backward-shift: move later members of the probe run into the hole when their home
        // slot does not lie cyclically between the hole and their current slot.
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            Page q = s[j];
            if (q == null) {
                break;
            }
            int home = hash(q.vpn) & mask;
            boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
            if (!between) {
                s[hole] = q;
                hole = j;
            }
        }
        s[hole] = null;
        size--;
        return p;
    }

    /** The mapped pages with {@code first <= vpn <= last} (unsigned), in no particular order. */
    public java.util.List<Page> pagesIn(long first, long last) {
        java.util.List<Page> out = new java.util.ArrayList<>();
        for (Page p : slots) {
            if (p != null && Long.compareUnsigned(p.vpn, first) >= 0 && Long.compareUnsigned(p.vpn, last) <= 0) {
                out.add(p);
            }
        }
        return out;
    }

    public int size() {
        return size;
    }

    private void grow() {
        Page[] old = slots;
        slots = new Page[old.length * 2];
        size = 0;
        for (Page p : old) {
            if (p != null) {
                put(p);
            }
        }
    }
}
