package nova.hw.mem.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The open-addressing page table behaves like a map under any mix of puts and removes. */
class PageTableTest {

    @Property(tries = 50, seed = "42")
    void agreesWithHashMap(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Random r = new Random(seed);
        PageTable t = new PageTable();
        Map<Long, Page> ref = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            long vpn = r.nextInt(3000) * (r.nextBoolean() ? 1L : 0x10_0000_0001L);
            if (r.nextInt(3) == 0) {
                Page removed = t.remove(vpn);
                assertSame(ref.remove(vpn), removed);
            } else {
                Page p = new Page(vpn, 0);
                t.put(p);
                ref.put(vpn, p);
            }
        }
        assertEquals(ref.size(), t.size());
        for (Map.Entry<Long, Page> e : ref.entrySet()) {
            assertSame(e.getValue(), t.get(e.getKey()));
        }
        for (long vpn = 0; vpn < 3000; vpn++) {
            assertSame(ref.get(vpn), t.get(vpn));
        }
    }
}
