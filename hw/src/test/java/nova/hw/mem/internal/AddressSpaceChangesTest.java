package nova.hw.mem.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The log of changed page ranges that lets a core forget only what changed. */
class AddressSpaceChangesTest {
    private final long[] first = new long[AddressSpace.CHANGE_LOG];
    private final long[] last = new long[AddressSpace.CHANGE_LOG];

    @Test
    void theRangesSinceAnEpoch_comeInOrder() {
        AddressSpace s = new AddressSpace();
        int since = s.epoch();
        s.bumpEpoch(5, 7);
        s.bumpEpoch(100, 100);
        assertEquals(2, s.changesSince(since, first, last));
        assertArrayEquals(new long[] {5, 100}, Arrays.copyOf(first, 2));
        assertArrayEquals(new long[] {7, 100}, Arrays.copyOf(last, 2));
        assertEquals(0, s.changesSince(s.epoch(), first, last));
        assertTrue(AddressSpace.changed(6, 2, first, last));
        assertTrue(AddressSpace.changed(100, 2, first, last));
        assertFalse(AddressSpace.changed(8, 2, first, last));
        assertFalse(AddressSpace.changed(4, 2, first, last));
    }

    @Test
    void moreChangesThanTheLogHolds_meanEverything() {
        AddressSpace s = new AddressSpace();
        int since = s.epoch();
        for (int k = 0; k <= AddressSpace.CHANGE_LOG; k++) {
            s.bumpEpoch(k, k);
        }
        assertEquals(-1, s.changesSince(since, first, last));
        assertEquals(AddressSpace.CHANGE_LOG, s.changesSince(since + 1, first, last));
    }

    @Test
    void aChangeOfUnknownExtent_coversEveryPage() {
        AddressSpace s = new AddressSpace();
        int since = s.epoch();
        s.bumpEpoch();
        assertEquals(1, s.changesSince(since, first, last));
        assertTrue(AddressSpace.changed(0, 1, first, last));
        assertTrue(AddressSpace.changed(-1L, 1, first, last));
        assertTrue(AddressSpace.changed(0x7_FFFF_FFFFL, 1, first, last));
    }
}
