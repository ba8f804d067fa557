package nova.linuxuser.mem;

/** A page-aligned mapping [start, end) with its Perm bits; anonymous ones read back zero after MADV_DONTNEED. */
public record Region(long start, long end, int perms, boolean anonymous) {
    public long size() {
        return end - start;
    }
}
