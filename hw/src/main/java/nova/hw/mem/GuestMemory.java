package nova.hw.mem;

import java.lang.foreign.MemorySegment;
import nova.hw.mem.internal.AddressSpace;
import nova.hw.mem.internal.MemoryInternals;
import nova.hw.mem.internal.Page;

/**
 * A sparse 64-bit virtual address space of 4 KiB pages, each backed by a heap array of 512
 * longs (seen as a {@link MemorySegment} here; the core and its translated code index the arrays
 * directly, which measured cheaper per access than segments). Pages are zero-filled and receive
 * host memory on first touch.
 * The copy methods are privileged (they ignore permissions) and exist for loaders and system
 * call emulation; they still drop any decoded instructions of the pages they write.
 * Not thread-safe: cores and the software above use it from one thread (deterministic mode).
 */
public final class GuestMemory {
    public static final int PAGE_SIZE = AddressSpace.PAGE_SIZE;
    private static final long PAGE_MASK = PAGE_SIZE - 1;

    static {
        MemoryInternals.install(m -> m.space);
    }

    private final AddressSpace space = new AddressSpace();

    public GuestMemory() {}

    private static void checkRange(long va, long size) {
        if ((va & PAGE_MASK) != 0 || (size & PAGE_MASK) != 0 || size < 0) {
            throw new IllegalArgumentException("range 0x" + Long.toHexString(va) + "+0x"
                    + Long.toHexString(size) + " is not page-aligned");
        }
        if (size != 0 && Long.compareUnsigned(va + size - 1, va) < 0) {
            throw new IllegalArgumentException("range 0x" + Long.toHexString(va) + "+0x"
                    + Long.toHexString(size) + " wraps around the address space");
        }
    }

    private static void checkPerms(int perms) {
        if ((perms & ~Perm.RWX) != 0) {
            throw new IllegalArgumentException("bad permission bits " + perms);
        }
    }

    /**
     * Most pages one space may have mapped (16 GiB): every mapped page costs a page-table entry
     * even before it is touched, so larger reservations are refused rather than exhausting the
     * host.
     */
    public static final long MAX_PAGES = 1L << 22;

    /**
     * Maps zero-filled pages over {@code [va, va+size)}, replacing any existing pages.
     *
     * @throws IllegalArgumentException if the range is not page-aligned, wraps, the permission
     *     bits are invalid, or the space would exceed {@link #MAX_PAGES} (nothing is changed)
     */
    public void map(long va, long size, int perms) {
        checkRange(va, size);
        checkPerms(perms);
        if (Long.compareUnsigned(size >>> AddressSpace.PAGE_SHIFT, MAX_PAGES - space.pageCount()) > 0) {
            throw new IllegalArgumentException("mapping 0x" + Long.toHexString(size)
                    + " bytes would exceed " + MAX_PAGES + " mapped pages");
        }
        for (long off = 0; off != size; off += PAGE_SIZE) {
            space.map((va + off) >>> AddressSpace.PAGE_SHIFT, perms);
        }
        changed(va, size);
    }

    /** Unmaps every page of the range; pages not mapped are ignored. */
    public void unmap(long va, long size) {
        checkRange(va, size);
        for (Page p : space.mappedIn(va >>> AddressSpace.PAGE_SHIFT, size >>> AddressSpace.PAGE_SHIFT)) {
            space.unmap(p.vpn);
        }
        changed(va, size);
    }

    /** Changes the permissions of the mapped pages of the range; unmapped pages are ignored. */
    public void protect(long va, long size, int perms) {
        checkRange(va, size);
        checkPerms(perms);
        for (Page p : space.mappedIn(va >>> AddressSpace.PAGE_SHIFT, size >>> AddressSpace.PAGE_SHIFT)) {
            p.perms = perms;
        }
        changed(va, size);
    }

    /** Tells the cores that the pages of {@code [va, va+size)} changed (size 0: none). */
    private void changed(long va, long size) {
        if (size != 0) {
            space.bumpEpoch(va >>> AddressSpace.PAGE_SHIFT, (va + size - 1) >>> AddressSpace.PAGE_SHIFT);
        }
    }

