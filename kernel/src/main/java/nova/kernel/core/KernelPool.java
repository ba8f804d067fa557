package nova.kernel.core;

/**
 * Kernel memory: a region of physical memory that the NOVA host space protects (§6.1.3.2, §7.2.1).
 * Every kernel object, capability-table page and UTCB is accounted against it and against the PD
 * that pays for it, so MEM_OBJ and MEM_CAP (§5.1.2) are real limits: no PD can make the kernel
 * allocate more than the pool, whatever it creates or delegates.
 */
public final class KernelPool {
    /** Accounted sizes of kernel objects, in bytes (roughly what NOVA's own objects occupy). */
    public static final long PD_BYTES = 512, EC_BYTES = 1024, SC_BYTES = 192, PT_BYTES = 128, SM_BYTES = 128,
            TABLE_BYTES = 4096;
    /** Spaces pay for their top-level table too (2048 chunk references; 512 node references). */
    public static final long OBJ_SPACE_BYTES = 8192 + 256, MEM_SPACE_BYTES = 4096 + 256;

    private final long base;      // physical address of the first pool page
    private final long limit;     // bytes
    private long used;
    private final int[] freeFrames;
    private int freeCount;
    private int nextFrame;
    private final int frames;

    KernelPool(long base, long bytes) {
        this.base = base;
        this.limit = bytes;
        this.frames = (int) (bytes >>> 12);
        this.freeFrames = new int[frames];
    }

    public long base() {
        return base;
    }

    public long end() {
        return base + ((long) frames << 12);
    }

    public long used() {
        return used;
    }

    public long limit() {
        return limit;
    }

    /** Accounts {@code bytes} to {@code pd}; false if the pool cannot hold them. */
    boolean charge(Pd pd, long bytes) {
        if (bytes > limit - used) return false;
        used += bytes;
        if (pd != null) pd.kmem += bytes;
        return true;
    }

    void release(Pd pd, long bytes) {
        used -= bytes;
        if (pd != null) pd.kmem -= bytes;
    }

    /** A zeroed page frame accounted to {@code pd}, or -1 when the pool is exhausted. */
    long allocPage(Pd pd, PhysMemory mem) {
        if (!charge(pd, 4096)) return -1;
        int frame;
        if (freeCount > 0) frame = freeFrames[--freeCount];
        else if (nextFrame < frames) frame = nextFrame++;
        else {
            release(pd, 4096);
            return -1;
        }
        long pa = base + ((long) frame << 12);
        mem.zero(pa, 4096);
        return pa;
    }

    void freePage(Pd pd, long pa) {
        freeFrames[freeCount++] = (int) ((pa - base) >>> 12);
        release(pd, 4096);
    }
}
