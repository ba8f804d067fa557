package nova.user.conformance;

import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Event;
import nova.user.sdk.Perm;
import nova.user.sdk.Scd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.4.2 ctrl_ec, §5.4.3 ctrl_sc and §5.4.4 ctrl_pt: every status-code bullet. */
class CtrlObjectsTest {

    @Test
    @DisplayName("§5.4.2 ctrl_ec SUCCESS: weak (S=0) and strong (S=1) recall of an EC")
    void ctrlEc_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long ec = r.localEc(1, r.utcbVa());
            log.add(Hypercalls.ctrlEc(r.ctx, ec, false));
            log.add(Hypercalls.ctrlEc(r.ctx, ec, true));
        });
        assertEquals(List.of(SUCCESS, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.4.2/§7.6.2 ctrl_ec SUCCESS: the recalled EC traverses its RECALL portal before it returns to user mode")
    void ctrlEc_recall_traversesRecallPortal() {
        Sandbox box = new Sandbox();
        long starter = Root.registerStarter(box);
        Probe.Log order = new Probe.Log();
        long recall = box.code(ctx -> {
            order.add("recall portal");
            Hypercalls.ipcReply(ctx, 0);
        });
        long entry = box.code(ctx -> order.add("down " + Hypercalls.smDown(ctx, IpcCallTest.SM, 0, false)));
        box.run(r -> {
            Root.expect(Hypercalls.createSm(r.ctx, IpcCallTest.SM, r.pd(), 0), "create_sm");
            // the global EC gets event base 0x800: its RECALL portal is at 0x800 + SELHST/ARCH + 1
            long ec = r.sel();
            long u = r.utcbVa();
            Root.expect(Hypercalls.createGlobalEc(r.ctx, ec, r.pd(), u, 0, u, 0x800), "create_ec");
            long pager = r.localEc(0, r.utcbVa());
            long startup = Event.hostEvent(0x800, r.hip, Event.STARTUP);
            Root.expect(Hypercalls.createPt(r.ctx, startup, r.pd(), pager, starter), "startup portal");
            Root.expect(Hypercalls.ctrlPt(r.ctx, startup, entry, 0), "startup entry");
            Root.expect(Hypercalls.createPt(r.ctx, Event.hostEvent(0x800, r.hip, Event.RECALL),
                    r.pd(), pager, recall), "recall portal");
            Root.expect(Hypercalls.createSc(r.ctx, r.sel(), r.pd(), ec, Scd.of(1, 1)), "create_sc");
            r.sleepUntil(r.now() + 10_000);          // the EC blocks on the semaphore
            order.add("ctrl_ec " + Hypercalls.ctrlEc(r.ctx, ec, false));
            Root.expect(Hypercalls.smUp(r.ctx, IpcCallTest.SM), "up");
            r.sleepUntil(r.now() + 10_000);
        });
        assertEquals(List.of("ctrl_ec SUCCESS", "recall portal", "down SUCCESS"), order.entries());
    }

    @Test
    @DisplayName("§5.4.2 ctrl_ec BAD_CAP: ec did not refer to an EC capability")
    void ctrlEc_notEc_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ctrlEc(r.ctx, r.sel(), false));
            log.add(Hypercalls.ctrlEc(r.ctx, r.sc(), false));
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.4.2 ctrl_ec BAD_CAP: the EC capability lacks permission CTRL (§4.1.2.8)")
    void ctrlEc_withoutCtrlPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long ec = r.copy(r.localEc(1, r.utcbVa()), Perm.ALL & ~Perm.EC_CTRL);
            return Hypercalls.ctrlEc(r.ctx, ec, false);
        }));
    }

    @Test
    @DisplayName("§5.4.3 ctrl_sc SUCCESS: returns the SC's consumed time, which grows while it runs")
    void ctrlSc_success() {
        long[] t = new long[2];
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ctrlSc(r.ctx, r.sc()));
            t[0] = Hypercalls.scTime(r.ctx);
            for (int i = 0; i < 100; i++) Hypercalls.createSm(r.ctx, r.sel(), r.pd(), 0);
            log.add(Hypercalls.ctrlSc(r.ctx, r.sc()));
            t[1] = Hypercalls.scTime(r.ctx);
        });
        assertEquals(List.of(SUCCESS, SUCCESS), log.entries());
        assertTrue(t[1] > t[0], "consumed time " + t[0] + " then " + t[1]);
    }

    @Test
    @DisplayName("§5.4.3 ctrl_sc BAD_CAP: sc did not refer to an SC capability")
    void ctrlSc_notSc_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ctrlSc(r.ctx, r.sel()));
            log.add(Hypercalls.ctrlSc(r.ctx, r.ec()));
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.4.3 ctrl_sc BAD_CAP: the SC capability lacks permission CTRL (§4.1.2.9)")
    void ctrlSc_withoutCtrlPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.ctrlSc(r.ctx, r.copy(r.sc(), Perm.ALL & ~Perm.SC_CTRL))));
    }

    @Test
    @DisplayName("§5.4.4 ctrl_pt SUCCESS: later traversals return the new PID")
    void ctrlPt_success() {
        Sandbox box = new Sandbox();
        Probe.Log seen = new Probe.Log();
        long handler = box.code(ctx -> {
            seen.add(Hypercalls.portalId(ctx));
            Hypercalls.ipcReply(ctx, 0);
        });
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long pt = r.portal(r.localEc(0, r.utcbVa()), handler);
            Root.expect(Hypercalls.ipcCall(r.ctx, pt, 0), "call");
            log.add(Hypercalls.ctrlPt(r.ctx, pt, 0x1234_5678_9abcL, 0));
            Root.expect(Hypercalls.ipcCall(r.ctx, pt, 0), "call");
        });
        assertEquals(List.of(SUCCESS), log.entries());
        assertEquals(List.of(0L, 0x1234_5678_9abcL), seen.entries());
    }

    @Test
    @DisplayName("§5.4.4 ctrl_pt BAD_CAP: pt did not refer to a PT capability")
    void ctrlPt_notPt_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ctrlPt(r.ctx, r.sel(), 1, 0));
            log.add(Hypercalls.ctrlPt(r.ctx, r.ec(), 1, 0));
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.4.4 ctrl_pt BAD_CAP: the PT capability lacks permission CTRL (§4.1.2.10)")
    void ctrlPt_withoutCtrlPermission_badCap() {
        Sandbox box = new Sandbox();
        long handler = IpcCallTest.incrementer(box);
        assertEquals(BAD_CAP, Probe.status(box, r -> {
            long pt = r.copy(r.portal(r.localEc(0, r.utcbVa()), handler), Perm.ALL & ~Perm.PT_CTRL);
            return Hypercalls.ctrlPt(r.ctx, pt, 1, 0);
        }));
    }
}
