package nova.user.conformance;

import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.kernel.Status;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.3.5 create_sm: every status-code bullet. */
class CreateSmTest {

    @Test
    @DisplayName("§5.3.5 create_sm SUCCESS: the SM exists with the initial count and all permissions")
    void createSm_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long sm = r.sel();
            log.add(Hypercalls.createSm(r.ctx, sm, r.pd(), 2));
            // count 2: two downs succeed without blocking, the third times out (§5.4.5)
            log.add(Hypercalls.smDown(r.ctx, sm, 0, false));
            log.add(Hypercalls.smDown(r.ctx, sm, 0, false));
            log.add(Hypercalls.smDown(r.ctx, sm, r.now() + 1000, false));
            log.add(Hypercalls.smUp(r.ctx, sm));
        });
        assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS, Status.TIMEOUT, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.3.5 create_sm BAD_CAP: sel did not refer to a null capability")
    void createSm_selectorInUse_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long sm = r.sm(0);
            return Hypercalls.createSm(r.ctx, sm, r.pd(), 0);
        }));
    }

    @Test
    @DisplayName("§5.3.5 create_sm BAD_CAP: pd did not refer to a PD capability")
    void createSm_pdNotPdCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createSm(r.ctx, r.sel(), r.obj(), 0)));
    }

    @Test
    @DisplayName("§5.3.5 create_sm BAD_CAP: pd capability lacks permission SM (§4.1.2.7)")
    void createSm_pdWithoutSmPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long pd = r.copy(r.pd(), Perm.ALL & ~Perm.PD_SM);
            return Hypercalls.createSm(r.ctx, r.sel(), pd, 0);
        }));
    }

    @Test
    @DisplayName("§5.3.5 create_sm BAD_CAP: pd refers to a null capability")
    void createSm_pdNull_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createSm(r.ctx, r.sel(), r.sel(), 0)));
    }
}
