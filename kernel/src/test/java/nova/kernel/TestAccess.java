package nova.kernel;

import nova.kernel.core.Kernel;

/** White-box tests reach the kernel behind a {@link Nova}. */
public final class TestAccess {
    private TestAccess() {}

    public static Kernel kernel(Nova n) {
        return n.kernel();
    }
}
