package nova.user.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nova.kernel.Status;
import nova.kernel.UserFault;
import nova.user.sdk.CreatePdOp;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import nova.user.sdk.Scd;
import nova.user.sdk.Sel;
import nova.user.sdk.Utcb;

/**
 * §5.4.1 ctrl_pd as properties: a delegated capability carries exactly source ∧ pmm (never more),
 * and a delegation replaces exactly the destination range, nothing outside it.
 */
class DelegationProperties {

    /** The permissions of a PD capability, observed by using it (§4.1.2.7: one create_* per bit). */
    static int observePdPermissions(Root r, long pd) {
        int seen = 0;
        if (Hypercalls.createPd(r.ctx, CreatePdOp.PD, r.sel(), pd) == Status.SUCCESS) seen |= Perm.PD_PD;
        if (Hypercalls.createLocalEc(r.ctx, r.sel(), pd, r.utcbVa(), 1, 0, Root.DEAD_EVT) == Status.SUCCESS) seen |= Perm.PD_EC;
        long global = r.sel();
        Root.expect(Hypercalls.createGlobalEc(r.ctx, global, r.pd(), r.utcbVa(), 1, 0, Root.DEAD_EVT), "create_ec");
        if (Hypercalls.createSc(r.ctx, r.sel(), pd, global, Scd.of(1, 1)) == Status.SUCCESS) seen |= Perm.PD_SC;
        long local = r.localEc(1, r.utcbVa());
        if (Hypercalls.createPt(r.ctx, r.sel(), pd, local, 0) == Status.SUCCESS) seen |= Perm.PD_PT;
        if (Hypercalls.createSm(r.ctx, r.sel(), pd, 0) == Status.SUCCESS) seen |= Perm.PD_SM;
        return seen;
    }

    @Property(tries = 12)
    void delegatedObjectCapability_isSourceAndMask(@ForAll @Size(6) List<@IntRange(max = 31) Integer> sources,
                                                   @ForAll @Size(6) List<@IntRange(max = 31) Integer> masks) {
        List<Integer> observed = new ArrayList<>();
        new Sandbox().run(r -> {
            for (int i = 0; i < sources.size(); i++) {
                long source = r.sel(), dest = r.sel();
                Root.expect(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), r.pd(), source, 0, sources.get(i), 0), "source");
                Root.expect(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), source, dest, 0, masks.get(i), 0), "delegate");
                observed.add(observePdPermissions(r, dest));
            }
        });
        for (int i = 0; i < sources.size(); i++)
            assertEquals(sources.get(i) & masks.get(i), (int) observed.get(i),
                    "source " + sources.get(i) + " pmm " + masks.get(i));
    }

    static final long VA_SOURCE = 0x6000_0000L, VA_DEST = 0x6100_0000L;

    @Property(tries = 12)
    void delegatedMemoryCapability_isSourceAndMask(@ForAll @Size(6) List<@IntRange(max = 3) Integer> sources,
                                                   @ForAll @Size(6) List<@IntRange(max = 31) Integer> masks) {
        List<Integer> observed = new ArrayList<>();
        new Sandbox().data(4096).run(r -> {
            long frame = Sel.hostPage(Sandbox.dataBase());
            for (int i = 0; i < sources.size(); i++) {
                long src = Sel.hostPage(VA_SOURCE) + i, dst = Sel.hostPage(VA_DEST) + i;
                Root.expect(Hypercalls.ctrlPd(r.ctx, r.hostSpace(), r.hostSpace(), frame, src, 0, sources.get(i), 0), "source");
                Root.expect(Hypercalls.ctrlPd(r.ctx, r.hostSpace(), r.hostSpace(), src, dst, 0, masks.get(i), 0), "delegate");
                int seen = 0;
                try {
                    r.ctx.read64(dst << 12);
                    seen |= Perm.MEM_R;
                } catch (UserFault f) { /* not readable */ }
                try {
                    r.ctx.write64(dst << 12, i);
                    seen |= Perm.MEM_W;
                } catch (UserFault f) { /* not writable */ }
                observed.add(seen);
            }
        });
        for (int i = 0; i < sources.size(); i++)
            assertEquals(sources.get(i) & masks.get(i) & Perm.MEM_RW, (int) observed.get(i),
                    "source " + sources.get(i) + " pmm " + masks.get(i));
    }

    /** Portal ids identify capabilities: calling slot s answers its portal's id in word 0, or BAD_CAP. */
    static long identify(Root r, long sel) {
        Status s = Hypercalls.ipcCall(r.ctx, sel, 0);
        if (s == Status.BAD_CAP) return -1;
        if (s != Status.SUCCESS) throw new IllegalStateException("probe call: " + s);
        return r.utcb.word(r.ctx, 0);
    }

    @Property(tries = 15)
    void delegation_replacesExactlyTheDestinationRange(@ForAll @Size(16) List<Boolean> sourceFilled,
                                                       @ForAll @Size(16) List<Boolean> destFilled,
                                                       @ForAll @IntRange(max = 4) int ord,
                                                       @ForAll @IntRange(max = 15) int sourceOffset,
                                                       @ForAll @IntRange(max = 15) int destOffset) {
        Sandbox box = new Sandbox();
        long echo = box.code(ctx -> {
            Utcb.ofSp(ctx).setWord(ctx, 0, Hypercalls.portalId(ctx));
            Hypercalls.ipcReply(ctx, 0);
        });
        int size = 1 << ord;
        int so = sourceOffset & -size & 15, dof = destOffset & -size & 15;
        long[] before = new long[16], after = new long[16], sourceAfter = new long[16];
        box.run(r -> {
            long ec = r.localEc(0, r.utcbVa());
            long src = r.sels(4), dst = r.sels(4);
            for (int i = 0; i < 16; i++) {
                if (sourceFilled.get(i)) create(r, src + i, ec, echo, 100 + i);
                if (destFilled.get(i)) create(r, dst + i, ec, echo, 200 + i);
            }
            for (int i = 0; i < 16; i++) before[i] = identify(r, dst + i);
            Root.expect(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), src + so, dst + dof, ord, Perm.ALL, 0), "ctrl_pd");
            for (int i = 0; i < 16; i++) {
                after[i] = identify(r, dst + i);
                sourceAfter[i] = identify(r, src + i);
            }
        });
        for (int i = 0; i < 16; i++) {
            boolean inRange = i >= dof && i < dof + size;
            long expected = inRange ? (sourceFilled.get(so + i - dof) ? 100 + so + i - dof : -1) : before[i];
            assertEquals(expected, after[i], "destination slot " + i);
            assertEquals(sourceFilled.get(i) ? 100 + i : -1, sourceAfter[i], "source slot " + i + " untouched");
        }
    }

    private static void create(Root r, long sel, long ec, long ip, long pid) {
        Root.expect(Hypercalls.createPt(r.ctx, sel, r.pd(), ec, ip), "create_pt");
        Root.expect(Hypercalls.ctrlPt(r.ctx, sel, pid, 0), "ctrl_pt");
    }
}