    /** True if every page overlapping {@code [va, va+size)} is mapped (size 0: true). */
    public boolean isMapped(long va, long size) {
        if (size == 0) {
            return true;
        }
        long first = va >>> AddressSpace.PAGE_SHIFT;
        long last = (va + size - 1) >>> AddressSpace.PAGE_SHIFT;
        if (size < 0 || Long.compareUnsigned(va + size - 1, va) < 0
                || Long.compareUnsigned(last - first, space.pageCount()) >= 0) {
            return false; // wraps, or spans more pages than are mapped at all
        }
        for (long vpn = first; ; vpn++) {
            if (space.page(vpn) == null) {
                return false;
            }
            if (vpn == last) {
                return true;
            }
        }
    }

    /** The page's {@link Perm} bits, or -1 if the page holding {@code va} is unmapped. */
    public int perms(long va) {
        Page p = space.page(va >>> AddressSpace.PAGE_SHIFT);
        return p == null ? -1 : p.perms;
    }

    /** Number of mapped pages (for accounting and tests). */
    public long mappedPages() {
        return space.pageCount();
    }

    private void checkAllMapped(long va, long len) {
        if (len == 0) {
            return;
        }
        long a = va;
        long end = va + len; // may wrap to 0 at the top of the space
        while (true) {
            if (space.page(a >>> AddressSpace.PAGE_SHIFT) == null) {
                throw new AccessFault(a);
            }
            long next = (a | PAGE_MASK) + 1;
            long remaining = end - a;
            if (Long.compareUnsigned(next - a, remaining) >= 0) {
                return;
            }
            a = next;
        }
    }

    /** Copies {@code len} bytes into guest memory; all or nothing: checks the range first. */
    public void writeBytes(long va, byte[] src, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, src.length);
        checkAllMapped(va, len);
        long a = va;
        int done = 0;
        while (done < len) {
            Page p = space.page(a >>> AddressSpace.PAGE_SHIFT);
            int inPage = (int) (a & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - inPage);
            MemorySegment.copy(src, off + done, space.touch(p), java.lang.foreign.ValueLayout.JAVA_BYTE, inPage, n);
            dropDecoded(p);
            done += n;
            a += n;
        }
    }

    /** Copies {@code len} bytes out of guest memory; checks the whole range first. */
    public void readBytes(long va, byte[] dst, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, dst.length);
        checkAllMapped(va, len);
        long a = va;
        int done = 0;
        while (done < len) {
            Page p = space.page(a >>> AddressSpace.PAGE_SHIFT);
            int inPage = (int) (a & PAGE_MASK);
            int n = Math.min(len - done, PAGE_SIZE - inPage);
            if (p.data == null) {
                java.util.Arrays.fill(dst, off + done, off + done + n, (byte) 0);
            } else {
                MemorySegment.copy(p.data, java.lang.foreign.ValueLayout.JAVA_BYTE, inPage, dst, off + done, n);
            }
            done += n;
            a += n;
        }
    }

    /** Sets {@code len} bytes to {@code value}; checks the whole range first. */
    public void fill(long va, long len, byte value) {
        if (len < 0) {
            throw new IllegalArgumentException("negative length " + len);
        }
        checkAllMapped(va, len);
        long a = va;
        long done = 0;
        while (done < len) {
            Page p = space.page(a >>> AddressSpace.PAGE_SHIFT);
            int inPage = (int) (a & PAGE_MASK);
            int n = (int) Math.min(len - done, PAGE_SIZE - inPage);
            if (value != 0 || p.data != null) {
                space.touch(p).asSlice(inPage, n).fill(value);
                dropDecoded(p);
            }
            done += n;
            a += n;
        }
    }

    private void dropDecoded(Page p) {
        if (p.decoded != null) {
            p.decoded = null;
            space.bumpEpoch(p.vpn, p.vpn);
        }
    }
}
