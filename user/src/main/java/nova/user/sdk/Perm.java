package nova.user.sdk;

/**
 * Capability permission bits (§4.1.2.x, §4.1.3–4.1.5): the low five bits of a capability, also the
 * permission mask {@code pmm} of ctrl_pd (§5.4.1). The same bit means different things for
 * different capability types, hence one group per type.
 */
public final class Perm {
    private Perm() {}

    /** Every permission bit of any capability type. */
    public static final int ALL = 0x1f;

    // §4.1.2.1–4.1.2.6 space capabilities
    public static final int SPACE_GRANT = 1 << 0;
    public static final int SPACE_TAKE = 1 << 1;
    public static final int SPACE_ASSIGN = 1 << 2;

    // §4.1.2.7 PD capability: which create_* hypercalls may name this PD as owner
    public static final int PD_PD = 1 << 0;
    public static final int PD_EC = 1 << 1;
    public static final int PD_SC = 1 << 2;
    public static final int PD_PT = 1 << 3;
    public static final int PD_SM = 1 << 4;

    // §4.1.2.8 EC capability
    public static final int EC_CTRL = 1 << 0;
    public static final int EC_BIND_PT = 1 << 2;
    public static final int EC_BIND_SC = 1 << 3;

    // §4.1.2.9 SC capability
    public static final int SC_CTRL = 1 << 0;

    // §4.1.2.10 PT capability
    public static final int PT_CTRL = 1 << 0;
    public static final int PT_CALL = 1 << 1;
    public static final int PT_EVENT = 1 << 2;

    // §4.1.2.11 SM capability
    public static final int SM_UP = 1 << 0;
    public static final int SM_DOWN = 1 << 1;
    public static final int SM_ASSIGN = 1 << 4;

    // §4.1.3 memory capability
    public static final int MEM_R = 1 << 0;
    public static final int MEM_W = 1 << 1;
    public static final int MEM_XU = 1 << 2;
    public static final int MEM_XS = 1 << 3;
    public static final int MEM_RW = MEM_R | MEM_W;
    public static final int MEM_RX = MEM_R | MEM_XU;
    public static final int MEM_RWX = MEM_R | MEM_W | MEM_XU;

    // §4.1.4 PIO capability, §4.1.5 MSR capability
    public static final int PIO_A = 1 << 0;
    public static final int MSR_R = 1 << 0;
    public static final int MSR_W = 1 << 1;
}
