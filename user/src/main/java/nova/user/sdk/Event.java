package nova.user.sdk;

/**
 * Event-specific selector offsets (§7.6): an exception or microhypervisor event of an EC traverses
 * the portal at the EC's event selector base plus these offsets.
 */
public final class Event {
    private Event() {}

    // §7.6.1 architectural events (exception class numbers); a selection used by Java ECs
    public static final int UNKNOWN = 0x00;
    public static final int WFI_WFE = 0x01;
    public static final int FPU = 0x07;
    public static final int SVC_A64 = 0x15;
    public static final int HVC_A64 = 0x16;
    public static final int SMC_A64 = 0x17;
    public static final int MSR_MRS = 0x18;
    public static final int INSTRUCTION_ABORT_LOWER = 0x20;
    public static final int PC_ALIGNMENT = 0x22;
    public static final int DATA_ABORT_LOWER = 0x24;
    public static final int SP_ALIGNMENT = 0x26;
    public static final int BRK_A64 = 0x3c;

    // §7.6.2 microhypervisor events, added to SEL_ARCH (SELHST/ARCH or SELGST/ARCH from the HIP)
    public static final int STARTUP = 0x0;
    public static final int RECALL = 0x1;
    public static final int VTIMER = 0x2;

    /** Selector of a host microhypervisor event (§7.6.2 with SEL_ARCH = SELHST/ARCH). */
    public static long hostEvent(long evtBase, Hip hip, int event) {
        return evtBase + hip.selHostArch() + event;
    }
}
