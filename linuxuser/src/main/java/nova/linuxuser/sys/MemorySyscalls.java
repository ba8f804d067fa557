package nova.linuxuser.sys;

import java.util.List;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.linuxuser.fs.FileDescription;
import nova.linuxuser.fs.HostFile;
import nova.linuxuser.mem.Layout;
import nova.linuxuser.mem.Region;

/** brk, mmap and friends on the process's {@link nova.linuxuser.mem.AddressSpace}; placement is deterministic. */
final class MemorySyscalls {
    static final int PROT_MASK = 7;
    static final int PROT_GROWSDOWN = 0x01000000;
    static final int MAP_SHARED = 1;
    static final int MAP_PRIVATE = 2;
    static final int MAP_FIXED = 0x10;
    static final int MAP_ANONYMOUS = 0x20;
    static final int MAP_FIXED_NOREPLACE = 0x100000;
    static final int MREMAP_MAYMOVE = 1;
    static final int MREMAP_FIXED = 2;
    static final int MADV_DONTNEED = 4;
    /** The brk heap may not grow beyond this (it would run into the mmap area long before). */
    static final long MAX_HEAP = 1L << 36;

    /**
     * All mappings together may not exceed this (RLIMIT_AS-like): each mapped page costs host
     * heap for its descriptor, so an absurd request is ENOMEM rather than a host out-of-memory.
     */
    static final long MAX_MAPPED = 8L << 30;

    private final LinuxProcess p;

    MemorySyscalls(LinuxProcess p) {
        this.p = p;
    }

    /** True if {@code more} bytes of new mappings keep the process within {@link #MAX_MAPPED}. */
    private boolean withinLimit(long more) {
        return more <= MAX_MAPPED - p.space.memory().mappedPages() * Layout.PAGE;
    }

    private static boolean aligned(long va) {
        return (va & (Layout.PAGE - 1)) == 0;
    }

    long brk(long requested) {
        if (requested < p.brkStart || requested - p.brkStart > MAX_HEAP) {
            return p.brk;
        }
        long oldEnd = Layout.pageUp(p.brk);
        long newEnd = Layout.pageUp(requested);
        if (newEnd > oldEnd) {
            if (!p.space.isFree(oldEnd, newEnd) || !withinLimit(newEnd - oldEnd)) {
                return p.brk;
            }
            p.space.map(oldEnd, newEnd, Perm.RW, true);
        } else if (newEnd < oldEnd) {
            p.space.unmap(newEnd, oldEnd);
        }
        p.brk = requested;
        return requested;
    }

