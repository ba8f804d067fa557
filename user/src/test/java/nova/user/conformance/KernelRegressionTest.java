package nova.user.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nova.user.sdk.Hypercalls;
import nova.user.sdk.Sel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minimal reproductions of kernel bugs the fuzz test found, kept as regression tests. */
class KernelRegressionTest {

    /** The fuzz test's capabilities, then one delegation from the NOVA object space (§6.1.3.1) over them. */
    private static void delegateFromNova(long ssb, long dsb, int ord) {
        Sandbox box = new Sandbox();
        String[] broken = new String[2];
        box.run(r -> {
            HypercallFuzzTest.populateWindow(r, Sandbox.IMAGE_BASE);
            broken[0] = box.nova.checkInvariants();
            Hypercalls.ctrlPd(r.ctx, Sel.rootNovaObjSpace(r.selnum), r.obj(), ssb, dsb, ord, 0xb, 0);
            broken[1] = box.nova.checkInvariants();
        });
        assertEquals("", broken[0], "before");
        assertEquals("", broken[1], "after ctrl_pd");
    }

    @ParameterizedTest(name = "ssb={0} dsb={1} ord={2}")
    @CsvSource({"0x100,0x100,3", "0,0,12", "0x1000,0x1000,12", "0,0x1000,12"})
    @DisplayName("§5.4.1 ctrl_pd NOVA object space → root object space over live capabilities keeps the kernel invariants")
    void ctrlPd_rangeFromNovaOverLiveCaps_keepsInvariants(String ssb, String dsb, int ord) {
        delegateFromNova(Long.decode(ssb), Long.decode(dsb), ord);
    }

    @ParameterizedTest(name = "ord={0}")
    @CsvSource({"0", "12"})
    @DisplayName("§5.4.1 ctrl_pd of idle SC capabilities over copies of themselves keeps the kernel invariants")
    void ctrlPd_idleScOverItself_keepsInvariants(int ord) {
        Sandbox box = new Sandbox();
        String[] broken = new String[3];
        box.run(r -> {
            long nova = Sel.rootNovaObjSpace(r.selnum);
            broken[0] = box.nova.checkInvariants();
            Hypercalls.ctrlPd(r.ctx, nova, r.obj(), 0, 0x1000, ord, 0x7, 0);
            broken[1] = box.nova.checkInvariants();
            Hypercalls.ctrlPd(r.ctx, nova, r.obj(), 0, 0x1000, ord, 0x7, 0);
            broken[2] = box.nova.checkInvariants();
        });
        assertEquals(java.util.List.of("", "", ""), java.util.List.of(broken));
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd of 2^13 selectors from the NOVA object space keeps the kernel invariants (fuzz find, fixed)")
    void ctrlPd_order13FromNovaOverLiveCaps_keepsInvariants() {
        delegateFromNova(0, 0, 13);
    }
}
