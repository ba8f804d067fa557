package nova.hw.mem;

/**
 * A privileged copy ({@link GuestMemory#readBytes}, {@link GuestMemory#writeBytes},
 * {@link GuestMemory#fill}) touched an unmapped page. Carries the first unmapped address so a
 * syscall layer can answer {@code EFAULT} without guessing.
 */
public final class AccessFault extends RuntimeException {
    private final long address;

    public AccessFault(long address) {
        super("guest address 0x" + Long.toHexString(address) + " is not mapped", null, false, false);
        this.address = address;
    }

    /** The first guest virtual address of the copy that is not mapped. */
    public long address() {
        return address;
    }
}
