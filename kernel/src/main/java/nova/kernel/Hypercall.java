package nova.kernel;

/** Hypercall numbers (§5.1.1), carried in the low bits of X0 on aarch64 (§7.8). */
public final class Hypercall {
    public static final int IPC_CALL = 0x0;
    public static final int IPC_REPLY = 0x1;
    public static final int CREATE_PD = 0x2;
    public static final int CREATE_EC = 0x3;
    public static final int CREATE_SC = 0x4;
    public static final int CREATE_PT = 0x5;
    public static final int CREATE_SM = 0x6;
    public static final int CTRL_PD = 0x7;
    public static final int CTRL_EC = 0x8;
    public static final int CTRL_SC = 0x9;
    public static final int CTRL_PT = 0xa;
    public static final int CTRL_SM = 0xb;
    public static final int CTRL_HW = 0xc;
    public static final int ASSIGN_INT = 0xd;
    public static final int ASSIGN_DEV = 0xe;

    private Hypercall() {}
}
