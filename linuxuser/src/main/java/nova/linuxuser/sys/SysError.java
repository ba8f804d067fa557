package nova.linuxuser.sys;

/**
 * A syscall failing with an errno deep inside a helper (bad guest pointer, bad fd): unwinds to
 * the dispatcher, which answers {@code -errno}. Stackless: it is control flow, not a bug.
 */
public final class SysError extends RuntimeException {
    private final int errno;

    public SysError(int errno) {
        super("errno " + errno, null, false, false);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
