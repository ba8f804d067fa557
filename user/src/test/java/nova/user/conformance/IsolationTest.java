package nova.user.conformance;

import static nova.kernel.Status.ABORTED;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.kernel.UserFault;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mad;
import nova.user.sdk.Perm;
import nova.user.sdk.Sel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §2.1.2/§4.1.3: a PD executes and accesses only what its host space maps, with those permissions. */
class IsolationTest {
    static final long CHILD_UTCB = 0x4000_0000L;

    /** A child PD whose code page is mapped with {@code codePerms}; returns the root's portal to its handler. */
    private static long childPortal(Root r, int codePerms, long handler) {
        Root.Child c = r.child();
        long page = Sel.hostPage(Sandbox.IMAGE_BASE);
        Root.expect(Hypercalls.ctrlPd(r.ctx, r.hostSpace(), c.host(), page, page, 0, codePerms, Mad.RAM), "map code");
        long ec = r.sel();
        Root.expect(Hypercalls.createLocalEc(r.ctx, ec, c.pd(), CHILD_UTCB, 0, CHILD_UTCB, Root.DEAD_EVT), "create_ec");
        long pt = r.sel();
        Root.expect(Hypercalls.createPt(r.ctx, pt, c.pd(), ec, handler), "create_pt");
        return pt;
    }

    @Test
    @DisplayName("§4.1.3 XU: code runs in a child PD only if its page is mapped executable there")
    void childExecutesOnlyExecutableCode() {
        Sandbox box = new Sandbox();
        int[] ran = new int[1];
        long handler = box.code(ctx -> {
            ran[0]++;
            Hypercalls.ipcReply(ctx, 0);
        });
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            log.add(Hypercalls.ipcCall(r.ctx, childPortal(r, Perm.MEM_R, handler), 0));    // readable, not executable
            log.add(Hypercalls.ipcCall(r.ctx, childPortal(r, Perm.MEM_RX, handler), 0));   // executable
        });
        assertEquals(List.of(ABORTED, SUCCESS), log.entries());
        assertEquals(1, ran[0], "the handler ran only where its page is executable");
    }

    @Test
    @DisplayName("§2.1.2 a child PD cannot read the root's memory or UTCB, only its own UTCB")
    void childSeesOnlyItsOwnMemory() {
        Sandbox box = new Sandbox();
        Probe.Log seen = new Probe.Log();
        long[] rootUtcb = new long[1];
        long handler = box.code(ctx -> {
            for (long va : new long[] {Sandbox.dataBase(), rootUtcb[0], CHILD_UTCB}) {
                try {
                    ctx.read64(va);
                    seen.add("read 0x" + Long.toHexString(va));
                } catch (UserFault f) {
                    seen.add("fault 0x" + Long.toHexString(f.address()));
                }
            }
            Hypercalls.ipcReply(ctx, 0);
        });
        box.run(r -> {
            rootUtcb[0] = r.utcb.base();
            Root.expect(Hypercalls.ipcCall(r.ctx, childPortal(r, Perm.MEM_RX, handler), 0), "call child");
        });
        assertEquals(List.of("fault 0x" + Long.toHexString(Sandbox.dataBase()), "fault 0x" + Long.toHexString(rootUtcb[0]),
                "read 0x" + Long.toHexString(CHILD_UTCB)), seen.entries());
    }
}
