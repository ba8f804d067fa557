package nova.user.conformance;

import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_CPU;
import static nova.kernel.Status.OVRFLOW;
import static nova.kernel.Status.SUCCESS;
import static nova.kernel.Status.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import nova.user.sdk.Sel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.4.5 ctrl_sm: every status-code bullet. */
class CtrlSmTest {

    @Test
    @DisplayName("§5.4.5 ctrl_sm SUCCESS: up increments, down decrements (Z=0) or zeroes (Z=1) the counter")
    void ctrlSm_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long sm = r.sm(0);
            log.add(Hypercalls.smUp(r.ctx, sm));
            log.add(Hypercalls.smUp(r.ctx, sm));
            log.add(Hypercalls.smUp(r.ctx, sm));               // counter 3
            log.add(Hypercalls.smDown(r.ctx, sm, 0, false));   // 2
            log.add(Hypercalls.smDown(r.ctx, sm, 0, true));    // 0
            log.add(Hypercalls.smDown(r.ctx, sm, r.now() + 10_000, false));  // blocks, times out
        });
        assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS, SUCCESS, SUCCESS, TIMEOUT), log.entries());
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm SUCCESS: an up releases a blocked EC, in FIFO order")
    void ctrlSm_upReleasesBlockedFifo_success() {
        Sandbox box = new Sandbox();
        long starter = Root.registerStarter(box);
        Probe.Log order = new Probe.Log();
        long[] entries = new long[3];
        for (int i = 0; i < 3; i++) {
            int id = i;
            entries[i] = box.code(ctx -> order.add("woke " + id + " " + Hypercalls.smDown(ctx, IpcCallTest.SM, 0, false)));
        }
        box.run(r -> {
            Root.expect(Hypercalls.createSm(r.ctx, IpcCallTest.SM, r.pd(), 0), "create_sm");
            // block three ECs in the order 2, 0, 1
            for (int id : new int[] {2, 0, 1}) {
                r.globalEc(starter, 0, entries[id], 1);
                r.sleepUntil(r.now() + 100_000);
            }
            for (int i = 0; i < 3; i++) {
                order.add("up " + Hypercalls.smUp(r.ctx, IpcCallTest.SM));
                r.sleepUntil(r.now() + 100_000);
            }
        });
        assertEquals(List.of("up SUCCESS", "woke 2 SUCCESS", "up SUCCESS", "woke 0 SUCCESS", "up SUCCESS", "woke 1 SUCCESS"),
                order.entries());
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm TIMEOUT (D=1): the down is aborted when the STC reaches the timeout")
    void ctrlSm_downTimesOut_timeout() {
        long[] t = new long[2];
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long sm = r.sm(0);
            t[0] = r.now() + 50_000;
            log.add(Hypercalls.smDown(r.ctx, sm, t[0], false));
            t[1] = r.now();
        });
        assertEquals(List.of(TIMEOUT), log.entries());
        assertTrue(t[1] >= t[0], "woke at " + t[1] + ", before the timeout " + t[0]);
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm TIMEOUT (D=1): a timeout already in the past times out at once")
    void ctrlSm_downPastDeadline_timeout() {
        assertEquals(TIMEOUT, Probe.status(r -> Hypercalls.smDown(r.ctx, r.sm(0), 1, false)));
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm OVRFLOW (D=0): the up would overflow the counter")
    void ctrlSm_upAtMaximum_ovrflow() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long sm = r.sm(-1L);                     // counter 2^64-1
            log.add(Hypercalls.smUp(r.ctx, sm));
            log.add(Hypercalls.smDown(r.ctx, sm, 0, false));
            log.add(Hypercalls.smUp(r.ctx, sm));     // back to the maximum: fine
            log.add(Hypercalls.smUp(r.ctx, sm));
        });
        assertEquals(List.of(OVRFLOW, SUCCESS, SUCCESS, OVRFLOW), log.entries());
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm BAD_CAP: sm did not refer to an SM capability")
    void ctrlSm_notSm_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.smUp(r.ctx, r.sel()));
            log.add(Hypercalls.smDown(r.ctx, r.pd(), 1, false));
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm BAD_CAP: up (D=0) without permission CTRL_UP (§4.1.2.11)")
    void ctrlSm_upWithoutUpPermission_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long sm = r.copy(r.sm(1), Perm.ALL & ~Perm.SM_UP);
            log.add(Hypercalls.smUp(r.ctx, sm));
            log.add(Hypercalls.smDown(r.ctx, sm, 0, false));   // down still permitted
        });
        assertEquals(List.of(BAD_CAP, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm BAD_CAP: down (D=1) without permission CTRL_DN (§4.1.2.11)")
    void ctrlSm_downWithoutDownPermission_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long sm = r.copy(r.sm(1), Perm.ALL & ~Perm.SM_DOWN);
            log.add(Hypercalls.smDown(r.ctx, sm, 0, false));
            log.add(Hypercalls.smUp(r.ctx, sm));               // up still permitted
        });
        assertEquals(List.of(BAD_CAP, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.4.5 ctrl_sm BAD_CPU (D=1): waiting for an interrupt on another CPU than assign_int routed it to")
    void ctrlSm_interruptDownOnOtherCpu_badCpu() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(r.hip.intPin() > 0);
            long irq = r.fromNova(Sel.NOVA_INTERRUPT_SM_BASE, Perm.ALL);
            log.add(Hypercalls.assignInt(r.ctx, irq, 0, 1, 0));      // route to CPU 1
            log.add(Hypercalls.smDown(r.ctx, irq, r.now() + 1000, false)); // the root runs on CPU 0
        });
        assertEquals(List.of(true, SUCCESS, BAD_CPU), log.entries());
    }
}
