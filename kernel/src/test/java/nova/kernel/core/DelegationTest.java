package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.PlatformConfig;
import org.junit.jupiter.api.Test;

/** ctrl_pd (§5.4.1): delegation, permission masking, revocation, alignment, MAD, partial failure. */
class DelegationTest {
    static final long CHILD = 100, CHILD_OBJ = 101, CHILD_HST = 102, ROOT_HST = 90, NOVA_HST = 91;

    @Test
    void objectCapabilitiesAreMaskedAndRevoked() {
        Root r = Root.run(c -> {
            assertEquals(0, Hc.createSm(c, 8, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, CHILD, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, CHILD_OBJ, CHILD, 1));
            // delegate selectors 8..15 into the child's 16..23 with only CTRLDN
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_OBJ, 8, 16, 3, Perms.SM_DN, 0));
        });
        ObjSpace child = ((Pd) r.kernel.rootPd.obj.get(CHILD)).obj;
        assertSame(r.kernel.rootPd.obj.get(8), child.get(16));
        assertEquals(Perms.SM_DN, child.perms(16));
        for (int i = 17; i < 24; i++) assertNull(child.get(i));

        Root r2 = Root.run(c -> {
            assertEquals(0, Hc.createSm(c, 8, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, CHILD, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, CHILD_OBJ, CHILD, 1));
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_OBJ, 8, 16, 0, 31, 0));
            // masking to zero permissions yields a null capability, which revokes (§5.4.1)
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_OBJ, 8, 16, 0, Perms.SM_ASSIGN, 0));
            // revoking the root's own semaphore capability destroys the semaphore
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 4096, 8, 0, 31, 0));
            assertEquals(Status5.BAD_CAP, Hc.up(c, 8));
        });
        assertNull(((Pd) r2.kernel.rootPd.obj.get(CHILD)).obj.get(16));
    }

    @Test
    void revokedCycleStaysAccounted() {
        Root r = Root.run(c -> {
            assertEquals(0, Hc.createPd(c, 16, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, 17, 16, 1));
            assertEquals(0, Hc.createPd(c, 18, 16, 2));
            assertEquals(0, Hc.createEc(c, 19, 16, 0, 0, 0x300000, 0, 0));
            assertEquals(0, Hc.createPt(c, 20, 16, 19, Root.H1));
            // the child's object space holds a portal of the child's own EC: a reference cycle
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, 17, 20, 0, 0, 31, 0));
            // from the NOVA object space (idle SCs at 0..3) over everything, as a fuzz test did
            assertEquals(0, Hc.ctrlPd(c, Hc.NOVA_OBJ, Hc.ROOT_OBJ, 0, 0, 13, 0xb, 0));
        });
        assertEquals("", r.kernel.checkInvariants());
        assertNull(r.kernel.rootPd.obj.get(16));
        assertTrue(r.kernel.live.stream().anyMatch(o -> o instanceof Pd p && !p.root), "the cycle lives on, accounted");
    }

    @Test
    void rightsChecksAndParameterErrors_5_4_1() {
        List<Integer> st = new ArrayList<>();
        Root.run(c -> {
            assertEquals(0, Hc.createPd(c, CHILD, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, CHILD_OBJ, CHILD, 1));
            assertEquals(0, Hc.createPd(c, CHILD_HST, CHILD, 2));
            Root.takeRootHostSpace(c, ROOT_HST);
            st.add(Hc.ctrlPd(c, Hc.NOVA_OBJ, Hc.NOVA_OBJ, 0, 0, 0, 31, 0));        // NOVA space has no GRANT
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_HST, 0, 0, 0, 31, 0));         // object → host: incompatible
            st.add(Hc.ctrlPd(c, ROOT_HST, CHILD_OBJ, 0, 0, 0, 31, 0));            // host → object: incompatible
            st.add(Hc.ctrlPd(c, 77, CHILD_OBJ, 0, 0, 0, 31, 0));                  // null source
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_OBJ, 4, 0, 3, 31, 0));          // ssb not order-aligned
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_OBJ, 0, 4, 3, 31, 0));          // dsb not order-aligned
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, CHILD_OBJ, 0, 0, 21, 31, 0));         // beyond SELNUM
            st.add(Hc.ctrlPd(c, ROOT_HST, CHILD_HST, 0, 1L << 36, 31, 31, 0));      // beyond the host range
            Root.takeNovaHostSpace(c, NOVA_HST);
            st.add(Hc.ctrlPd(c, NOVA_HST, CHILD_HST, 0x100, 0, 0, 31, 4));         // MAD CA=4 reserved
            st.add(Hc.ctrlPd(c, NOVA_HST, CHILD_HST, 0x100, 0, 0, 31, 1 << 3));    // MAD SH=1 reserved
            st.add(Hc.ctrlPd(c, ROOT_HST, CHILD_HST, 0x100, 0, 0, 31, 4));         // MAD ignored for a non-NOVA source
        });
        assertEquals(List.of(5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 0), st);
    }

    @Test
    void memoryDelegationAndExecutionFollowMappings_2_1_2() {
        List<String> log = new ArrayList<>();
        long childUtcb = 0x7000_0000L, codePage = Root.BASE >>> 12;
        Root.run(c -> {
            assertEquals(0, Hc.createPd(c, CHILD, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createPd(c, CHILD_OBJ, CHILD, 1));
            assertEquals(0, Hc.createPd(c, CHILD_HST, CHILD, 2));
            Root.takeRootHostSpace(c, ROOT_HST);
            // a local EC of the child with a portal at H1: the child's host space maps nothing yet
            assertEquals(0, Hc.createEc(c, 110, CHILD, 0, 0, childUtcb, 0, 0));
            assertEquals(0, Hc.createPt(c, 111, CHILD, 110, Root.H1));
            log.add("no code " + Hc.call(c, 111, 0, false));                // callee killed: ABORTED
            assertEquals(0, Hc.createEc(c, 112, CHILD, 0, 0, childUtcb + 0x1000, 0, 0));
            assertEquals(0, Hc.createPt(c, 113, CHILD, 112, Root.H1));
            // delegate the code page readable but not executable: still no code
            assertEquals(0, Hc.ctrlPd(c, ROOT_HST, CHILD_HST, codePage, codePage, 0, Perms.MEM_R, 0));
            log.add("not executable " + Hc.call(c, 113, 0, false));
            assertEquals(0, Hc.createEc(c, 114, CHILD, 0, 0, childUtcb + 0x2000, 0, 0));
            assertEquals(0, Hc.createPt(c, 115, CHILD, 114, Root.H1));
            assertEquals(0, Hc.ctrlPd(c, ROOT_HST, CHILD_HST, codePage, codePage, 0, Perms.MEM_R | Perms.MEM_XU, 0));
            // share a data page writable at another address
            long data = codePage + 1;
            assertEquals(0, Hc.ctrlPd(c, ROOT_HST, CHILD_HST, data, 0x5000, 0, Perms.MEM_R | Perms.MEM_W, 0));
            c.write64(data << 12, 5);
            log.add("call " + Hc.call(c, 115, 0, false) + " data " + c.read64(data << 12));
            // UTCBs are the kernel's: they are not delegated, and delegation does not overwrite them
            assertEquals(0, Hc.ctrlPd(c, ROOT_HST, CHILD_HST, Boot.ROOT_UTCB_VA >>> 12, childUtcb >>> 12, 0, 31, 0));
        }, c -> {
            c.write64(0x5000L << 12, c.read64(0x5000L << 12) * 7);
            Hc.reply(c, 0);
        });
        assertEquals(List.of("no code 2", "not executable 2", "call 0 data 35"), log);
    }

    @Test
    void novaHostSpaceDelegationUsesMadAndPhysicalPages_5_4_1() {
        long[] seen = new long[2];
        Root r = Root.run(c -> {
            Root.takeNovaHostSpace(c, NOVA_HST);
            Root.takeRootHostSpace(c, ROOT_HST);
            long pa = 0x300000;   // a free physical page
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, pa >>> 12, 0x40000, 0, Perms.MEM_R | Perms.MEM_W, 0x5));
            c.write64(0x40000L << 12, 0xabcdef);
            // the kernel pool is protected: delegating it grants nothing
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, seen.length == 2 ? (60L << 20) >>> 12 : 0, 0x40001, 0, 31, 0x7));
        });
        MemSpace h = r.kernel.rootPd.hst;
        long e = h.lookup(0x40000);
        assertEquals(0x300000, e & MemSpace.PA_MASK);
        assertEquals(0x5, (e >>> MemSpace.MAD_SHIFT) & 0x1f, "attributes from the MAD");
        assertEquals(0xabcdef, r.kernel.mem.get64(0x300000));
        assertEquals(0, h.lookup(0x40001), "pool page not delegable");
    }

    @Test
    void memCapIsAPartialFailure_5_4_1() {
        int[] st = new int[1];
        Root r = Root.run(new PlatformConfig(1, 1 << 20, 1_000_000_000L), c -> {
            Root.takeNovaHostSpace(c, NOVA_HST);
            Root.takeRootHostSpace(c, ROOT_HST);
            // 2^20 pages need far more table memory than the 256 KiB pool holds
            st[0] = Hc.ctrlPd(c, NOVA_HST, ROOT_HST, 0, 1L << 20, 20, Perms.MEM_R, 0x7);
        });
        assertEquals(Hypercalls.MEM_CAP, st[0]);
        MemSpace h = r.kernel.rootPd.hst;
        assertEquals(Perms.MEM_R, h.lookup((1L << 20) + 0x100) & 0xf, "granted up to the failure");
        assertEquals(0, h.lookup((1L << 20) + (1 << 19)), "nothing after the failure");
    }

    @Test
    void hugeSparseRangesCostTimeOnlyWhereCapabilitiesExist() {
        long t0 = System.nanoTime();
        Root.run(c -> {
            Root.takeRootHostSpace(c, ROOT_HST);
            for (int i = 0; i < 20; i++)
                assertEquals(0, Hc.ctrlPd(c, ROOT_HST, ROOT_HST, 1L << 33, 1L << 34, 31, 31, 0));
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 0, 1 << 18, 18, 31, 0));
            Root.takeNovaHostSpace(c, NOVA_HST);
            // a dense source masked to nothing revokes only what exists
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, 0, 1L << 33, 31, 0, 0));
        });
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
    }

    /** Status codes by name for readability. */
    static final class Status5 {
        static final int BAD_CAP = 5;
    }
}
