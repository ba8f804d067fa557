package nova.hw.aarch64;

/**
 * Thrown by the core's memory accessors when a data access or instruction fetch cannot
 * complete; the run loop turns it into {@link Exit.MemoryFault} or {@link Exit.AlignmentFault}.
 * One instance per core, reused and without a stack trace, so a fault allocates nothing until
 * the run ends.
 */
final class MemFault extends RuntimeException {
    long address;
    Exit.Access access;
    boolean alignment;

    MemFault() {
        super(null, null, false, false);
    }

    MemFault translation(long address, Exit.Access access) {
        this.address = address;
        this.access = access;
        this.alignment = false;
        return this;
    }

    MemFault misaligned(long address) {
        this.address = address;
        this.access = null;
        this.alignment = true;
        return this;
    }
}
