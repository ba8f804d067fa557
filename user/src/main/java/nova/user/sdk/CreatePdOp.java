package nova.user.sdk;

/** The OP flag of create_pd (§5.3.1): a new PD or a new space of an existing PD. */
public final class CreatePdOp {
    private CreatePdOp() {}

    public static final int PD = 0;
    public static final int OBJ_SPACE = 1;
    public static final int HOST_SPACE = 2;
    public static final int GUEST_SPACE = 3;
    public static final int DMA_SPACE = 4;
    public static final int PIO_SPACE = 5;
    public static final int MSR_SPACE = 6;
}
