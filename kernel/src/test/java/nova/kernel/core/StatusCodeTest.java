package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.PlatformConfig;
import org.junit.jupiter.api.Test;

/** White-box checks of the §5 status bullets, with the kernel state behind them. */
class StatusCodeTest {
    static final int SUCCESS = 0, TIMEOUT = 1, ABORTED = 2, OVRFLOW = 3, BAD_HYP = 4, BAD_CAP = 5, BAD_PAR = 6, BAD_FTR = 7,
            BAD_CPU = 8, BAD_DEV = 9, MEM_OBJ = 10, MEM_CAP = 11;

    @Test
    void createPd_5_3_1() {
        List<Integer> st = new ArrayList<>();
        Root r = Root.run(c -> {
            st.add(Hc.createPd(c, 10, Hc.ROOT_PD, 0));
            st.add(Hc.createPd(c, 10, Hc.ROOT_PD, 0));                 // sel not null
            st.add(Hc.createPd(c, 11, Hc.ROOT_EC, 0));                 // not a PD capability
            st.add(Hc.createPd(c, 11, Hc.ROOT_PD, 7));                 // invalid OP
            st.add(Hc.createPd(c, 11, Hc.ROOT_PD, 5));                 // PIO space: not on Arm
            st.add(Hc.createPd(c, 11, Hc.ROOT_PD, 6));                 // MSR space: not on Arm
            st.add(Hc.createPd(c, 11, 10, 1));                         // object space for the child
            st.add(Hc.createPd(c, 12, 10, 1));                         // a second one cannot bind
            st.add(Hc.createPd(c, 12, 10, 2));
            st.add(Hc.createPd(c, 13, 10, 2));                         // a second host space cannot bind
            st.add(Hc.createPd(c, 13, 10, 3));                         // guest spaces: many
            st.add(Hc.createPd(c, 14, 10, 3));
            st.add(Hc.createPd(c, 15, 10, 4));                         // DMA space: no SMMU on this platform
            // a PD capability without PD permission
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 10, 16, 0, Perms.PD_EC, 0));
            st.add(Hc.createPd(c, 17, 16, 0));
            st.add(Hc.createPd(c, Kernel.SELNUM, Hc.ROOT_PD, 0));      // selector beyond SELNUM
        });
        assertEquals(List.of(SUCCESS, BAD_CAP, BAD_CAP, BAD_PAR, BAD_FTR, BAD_FTR, SUCCESS, ABORTED, SUCCESS, ABORTED, SUCCESS, SUCCESS,
                BAD_FTR, SUCCESS, BAD_CAP, BAD_CAP), st);
        ObjSpace o = r.kernel.rootPd.obj;
        assertEquals(Perms.PD_ALL, o.perms(10), "new PD inherits the permissions of the PD capability");
        Pd child = (Pd) o.get(10);
        assertSame(child.obj, o.get(11));
        assertEquals(2, child.others.size());
        assertEquals(Perms.GST_ALL, o.perms(13));
        assertNull(o.get(15));
    }

    @Test
    void createEc_5_3_2() {
        List<Integer> st = new ArrayList<>();
        Root r = Root.run(c -> {
            Hc.createPd(c, 10, Hc.ROOT_PD, 0);
            st.add(Hc.createEc(c, 20, 10, 0, 0, 0x300000, 0, 0));           // PD without spaces
            st.add(Hc.createEc(c, 20, Hc.ROOT_PD, 0, 4, 0x300000, 0, 0));   // CPU 4 of 4
            st.add(Hc.createEc(c, 20, Hc.ROOT_PD, 1, 0, 0x300000, 0, 0));   // vCPU
            st.add(Hc.raw(c, 3, 0, 20, Hc.ROOT_PD, 1L << 48, 0, 0));         // UTCB beyond the user range
            st.add(Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, Boot.ROOT_UTCB_VA, 0, 0));   // on the root's UTCB
            st.add(Hc.createEc(c, 20, Hc.ROOT_PD, 4, 3, 0x300000, 0x777, 0x55));      // F=1 local EC
            st.add(Hc.createEc(c, 21, Hc.ROOT_PD, 0, 0, 0x300000, 0, 0));   // same UTCB address
        });
        assertEquals(List.of(ABORTED, BAD_CPU, BAD_FTR, BAD_PAR, ABORTED, SUCCESS, ABORTED), st);
        Ec e = (Ec) r.kernel.rootPd.obj.get(20);
        assertEquals(3, e.cpu);
        assertTrue(e.fpu);
        assertFalse(e.global);
        assertEquals(0x777, e.sp);
        assertEquals(0x55, e.evtBase);
        assertEquals(e.utcbPa, r.kernel.rootPd.hst.lookup(0x300) & MemSpace.PA_MASK, "UTCB mapped at hvp");
        assertTrue(r.kernel.isProtectedPage(e.utcbPa >>> 12), "UTCB is kernel memory");
    }

    @Test
    void createScAndPt_5_3_3_and_5_3_4() {
        List<Integer> st = new ArrayList<>();
        Root.run(c -> {
            Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, 0x300000, 0, 0);      // local
            Hc.createEc(c, 21, Hc.ROOT_PD, 2, 0, 0x301000, 0, 0x1000); // global
            st.add(Hc.createSc(c, 30, Hc.ROOT_PD, 20, 1, 1));           // local thread: BAD_CAP
            st.add(Hc.createSc(c, 30, Hc.ROOT_PD, 21, 0, 1));           // prio 0
            st.add(Hc.createSc(c, 30, Hc.ROOT_PD, 21, 1, 0));           // budget 0
            st.add(Hc.raw(c, 4, 0, 30, Hc.ROOT_PD, 21, 1L << 23 | 1L << 16 | 1));   // COS 1 unsupported
            st.add(Hc.createSc(c, 30, Hc.ROOT_PD, 21, 1, 1));
            st.add(Hc.createSc(c, 31, Hc.ROOT_PD, 21, 1, 1));           // already bound: ABORTED
            st.add(Hc.createSc(c, 31, Hc.ROOT_PD, Hc.ROOT_SC, 1, 1));   // not an EC
            st.add(Hc.createPt(c, 40, Hc.ROOT_PD, 21, 0));              // global thread: BAD_CAP
            st.add(Hc.createPt(c, 40, Hc.ROOT_PD, 20, 0x1234));
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 20, 41, 0, Perms.EC_CTRL, 0));
            st.add(Hc.createPt(c, 42, Hc.ROOT_PD, 41, 0));              // no BINDPT
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, Hc.ROOT_PD, 43, 0, Perms.PD_SM, 0));
            st.add(Hc.createPt(c, 42, 43, 20, 0));                      // no PT permission on the PD
            st.add(Hc.createSm(c, 42, 43, 5));
        });
        assertEquals(List.of(BAD_CAP, BAD_PAR, BAD_PAR, BAD_PAR, SUCCESS, ABORTED, BAD_CAP, BAD_CAP, SUCCESS, SUCCESS, BAD_CAP, SUCCESS,
                BAD_CAP, SUCCESS), st);
    }

    @Test
    void semaphores_5_4_5() {
        List<Integer> st = new ArrayList<>();
        Root r = Root.run(c -> {
            Hc.createSm(c, 10, Hc.ROOT_PD, 3);
            st.add(Hc.down(c, 10, false, 0));                          // 3 → 2
            st.add(Hc.down(c, 10, true, 0));                           // Z: 2 → 0
            st.add(Hc.down(c, 10, false, 1));                          // 0 and timeout in the past
            Hc.createSm(c, 11, Hc.ROOT_PD, -2L);
            st.add(Hc.up(c, 11));                                      // → 2^64-1
            st.add(Hc.up(c, 11));                                      // would wrap: OVRFLOW
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 10, 12, 0, Perms.SM_UP, 0));
            st.add(Hc.down(c, 12, false, 0));                          // no CTRLDN
            st.add(Hc.up(c, 12));
            st.add(Hc.up(c, Hc.ROOT_PD));                              // not a semaphore
        });
        assertEquals(List.of(SUCCESS, SUCCESS, TIMEOUT, SUCCESS, OVRFLOW, SUCCESS, BAD_CAP, SUCCESS, BAD_CAP), st);
        assertEquals(1, ((Sm) r.kernel.rootPd.obj.get(10)).counter);
        assertEquals(-1L, ((Sm) r.kernel.rootPd.obj.get(11)).counter);
    }

    @Test
    void semaphoreReleasesInFifoOrder_5_4_5() {
        List<String> log = new ArrayList<>();
        Root.run(c -> {
            SchedulerTest.startupPortal(c);
            Hc.createSm(c, SchedulerTest.SM, Hc.ROOT_PD, 0);
            Hc.createSm(c, 50, Hc.ROOT_PD, 0);
            // three waiters of different priorities block in the order C, A, B
            SchedulerTest.global(c, 30, 0, Root.H4, 3, 5);
            Hc.down(c, SchedulerTest.SM, false, c.stc() + 100_000);
            SchedulerTest.global(c, 32, 0, Root.H2, 9, 5);
            Hc.down(c, SchedulerTest.SM, false, c.stc() + 100_000);
            SchedulerTest.global(c, 34, 0, Root.H3, 6, 5);
            Hc.down(c, SchedulerTest.SM, false, c.stc() + 100_000);
            for (int i = 0; i < 3; i++) {
                Hc.up(c, 50);
                Hc.down(c, SchedulerTest.SM, false, c.stc() + 100_000);
            }
        }, SchedulerTest::startupHandler, c -> {
            Hc.down(c, 50, false, 0);
            log.add("A");
        }, c -> {
            Hc.down(c, 50, false, 0);
            log.add("B");
        }, c -> {
            Hc.down(c, 50, false, 0);
            log.add("C");
        });
        assertEquals(List.of("C", "A", "B"), log);
    }

    @Test
    void ipcStatuses_5_2_1() {
        List<Integer> st = new ArrayList<>();
        Root.run(c -> {
            Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, 0x300000, 0, 0);
            Hc.createPt(c, 21, Hc.ROOT_PD, 20, Root.H1);
            st.add(Hc.call(c, 21, 0, false));                          // handler dies: ABORTED
            st.add(Hc.call(c, 21, 0, false));                          // callee dead: ABORTED
            st.add(Hc.call(c, Hc.ROOT_EC, 0, false));                  // not a portal
            st.add(Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 21, 22, 0, Perms.PT_CTRL, 0));
            st.add(Hc.call(c, 22, 0, false));                          // no CALL permission
            st.add(Hc.ctrlPt(c, 22, 1, 2));
            st.add(Hc.ctrlPt(c, 20, 1, 2));                            // not a portal
            st.add(Hc.raw(c, 0xf, 0, 0));                              // reserved hypercall number
            st.add(Hc.raw(c, 0xc, 0, 0));                              // ctrl_hw S-state: no ACPI here
            st.add(Hc.raw(c, 0xc, 1, 0));                              // invalid OP
            st.add(Hc.raw(c, 0xe, 0, 0, 0, 0));                        // assign_dev: no DMA space cap
            st.add(Hc.createPd(c, 30, Hc.ROOT_PD, 4));                 // no DMA spaces without an SMMU
            st.add(Hc.raw(c, 0xd, 0, 0, 0));                           // assign_int on a non-interrupt cap
        }, c -> {
            throw new IllegalStateException("handler bug");
        });
        assertEquals(List.of(ABORTED, ABORTED, BAD_CAP, SUCCESS, BAD_CAP, SUCCESS, BAD_CAP, BAD_HYP, BAD_FTR, BAD_PAR, BAD_CAP, BAD_FTR,
                BAD_CAP), st);
    }

    @Test
    void ctrlHwAndAssignDevAreRootOnly_5_5() {
        List<Integer> st = new ArrayList<>();
        Root.run(c -> {
            Hc.createPd(c, 10, Hc.ROOT_PD, 0);
            Hc.createPd(c, 11, 10, 1);
            Hc.createPd(c, 12, 10, 2);
            Root.takeRootHostSpace(c, 13);
            long code = Root.BASE >>> 12;
            Hc.ctrlPd(c, 13, 12, code, code, 0, Perms.MEM_R | Perms.MEM_XU, 0);
            Hc.createEc(c, 20, 10, 0, 0, 0x300000, 0, 0);
            Hc.createPt(c, 21, 10, 20, Root.H1);
            st.add(Hc.call(c, 21, 0, false));
            st.add((int) c.read64(Boot.ROOT_UTCB_VA));
            st.add((int) c.read64(Boot.ROOT_UTCB_VA + 8));
        }, c -> {
            c.write64(0x300000, Hc.raw(c, 0xc, 0, 0));
            c.write64(0x300008, Hc.raw(c, 0xe, 0, 0));
            Hc.reply(c, 1);
        });
        assertEquals(List.of(SUCCESS, BAD_HYP, BAD_HYP), st);
    }

    @Test
    void assignInt_5_5_2() {
        List<Long> st = new ArrayList<>();
        Root r = Root.run(c -> {
            assertEquals(0, Hc.ctrlPd(c, Hc.NOVA_OBJ, Hc.ROOT_OBJ, Kernel.INT_SEL_BASE, 64, 2, 31, 0));
            st.add((long) Hc.raw(c, 0xd, 0b0110, 65, 9));              // CPU 9 of 4
            st.add((long) Hc.raw(c, 0xd, 0b0110, 65, 2, 0x1234));
            st.add(c.x(1) << 32 | c.x(2));                             // pin: MSI address and data are 0
            st.add((long) Hc.down(c, 65, false, 1));                  // routed to CPU 2, we are on CPU 0
            st.add((long) Hc.raw(c, 0xb, 0, 65));                      // interrupt semaphores have no CTRLUP
        });
        assertEquals(List.of((long) BAD_CPU, (long) SUCCESS, 0L, (long) BAD_CPU, (long) BAD_CAP), st);
        Sm sm = r.kernel.irqSm[1];
        assertEquals(2, sm.irqCpu);
        assertFalse(sm.masked);
        assertTrue(sm.level);
        assertTrue(sm.activeLow);
        assertFalse(sm.guest);
    }

    @Test
    void revokingTheScOfABlockedEcDestroysItCleanly() {
        Root r = Root.run(c -> {
            SchedulerTest.startupPortal(c);
            Hc.createSm(c, 50, Hc.ROOT_PD, 0);
            SchedulerTest.global(c, 30, 0, Root.H2, 5, 5);
            Hc.createSm(c, SchedulerTest.SM, Hc.ROOT_PD, 0);
            Hc.down(c, SchedulerTest.SM, false, c.stc() + 100_000);   // the global EC blocks on 50 with a timeout
            // revoke the EC and SC capabilities: the EC dies and leaves the semaphore queue
            assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 4096, 30, 1, 31, 0));
            assertEquals(0, Hc.up(c, 50));
        }, SchedulerTest::startupHandler, c -> {
            Hc.down(c, 50, false, c.stc() + 50_000_000);
            fail("never woken");
        });
        Sm sm = (Sm) r.kernel.rootPd.obj.get(50);
        assertNull(sm.head);
        assertEquals(1, sm.counter, "the up found no waiter");
        for (CpuState cpu : r.kernel.sched.cpus) assertEquals(0, cpu.heapSize);
    }

    @Test
    void memObjWhenThePoolIsExhausted_5_3() {
        int[] counts = new int[2];
        Root r = Root.run(new PlatformConfig(1, 1 << 20, 1_000_000_000L), c -> {
            long sel = 0;
            int s;
            while ((s = Hc.createSm(c, sel, Hc.ROOT_PD, 0)) == SUCCESS) sel++;
            counts[0] = (int) sel;
            counts[1] = s;
        });
        assertTrue(counts[0] > 100);
        assertTrue(counts[1] == MEM_OBJ || counts[1] == MEM_CAP, "status " + counts[1]);
        assertTrue(r.kernel.pool.limit() - r.kernel.pool.used() < 4096 + KernelPool.SM_BYTES);
    }

    @Test
    void recallAndPoison_5_4_2() {
        List<String> log = new ArrayList<>();
        Root r = Root.run(c -> {
            Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, 0x300000, 0, 0);
            Hc.createPt(c, Ipc.EVT_RECALL, Hc.ROOT_PD, 20, Root.H1);      // root's SELEVT is 0
            Hc.ctrlPt(c, Ipc.EVT_RECALL, 0x99, Ipc.MTD_GPR);
            c.setX(7, 7);
            log.add("recall " + Hc.ctrlEc(c, Hc.ROOT_EC, false));     // delivered as the hypercall returns
            log.add("x7 " + c.x(7));
            Hc.createEc(c, 21, Hc.ROOT_PD, 0, 0, 0x301000, 0, 0);
            Hc.createPt(c, 22, Hc.ROOT_PD, 21, Root.H2);
            log.add("strong " + Hc.ctrlEc(c, 21, true));
            log.add("call " + Hc.call(c, 22, 0, false));
        }, c -> {
            long x7 = c.read64(0x300000 + 7 * 8);
            log.add("recall pid " + Long.toHexString(c.x(0)) + " x7 " + x7);
            c.write64(0x300000 + 7 * 8, 70);
            Hc.reply(c, x7 == 7 ? Ipc.MTD_GPR : Ipc.MTD_POISON);      // the second recalled EC is poisoned
        }, c -> {
            c.setX(7, 0);
            Hc.ctrlSc(c, 0xdead);                                       // leaving the kernel: the recall is delivered
            log.add("poisoned EC continued");
            Hc.reply(c, 0);
        });
        assertEquals(List.of("recall pid 99 x7 7", "recall 0", "x7 70", "strong 0", "recall pid 99 x7 0", "call 2"), log);
        assertEquals(1, r.kernel.stats.kills);
    }
}
