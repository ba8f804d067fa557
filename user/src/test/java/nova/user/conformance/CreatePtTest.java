package nova.user.conformance;

import static nova.kernel.Status.ABORTED;
import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.3.4 create_pt: every status-code bullet. */
class CreatePtTest {

    @Test
    @DisplayName("§5.3.4 create_pt SUCCESS: the portal enters its EC at ip with initial PID 0 and all permissions")
    void createPt_success() {
        Sandbox box = new Sandbox();
        long[] pid = {-1};
        long handler = box.code(ctx -> {
            pid[0] = Hypercalls.portalId(ctx);
            Hypercalls.ipcReply(ctx, 0);
        });
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long ec = r.localEc(0, r.utcbVa());
            long pt = r.sel();
            log.add(Hypercalls.createPt(r.ctx, pt, r.pd(), ec, handler));
            log.add(Hypercalls.ipcCall(r.ctx, pt, 0));     // CALL
            log.add(Hypercalls.ctrlPt(r.ctx, pt, 7, 0));  // CTRL
        });
        assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS), log.entries());
        assertEquals(0, pid[0], "initial PID is 0");
    }

    @Test
    @DisplayName("§5.3.4 create_pt BAD_CAP: sel did not refer to a null capability")
    void createPt_selectorInUse_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createPt(r.ctx, r.sm(0), r.pd(), r.localEc(0, r.utcbVa()), 0)));
    }

    @Test
    @DisplayName("§5.3.4 create_pt BAD_CAP: pd did not refer to a PD capability")
    void createPt_pdNotPdCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long ec = r.localEc(0, r.utcbVa());
            return Hypercalls.createPt(r.ctx, r.sel(), ec, ec, 0);
        }));
    }

    @Test
    @DisplayName("§5.3.4 create_pt BAD_CAP: pd capability lacks permission PT (§4.1.2.7)")
    void createPt_pdWithoutPtPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long pd = r.copy(r.pd(), Perm.ALL & ~Perm.PD_PT);
            return Hypercalls.createPt(r.ctx, r.sel(), pd, r.localEc(0, r.utcbVa()), 0);
        }));
    }

    @Test
    @DisplayName("§5.3.4 create_pt BAD_CAP: ec did not refer to an EC capability")
    void createPt_ecNotEcCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createPt(r.ctx, r.sel(), r.pd(), r.sm(0), 0)));
    }

    @Test
    @DisplayName("§5.3.4 create_pt BAD_CAP: ec capability lacks permission BIND_PT (§4.1.2.8)")
    void createPt_ecWithoutBindPtPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long ec = r.copy(r.localEc(0, r.utcbVa()), Perm.ALL & ~Perm.EC_BIND_PT);
            return Hypercalls.createPt(r.ctx, r.sel(), r.pd(), ec, 0);
        }));
    }

    @Test
    @DisplayName("§5.3.4 create_pt BAD_CAP: binding fails because the EC is not a local thread (§2.2.1)")
    void createPt_globalEc_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long global = r.sel();
            Root.expect(Hypercalls.createGlobalEc(r.ctx, global, r.pd(), r.utcbVa(), 0, 0, Root.DEAD_EVT), "create_ec");
            log.add(Hypercalls.createPt(r.ctx, r.sel(), r.pd(), global, 0));
            log.add(Hypercalls.createPt(r.ctx, r.sel(), r.pd(), r.ec(), 0)); // the root EC is global too
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.3.4 create_pt ABORTED: the PT cannot bind to a dead EC (killed by an unhandled fault, §7.6)")
    void createPt_deadEc_aborted() {
        Sandbox box = new Sandbox();
        long faulting = box.faultingCode(ctx -> ctx.read64(0x7000_0000L));
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long ec = r.localEc(0, r.utcbVa());
            log.add(Hypercalls.ipcCall(r.ctx, r.portal(ec, faulting), 0));   // the EC dies
            log.add(Hypercalls.createPt(r.ctx, r.sel(), r.pd(), ec, faulting));
        });
        assertEquals(List.of(ABORTED, ABORTED), log.entries());
    }
}
