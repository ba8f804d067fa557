package nova.kernel;

/**
 * A user-mode memory access that the EC's host space does not permit (§4.1.2.2). Unchecked: user
 * code may catch it; an uncaught one ends the EC's user code and is accounted as the EC's fault.
 */
public final class UserFault extends RuntimeException {
    private final long address;

    public UserFault(long address, String what) {
        super(what + " at 0x" + Long.toHexString(address), null, false, false);
        this.address = address;
    }

    public long address() {
        return address;
    }
}
