package nova.user.conformance;

import static nova.kernel.Status.ABORTED;
import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_CPU;
import static nova.kernel.Status.SUCCESS;
import static nova.kernel.Status.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mtd;
import nova.user.sdk.Perm;
import nova.user.sdk.Utcb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.2.1 ipc_call and §5.2.2 ipc_reply: every status-code bullet and the described results. */
class IpcCallTest {
    /** Fixed selectors that user code other than the root names (like constants of a linked program). */
    static final long PT = 0x50, SM = 0x51;

    /** A handler that adds 1 to word 0 and replies with one word; its UTCB is found via SP. */
    static long incrementer(Sandbox box) {
        return box.code(ctx -> {
            Utcb u = Utcb.ofSp(ctx);
            u.setWord(ctx, 0, u.word(ctx, 0) + 1);
            Hypercalls.ipcReply(ctx, Mtd.words(1));
        });
    }

    @Test
    @DisplayName("§5.2.1 ipc_call SUCCESS: the message goes to the callee's UTCB, the reply comes back with its MTD")
    void ipcCall_success() {
        Sandbox box = new Sandbox();
        long[] seen = new long[3];
        long handler = box.code(ctx -> {
            Utcb u = Utcb.ofSp(ctx);
            seen[0] = Hypercalls.incomingMtd(ctx);
            seen[1] = u.word(ctx, 0);
            seen[2] = u.word(ctx, 1);
            u.setWord(ctx, 0, 100);
            u.setWord(ctx, 1, 101);
            u.setWord(ctx, 2, 102);
            Hypercalls.ipcReply(ctx, Mtd.words(3));
        });
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long pt = r.portal(r.localEc(0, r.utcbVa()), handler);
            r.utcb.setWord(r.ctx, 0, 7);
            r.utcb.setWord(r.ctx, 1, 8);
            log.add(Hypercalls.ipcCall(r.ctx, pt, Mtd.words(2)));
            log.add((long) Hypercalls.replyMtd(r.ctx));
            log.add(r.utcb.word(r.ctx, 0));
            log.add(r.utcb.word(r.ctx, 1));
            log.add(r.utcb.word(r.ctx, 2));
        });
        assertEquals(List.of(SUCCESS, (long) Mtd.words(3), 100L, 101L, 102L), log.entries());
        assertEquals(Mtd.words(2), seen[0], "the callee receives the caller's MTD");
        assertEquals(7, seen[1]);
        assertEquals(8, seen[2]);
    }

    @Test
    @DisplayName("§5.2.1 ipc_call SUCCESS (T=0): a busy callee is helped to complete the prior call first")
    void ipcCall_calleeBusyNoTimeoutFlag_helpsThenSucceeds() {
        Sandbox box = new Sandbox();
        long starter = Root.registerStarter(box);
        Probe.Log order = new Probe.Log();
        long[] blockUntil = new long[1];
        long handler = box.code(ctx -> {
            Utcb u = Utcb.ofSp(ctx);
            long who = u.word(ctx, 0);
            order.add("enter " + who);
            if (who == 1) // the first caller's request waits on a semaphore until its timeout
                order.add("handler down " + Hypercalls.smDown(ctx, SM, blockUntil[0], false));
            order.add("leave " + who);
            Hypercalls.ipcReply(ctx, 0);
        });
        long client = box.code(ctx -> {
            Utcb.ofSp(ctx).setWord(ctx, 0, 1);
            order.add("client call " + Hypercalls.ipcCall(ctx, PT, 0));
        });
        long[] times = new long[2];
        box.run(r -> {
            Root.expect(Hypercalls.createPt(r.ctx, PT, r.pd(), r.localEc(0, r.utcbVa()), handler), "create_pt");
            Root.expect(Hypercalls.createSm(r.ctx, SM, r.pd(), 0), "create_sm");
            blockUntil[0] = r.now() + 2_000_000;
            r.globalEc(starter, 0, client, 1);
            r.sleepUntil(r.now() + 1_000_000);     // the client calls; the handler blocks
            r.utcb.setWord(r.ctx, 0, 2);
            order.add("root call " + Hypercalls.ipcCall(r.ctx, PT, 0));
            times[0] = r.now();
            times[1] = blockUntil[0];
            r.sleepUntil(r.now() + 1_000_000);     // let the client finish
        });
        assertEquals(List.of("enter 1", "handler down TIMEOUT", "leave 1", "enter 2", "leave 2", "root call SUCCESS",
                "client call SUCCESS"), order.entries());
        assertTrue(times[0] >= times[1], "the root's call completed after the prior call's timeout");
    }

    @Test
    @DisplayName("§5.2.1 ipc_call TIMEOUT (T=1): the callee is still busy handling a prior ipc_call")
    void ipcCall_calleeBusyTimeoutFlag_timeout() {
        Sandbox box = new Sandbox();
        long starter = Root.registerStarter(box);
        Probe.Log order = new Probe.Log();
        long handler = box.code(ctx -> {
            order.add("enter");
            order.add("handler down " + Hypercalls.smDown(ctx, SM, 0, false));
            Hypercalls.ipcReply(ctx, 0);
        });
        long client = box.code(ctx -> order.add("client call " + Hypercalls.ipcCall(ctx, PT, 0)));
        box.run(r -> {
            Root.expect(Hypercalls.createPt(r.ctx, PT, r.pd(), r.localEc(0, r.utcbVa()), handler), "create_pt");
            Root.expect(Hypercalls.createSm(r.ctx, SM, r.pd(), 0), "create_sm");
            r.globalEc(starter, 0, client, 1);
            r.sleepUntil(r.now() + 1_000_000);     // the client calls; the handler blocks on SM
            order.add("root call " + Hypercalls.ipcCall(r.ctx, PT, 0, true));
            Root.expect(Hypercalls.smUp(r.ctx, SM), "sm up");
            r.sleepUntil(r.now() + 1_000_000);
        });
        assertEquals(List.of("enter", "root call TIMEOUT", "handler down SUCCESS", "client call SUCCESS"), order.entries());
    }

    @Test
    @DisplayName("§5.2.1 ipc_call SUCCESS (T=1): an idle callee is called normally")
    void ipcCall_calleeIdleTimeoutFlag_success() {
        Sandbox box = new Sandbox();
        long handler = incrementer(box);
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long pt = r.portal(r.localEc(0, r.utcbVa()), handler);
            r.utcb.setWord(r.ctx, 0, 1);
            log.add(Hypercalls.ipcCall(r.ctx, pt, 0, true));
            log.add(r.utcb.word(r.ctx, 0));
        });
        assertEquals(List.of(SUCCESS, 2L), log.entries());
    }

    @Test
    @DisplayName("§5.2.1 ipc_call BAD_CAP: pt did not refer to a PT capability")
    void ipcCall_notPortal_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ipcCall(r.ctx, r.sel(), 0));      // null capability
            log.add(Hypercalls.ipcCall(r.ctx, r.sm(0), 0));      // SM capability
            log.add(Hypercalls.ipcCall(r.ctx, r.ec(), 0));       // EC capability
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.2.1 ipc_call BAD_CAP: the PT capability lacks permission CALL (§4.1.2.10)")
    void ipcCall_portalWithoutCallPermission_badCap() {
        Sandbox box = new Sandbox();
        long handler = incrementer(box);
        assertEquals(BAD_CAP, Probe.status(box, r -> {
            long pt = r.copy(r.portal(r.localEc(0, r.utcbVa()), handler), Perm.ALL & ~Perm.PT_CALL);
            return Hypercalls.ipcCall(r.ctx, pt, 0);
        }));
    }

    @Test
    @DisplayName("§5.2.1 ipc_call BAD_CPU: caller EC and callee EC are on different CPUs")
    void ipcCall_calleeOnOtherCpu_badCpu() {
        Sandbox box = new Sandbox();
        long handler = incrementer(box);
        assertEquals(BAD_CPU, Probe.status(box, r -> Hypercalls.ipcCall(r.ctx, r.portal(r.localEc(1, r.utcbVa()), handler), 0)));
    }

    @Test
    @DisplayName("§5.2.1 ipc_call ABORTED: the callee EC is dead (killed by an unhandled fault, §7.6)")
    void ipcCall_calleeDead_aborted() {
        Sandbox box = new Sandbox();
        long handler = box.faultingCode(ctx -> {
            ctx.read64(0x7000_0000L);              // unmapped: the EC faults, no event portal → killed
            Hypercalls.ipcReply(ctx, 0);
        });
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long pt = r.portal(r.localEc(0, r.utcbVa()), handler);
            log.add(Hypercalls.ipcCall(r.ctx, pt, 0));   // the callee dies during this call
            log.add(Hypercalls.ipcCall(r.ctx, pt, 0));   // and stays dead
        });
        assertEquals(List.of(ABORTED, ABORTED), log.entries());
    }

    @Test
    @DisplayName("§5.2.2 ipc_reply: the handler receives the PID set by ctrl_pt (X0) and the caller's MTD (X1)")
    void ipcReply_nextMessage_deliversPidAndMtd() {
        Sandbox box = new Sandbox();
        Probe.Log seen = new Probe.Log();
        long handler = box.code(ctx -> {
            seen.add(Hypercalls.portalId(ctx));
            seen.add((long) Hypercalls.incomingMtd(ctx));
            Hypercalls.ipcReply(ctx, 0);
        });
        box.run(r -> {
            long ec = r.localEc(0, r.utcbVa());
            long a = r.portal(ec, handler, 0xA);
            long b = r.portal(ec, handler, 0xB);
            Root.expect(Hypercalls.ipcCall(r.ctx, a, Mtd.words(5)), "call a");
            Root.expect(Hypercalls.ipcCall(r.ctx, b, Mtd.words(9)), "call b");
            Root.expect(Hypercalls.ipcCall(r.ctx, a, Mtd.words(1)), "call a again");
        });
        assertEquals(List.of(0xAL, 4L, 0xBL, 8L, 0xAL, 0L), seen.entries());
    }

    @Test
    @DisplayName("§5.2.2 ipc_reply: execution continues at the called portal's IP every time")
    void ipcReply_handlerRestartsAtPortalIp() {
        Sandbox box = new Sandbox();
        Probe.Log seen = new Probe.Log();
        long first = box.code(ctx -> {
            seen.add("first");
            Hypercalls.ipcReply(ctx, 0);
            seen.add("after reply");     // never reached: ipc_reply does not return
        });
        long second = box.code(ctx -> {
            seen.add("second");
            Hypercalls.ipcReply(ctx, 0);
        });
        box.run(r -> {
            long ec = r.localEc(0, r.utcbVa());
            long a = r.portal(ec, first), b = r.portal(ec, second);
            for (long pt : new long[] {a, b, a})
                Root.expect(Hypercalls.ipcCall(r.ctx, pt, 0), "call");
        });
        assertEquals(List.of("first", "second", "first"), seen.entries());
    }

}
