package nova.hw.mem.internal;

import java.util.function.Function;
import nova.hw.mem.GuestMemory;

/**
 * Lets the core reach a {@link GuestMemory}'s {@link AddressSpace} without widening the exported
 * API: this package is not exported, so only code inside module {@code nova.hw} can call it.
 */
public final class MemoryInternals {
    private static Function<GuestMemory, AddressSpace> accessor;

    private MemoryInternals() {}

    /** Called once from {@code GuestMemory}'s static initializer. */
    public static void install(Function<GuestMemory, AddressSpace> a) {
        accessor = a;
    }

    public static AddressSpace spaceOf(GuestMemory memory) {
        // An instance exists, so GuestMemory is initialized and has installed the accessor.
        return accessor.apply(memory);
    }
}
