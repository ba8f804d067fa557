package nova.linuxuser.mem;

/**
 * The fixed, deterministic address-space layout of a guest process (no randomisation: the same
 * program always sees the same addresses, which keeps runs replayable).
 */
public final class Layout {
    public static final long PAGE = 4096;
    /** Lowest address a mapping may use (Linux's default vm.mmap_min_addr). */
    public static final long MIN_ADDR = 0x10000L;
    /** Highest user address + 1 with 48-bit virtual addresses. */
    public static final long USER_END = 1L << 48;
    /** Where a static-pie (ET_DYN) program is placed, like qemu-aarch64's load bias. */
    public static final long PIE_BASE = 0x55_0000_0000L;
    /** One past the highest stack byte. */
    public static final long STACK_TOP = 0x7fff_f000_0000L;
    /** The stack is mapped whole at start (8 MiB, the default RLIMIT_STACK); it does not grow. */
    public static final long STACK_SIZE = 8L << 20;
    /** mmap without a usable hint places mappings top-down from here (a gap below the stack). */
    public static final long MMAP_TOP = STACK_TOP - STACK_SIZE - (1L << 30);

    public static long pageDown(long va) {
        return va & -PAGE;
    }

    /** Rounds up to a page; callers check for overflow with {@link #fitsUser}. */
    public static long pageUp(long va) {
        return (va + PAGE - 1) & -PAGE;
    }

    /** True if [start, start+len) is a non-wrapping range inside the user half. */
    public static boolean fitsUser(long start, long len) {
        return start >= 0 && len >= 0 && start <= USER_END && len <= USER_END - start;
    }

    private Layout() {}
}
