package nova.hw.mem;

/** Page permission bits, combinable with {@code |}. */
public final class Perm {
    public static final int NONE = 0;
    public static final int R = 1;
    public static final int W = 2;
    public static final int X = 4;
    public static final int RW = R | W;
    public static final int RX = R | X;
    public static final int RWX = R | W | X;

    private Perm() {}
}