    long mmap(long addr, long length, long protArg, long flagsArg, long fd, long offset) {
        int prot = (int) protArg;
        int flags = (int) flagsArg;
        if (length == 0 || (offset & (Layout.PAGE - 1)) != 0 || (prot & ~PROT_MASK) != 0) {
            return -Errno.EINVAL;
        }
        int type = flags & 3;
        if (type == 0) {
            return -Errno.EINVAL;
        }
        if (length < 0 || length > Layout.USER_END) {
            return -Errno.ENOMEM;
        }
        long size = Layout.pageUp(length);
        if (!withinLimit(size)) {
            return -Errno.ENOMEM;
        }
        boolean anonymous = (flags & MAP_ANONYMOUS) != 0;
        HostFile file = null;
        if (!anonymous) {
            if (offset < 0) {
                return -Errno.EINVAL;
            }
            FileDescription d = p.fds.get(fd);
            if (d == null) {
                return -Errno.EBADF;
            }
            if (!(d instanceof HostFile hf)) {
                return -Errno.ENODEV;
            }
            if (!d.readable()) {
                return -Errno.EACCES;
            }
            if (type != MAP_PRIVATE && (prot & Perm.W) != 0) {
                // Writes through a shared mapping would have to reach the host file: not offered.
                return d.writable() ? -Errno.ENODEV : -Errno.EACCES;
            }
            file = hf;
        }
        long start;
        if ((flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0) {
            if (!aligned(addr) || !Layout.fitsUser(addr, size)) {
                return -Errno.EINVAL;
            }
            if (addr < Layout.MIN_ADDR) {
                return -Errno.EPERM;
            }
            if ((flags & MAP_FIXED) == 0 && !p.space.isFree(addr, addr + size)) {
                return -Errno.EEXIST;
            }
            start = addr;
        } else {
            long hint = Layout.pageDown(addr);
            if (hint >= Layout.MIN_ADDR && Layout.fitsUser(hint, size) && p.space.isFree(hint, hint + size)) {
                start = hint;
            } else {
                start = p.space.findFree(size, Layout.MMAP_TOP, Layout.MIN_ADDR);
                if (start < 0) {
                    return -Errno.ENOMEM;
                }
            }
        }
        p.space.map(start, start + size, prot & PROT_MASK, anonymous);
        if (file != null) {
            long available = Math.max(0, file.size() - offset);
            long n = Math.min(size, available);
            copyFromFile(file, offset, start, n);
        }
        return start;
    }

    private void copyFromFile(HostFile file, long offset, long dest, long n) {
        GuestMemory mem = p.space.memory();
        byte[] tmp = new byte[(int) Math.min(n, 1 << 20)];
        long done = 0;
        while (done < n) {
            int len = (int) Math.min(tmp.length, n - done);
            long got = file.pread(tmp, 0, len, offset + done);
            if (got <= 0) {
                break;
            }
            mem.writeBytes(dest + done, tmp, 0, (int) got);
            done += got;
        }
    }

    long munmap(long addr, long length) {
        if (!aligned(addr) || length <= 0 || !Layout.fitsUser(addr, Layout.pageUp(length))) {
            return -Errno.EINVAL;
        }
        p.space.unmap(addr, addr + Layout.pageUp(length));
        return 0;
    }

    long mprotect(long addr, long length, long protArg) {
        int prot = (int) protArg & ~PROT_GROWSDOWN;
        if (!aligned(addr) || (prot & ~PROT_MASK) != 0 || length < 0) {
            return -Errno.EINVAL;
        }
        long size = Layout.pageUp(length);
        if (size == 0) {
            return 0;
        }
        if (!Layout.fitsUser(addr, size)) {
            return -Errno.ENOMEM;
        }
        return p.space.protect(addr, addr + size, prot) ? 0 : -Errno.ENOMEM;
    }

    long mremap(long oldAddr, long oldSize, long newSize, long flags, long newAddr) {
        if ((flags & ~7L) != 0 || !aligned(oldAddr) || newSize <= 0 || oldSize <= 0
                || ((flags & MREMAP_FIXED) != 0 && (flags & MREMAP_MAYMOVE) == 0)) {
            return -Errno.EINVAL;
        }
        if ((flags & 4) != 0) {
            return -Errno.EINVAL; // MREMAP_DONTUNMAP is not offered
        }
        long oldLen = Layout.pageUp(oldSize);
        long newLen = Layout.pageUp(newSize);
        if (!Layout.fitsUser(oldAddr, oldLen) || newLen > Layout.USER_END) {
            return -Errno.EINVAL;
        }
        if (!p.space.isFullyMapped(oldAddr, oldAddr + oldLen)) {
            return -Errno.EFAULT;
        }
        Region first = p.space.regionAt(oldAddr);
        if (newLen > oldLen && !withinLimit(newLen - oldLen)) {
            return -Errno.ENOMEM;
        }
        if ((flags & MREMAP_FIXED) != 0) {
            if (!aligned(newAddr) || !Layout.fitsUser(newAddr, newLen) || newAddr < Layout.MIN_ADDR
                    || (newAddr < oldAddr + oldLen && oldAddr < newAddr + newLen)) {
                return -Errno.EINVAL;
            }
            return move(oldAddr, oldLen, newAddr, newLen, first);
        }
        if (newLen <= oldLen) {
            p.space.unmap(oldAddr + newLen, oldAddr + oldLen);
            return oldAddr;
        }
        long end = oldAddr + oldLen;
        if (Layout.fitsUser(end, newLen - oldLen) && p.space.isFree(end, oldAddr + newLen)) {
            Region last = p.space.regionAt(end - 1);
            p.space.map(end, oldAddr + newLen, last.perms(), last.anonymous());
            return oldAddr;
        }
        if ((flags & MREMAP_MAYMOVE) == 0) {
            return -Errno.ENOMEM;
        }
        long dest = p.space.findFree(newLen, Layout.MMAP_TOP, Layout.MIN_ADDR);
        if (dest < 0) {
            return -Errno.ENOMEM;
        }
        return move(oldAddr, oldLen, dest, newLen, first);
    }

    private long move(long oldAddr, long oldLen, long dest, long newLen, Region first) {
        long keep = Math.min(oldLen, newLen);
        byte[] data = new byte[(int) Math.min(keep, 1 << 20)];
        List<Region> parts = p.space.regionsIn(oldAddr, oldAddr + keep);
        // Copy out first: the destination may be mapped over parts of other mappings.
        java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
        GuestMemory mem = p.space.memory();
        for (long done = 0; done < keep; done += data.length) {
            int len = (int) Math.min(data.length, keep - done);
            mem.readBytes(oldAddr + done, data, 0, len);
            saved.write(data, 0, len);
        }
        p.space.unmap(oldAddr, oldAddr + oldLen);
        p.space.map(dest, dest + newLen, first.perms(), first.anonymous());
        byte[] all = saved.toByteArray();
        mem.writeBytes(dest, all, 0, all.length);
        for (Region r : parts) {
            if (r.perms() != first.perms()) {
                p.space.protect(dest + (r.start() - oldAddr), dest + (r.end() - oldAddr), r.perms());
            }
        }
        return dest;
    }

    long madvise(long addr, long length, long advice) {
        if (!aligned(addr) || length < 0) {
            return -Errno.EINVAL;
        }
        long size = Layout.pageUp(length);
        if (size == 0) {
            return 0;
        }
        if (!Layout.fitsUser(addr, size) || !p.space.isFullyMapped(addr, addr + size)) {
            return -Errno.ENOMEM;
        }
        if (advice == MADV_DONTNEED) {
            // Private anonymous pages read back as zero after MADV_DONTNEED; allocators rely on it.
            for (Region r : p.space.regionsIn(addr, addr + size)) {
                if (r.anonymous()) {
                    p.space.memory().fill(r.start(), r.size(), (byte) 0);
                }
            }
        }
        return 0;
    }

    long msync(long addr, long length) {
        if (!aligned(addr)) {
            return -Errno.EINVAL;
        }
        long size = Layout.pageUp(Math.max(length, 0));
        return size == 0 || p.space.isFullyMapped(addr, addr + size) ? 0 : -Errno.ENOMEM;
    }
}
