package nova.user.sdk;

/**
 * Object capability selectors that the kernel populates at boot. They are counted down from
 * SELNUM, which the root reads from the HIP (§6.3), so they are functions of {@code selnum}.
 */
public final class Sel {
    private Sel() {}

    // §6.2.3.1 root object space
    public static long rootNovaObjSpace(long selnum) { return selnum - 1; }
    public static long rootObjSpace(long selnum) { return selnum - 2; }
    public static long rootPd(long selnum) { return selnum - 3; }
    public static long rootEc(long selnum) { return selnum - 4; }
    public static long rootSc(long selnum) { return selnum - 5; }

    // §6.1.3.1 NOVA object space (reachable from the root through rootNovaObjSpace)
    public static long novaConsoleSm(long selnum) { return selnum - 1; }
    public static long novaObjSpace(long selnum) { return selnum - 2; }
    public static long novaHostSpace(long selnum) { return selnum - 3; }
    public static long novaPioSpace(long selnum) { return selnum - 4; }
    public static long novaMsrSpace(long selnum) { return selnum - 5; }
    public static long novaRootObjSpace(long selnum) { return selnum - 6; }
    public static long novaRootHostSpace(long selnum) { return selnum - 7; }
    public static long novaRootPioSpace(long selnum) { return selnum - 8; }

    /** §6.1.3.1: interrupt semaphores start at selector 2^16 in the NOVA object space. */
    public static final long NOVA_INTERRUPT_SM_BASE = 1L << 16;

    /** §6.1.3.1: the idle SC of CPU n is selector n in the NOVA object space. */
    public static long novaIdleSc(int cpu) { return cpu; }

    /** §2.1.2: the host selector of a virtual address is its page number. */
    public static long hostPage(long hva) { return hva >>> 12; }
}
