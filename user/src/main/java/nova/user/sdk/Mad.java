package nova.user.sdk;

/** Memory Attribute Descriptor (§7.7.5): cacheability CA[2:0], shareability SH[4:3]. */
public final class Mad {
    private Mad() {}

    public static final int DEV = 0x0;
    public static final int DEV_E = 0x1;
    public static final int DEV_RE = 0x2;
    public static final int DEV_GRE = 0x3;
    public static final int MEM_NC = 0x5;
    public static final int MEM_WT = 0x6;
    public static final int MEM_WB = 0x7;

    public static final int SH_NONE = 0x0;
    public static final int SH_OUTER = 0x2;
    public static final int SH_INNER = 0x3;

    public static int of(int cacheability, int shareability) {
        return (cacheability & 0x7) | (shareability & 0x3) << 3;
    }

    /** Normal write-back inner-shareable memory, the attribute of ordinary RAM. */
    public static final int RAM = of(MEM_WB, SH_INNER);
}
