package nova.kernel.core;

/** Capability permission bits, exactly as the figures of §4.1 define them (bit positions). */
public final class Perms {
    // §4.1.2.1–6: space capabilities
    public static final int SPC_GRANT = 1 << 0;
    public static final int SPC_TAKE = 1 << 1;
    public static final int SPC_ASSIGN = 1 << 2;
    public static final int OBJ_ALL = SPC_GRANT | SPC_TAKE;          // §4.1.2.1
    public static final int HST_ALL = SPC_GRANT | SPC_TAKE;          // §4.1.2.2
    public static final int GST_ALL = SPC_GRANT | SPC_ASSIGN;        // §4.1.2.3
    public static final int DMA_ALL = SPC_GRANT | SPC_ASSIGN;        // §4.1.2.4
    // §4.1.2.7: PD capability
    public static final int PD_PD = 1 << 0, PD_EC = 1 << 1, PD_SC = 1 << 2, PD_PT = 1 << 3, PD_SM = 1 << 4;
    public static final int PD_ALL = 0x1f;
    // §4.1.2.8: EC capability
    public static final int EC_CTRL = 1 << 0, EC_BINDPT = 1 << 2, EC_BINDSC = 1 << 3;
    public static final int EC_ALL = EC_CTRL | EC_BINDPT | EC_BINDSC;
    // §4.1.2.9: SC capability
    public static final int SC_CTRL = 1 << 0;
    public static final int SC_ALL = SC_CTRL;
    // §4.1.2.10: PT capability
    public static final int PT_CTRL = 1 << 0, PT_CALL = 1 << 1, PT_EVENT = 1 << 2;
    public static final int PT_ALL = PT_CTRL | PT_CALL | PT_EVENT;
    // §4.1.2.11: SM capability (ASSIGN only for interrupt semaphores)
    public static final int SM_UP = 1 << 0, SM_DN = 1 << 1, SM_ASSIGN = 1 << 4;
    public static final int SM_ALL = SM_UP | SM_DN;
    // §4.1.3: memory capability
    public static final int MEM_R = 1 << 0, MEM_W = 1 << 1, MEM_XU = 1 << 2, MEM_XS = 1 << 3;
    public static final int MEM_ALL = 0xf;

    private Perms() {}
}
