package nova.user.conformance;

import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.MEM_CAP;
import static nova.kernel.Status.MEM_OBJ;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.Status;
import nova.user.sdk.CreatePdOp;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import nova.user.sdk.Scd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * MEM_OBJ and MEM_CAP of §5.3.1–5.3.5 and §5.4.1: kernel memory for objects and for capability
 * storage is finite, and running out gives these statuses, never an exception or a corrupted space.
 */
class MemoryExhaustionTest {
    /** Consecutive selectors for filling; far from the helpers' selectors. */
    static final long FILL = 0x10000 - 0x8000, HOLE_CHUNK = 0x4000, FRESH = 0x30000;

    /** What each create_* needs prepared while memory is still available. */
    enum Create {
        PD, EC, SC, PT, SM;

        Status invoke(Root r, long sel, long[] prepared) {
            return switch (this) {
                case PD -> Hypercalls.createPd(r.ctx, CreatePdOp.PD, sel, r.pd());
                case EC -> Hypercalls.createLocalEc(r.ctx, sel, r.pd(), 0x4800_0000L, 0, 0, Root.DEAD_EVT);
                case SC -> Hypercalls.createSc(r.ctx, sel, r.pd(), prepared[0], Scd.of(1, 1));
                case PT -> Hypercalls.createPt(r.ctx, sel, r.pd(), prepared[1], 0);
                case SM -> Hypercalls.createSm(r.ctx, sel, r.pd(), 0);
            };
        }
    }

    private static long[] prepare(Root r) {
        long global = r.sel();
        Root.expect(Hypercalls.createGlobalEc(r.ctx, global, r.pd(), r.utcbVa(), 1, 0, Root.DEAD_EVT), "create_ec");
        return new long[] {global, r.localEc(0, r.utcbVa())};
    }

    /**
     * Uses up kernel memory with semaphores: first at consecutive selectors (objects and storage),
     * then inside one pre-allocated storage chunk, so that at the end not even one more semaphore
     * fits. Returns a null selector whose storage exists (the next slot of that chunk).
     */
    static long exhaust(Root r, List<Long> filled) {
        Root.expect(Hypercalls.createSm(r.ctx, HOLE_CHUNK, r.pd(), 0), "chunk");
        Status s = SUCCESS;
        for (long sel = FILL; s == SUCCESS; sel++) {
            s = Hypercalls.createSm(r.ctx, sel, r.pd(), 0);
            if (s == SUCCESS) filled.add(sel);
            else if (s != MEM_OBJ && s != MEM_CAP) throw new IllegalStateException("filling: " + s);
        }
        long hole = HOLE_CHUNK + 1;
        while ((s = Hypercalls.createSm(r.ctx, hole, r.pd(), 0)) == SUCCESS) hole++;
        if (s != MEM_OBJ) throw new IllegalStateException("filling the chunk ended with " + s);
        return hole;
    }

    @ParameterizedTest(name = "create_{0}")
    @EnumSource(Create.class)
    @DisplayName("§5.3 create_* MEM_OBJ: insufficient memory for the object (capability storage present)")
    void create_outOfObjectMemory_memObj(Create what) {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long[] prepared = prepare(r);
            long hole = exhaust(r, new ArrayList<>());
            log.add(what.invoke(r, hole, prepared));
        });
        assertEquals(List.of(MEM_OBJ), log.entries());
    }

    @ParameterizedTest(name = "create_{0}")
    @EnumSource(Create.class)
    @DisplayName("§5.3 create_* MEM_CAP: the object fits but its capability needs storage that does not")
    void create_outOfCapabilityMemory_memCap(Create what) {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long[] prepared = prepare(r);
            List<Long> filled = new ArrayList<>();
            exhaust(r, filled);
            // free semaphores one by one (from full chunks, so no storage is freed) until the
            // object alone fits: the first status that is not MEM_OBJ must be MEM_CAP
            Status s = MEM_OBJ;
            for (int i = 1; s == MEM_OBJ && i < 200; i++) {
                long victim = filled.get(filled.size() / 2 + i);
                Root.expect(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), r.sel(), victim, 0, Perm.ALL, 0), "free");
                s = what.invoke(r, FRESH, prepared);
            }
            log.add(s);
        });
        assertEquals(List.of(MEM_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd MEM_CAP: a partial failure — destinations before the first storage failure were granted")
    void ctrlPd_outOfCapabilityMemory_memCapPartial() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            // source: 2^10 selectors, a semaphore in the first and the last, nulls between
            long src = 0x7000, dst = 0x6000;
            Root.expect(Hypercalls.createSm(r.ctx, src, r.pd(), 0), "sm first");
            Root.expect(Hypercalls.createSm(r.ctx, src + 1023, r.pd(), 0), "sm last");
            // destination: its first storage chunk exists (a PD capability copy), the rest does not
            Root.expect(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), r.pd(), dst, 0, Perm.ALL, 0), "pd copy");
            exhaust(r, new ArrayList<>());
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), src, dst, 10, Perm.ALL, 0));
            log.add(Hypercalls.smUp(r.ctx, dst));          // granted: now the semaphore
            log.add(Hypercalls.smUp(r.ctx, dst + 1023));   // storage could not be allocated
        });
        assertEquals(List.of(MEM_CAP, SUCCESS, BAD_CAP), log.entries());
    }
}
