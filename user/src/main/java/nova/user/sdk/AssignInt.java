package nova.user.sdk;

/** The flags of assign_int (§5.5.2), bits 3..0 of the flags field. */
public final class AssignInt {
    private AssignInt() {}

    public static final int MASKED = 1 << 0;       // M
    public static final int LEVEL = 1 << 1;        // T
    public static final int ACTIVE_LOW = 1 << 2;   // P
    public static final int GUEST = 1 << 3;        // G
}
