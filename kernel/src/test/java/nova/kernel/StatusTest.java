package nova.kernel;

import static org.junit.jupiter.api.Assertions.*;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StatusTest {
    @Test
    void codesMatchSpec_5_1_2() {
        assertEquals(0x0, Status.SUCCESS.code());
        assertEquals(0x5, Status.BAD_CAP.code());
        assertEquals(0xb, Status.MEM_CAP.code());
        assertNull(Status.of(0xc), "≥0xc is reserved");
    }

    @Property
    void ofIsInverseOfCode(@ForAll long code) {
        Status s = Status.of(code);
        if (s != null) assertEquals(code, s.code());
        else assertTrue(code < 0 || code >= 0xc);
    }
}
