package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.PlatformConfig;
import nova.kernel.UserContext;
import org.junit.jupiter.api.Test;

/** Scheduling (§2.3): priorities, round robin by budget, donation accounting, idle SCs, per-CPU queues. */
class SchedulerTest {
    static final long EVT = 0x100, SM = 40;
    static final long UTCB = 0x200000;

    /** Root sets up the startup portal (H1): new global ECs start at the IP given as their SP. */
    static void startupPortal(UserContext c) {
        assertEquals(0, Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, UTCB, 0, 0));
        assertEquals(0, Hc.createPt(c, EVT + Ipc.EVT_STARTUP, Hc.ROOT_PD, 20, Root.H1));
        assertEquals(0, Hc.ctrlPt(c, EVT + Ipc.EVT_STARTUP, 0, Ipc.MTD_EL0_SP));
    }

    static void startupHandler(UserContext c) {
        c.write64(UTCB + Ipc.U_ELR, c.read64(UTCB + Ipc.U_SP_EL0));
        Hc.reply(c, Ipc.MTD_EL2_ELR_SPSR);
    }

    static void global(UserContext c, long sel, int cpu, long ip, int prio, int budgetMs) {
        assertEquals(0, Hc.createEc(c, sel, Hc.ROOT_PD, 2, cpu, UTCB + ((sel - 20) << 12) + 0x10000, ip, EVT));
        assertEquals(0, Hc.createSc(c, sel + 1, Hc.ROOT_PD, sel, prio, budgetMs));
    }

    @Test
    void equalPrioritiesRoundRobinByBudget_2_3() {
        List<String> log = new ArrayList<>();
        Root.run(c -> {
            startupPortal(c);
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            global(c, 30, 0, Root.H2, 5, 1);
            global(c, 32, 0, Root.H3, 5, 1);
            Hc.down(c, SM, false, c.stc() + 10_000_000);     // let them run 10 ms
        }, SchedulerTest::startupHandler, c -> spin(c, "A", log), c -> spin(c, "B", log));
        // with 1 ms budgets A and B alternate: the log switches owner several times
        int switches = 0;
        for (int i = 1; i < log.size(); i++) if (!log.get(i).equals(log.get(i - 1))) switches++;
        assertTrue(switches >= 6, "switches " + switches);
        assertTrue(log.size() > 100);
    }

    static void spin(UserContext c, String who, List<String> log) {
        for (;;) {
            Hc.ctrlSc(c, 0xdead);   // a hypercall: time passes
            log.add(who);
        }
    }

    @Test
    void higherPriorityAlwaysPreempts_2_3() {
        List<String> log = new ArrayList<>();
        Root.run(c -> {
            startupPortal(c);
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            Hc.createSm(c, SM + 1, Hc.ROOT_PD, 0);
            global(c, 30, 0, Root.H2, 5, 100);     // low: spins
            global(c, 32, 0, Root.H3, 9, 100);     // high: waits on SM+1, then logs
            Hc.down(c, SM, false, c.stc() + 1_000_000);
            log.add("root up");
            Hc.up(c, SM + 1);
            Hc.down(c, SM, false, c.stc() + 1_000_000);
        }, SchedulerTest::startupHandler, c -> {
            for (;;) {
                Hc.ctrlSc(c, 0xdead);
                if (log.isEmpty() || !log.getLast().equals("low")) log.add("low");
            }
        }, c -> {
            Hc.down(c, SM + 1, false, 0);
            log.add("high");
            Hc.down(c, SM + 1, false, 0);
        });
        assertEquals(List.of("low", "root up", "high", "low"), log);
    }

    @Test
    void donatedTimeIsChargedToTheDonorAndReportedByCtrlSc_5_4_3() {
        long[] v = new long[4];
        Root.run(c -> {
            assertEquals(0, Hc.createEc(c, 10, Hc.ROOT_PD, 0, 0, 0x300000, 0, 0));
            assertEquals(0, Hc.createPt(c, 11, Hc.ROOT_PD, 10, Root.H1));
            assertEquals(0, Hc.ctrlSc(c, Hc.ROOT_SC));
            v[0] = c.x(1);
            Hc.call(c, 11, 0, false);
            assertEquals(0, Hc.ctrlSc(c, Hc.ROOT_SC));
            v[1] = c.x(1);
            assertEquals(Hypercalls.BAD_CAP, Hc.ctrlSc(c, Hc.ROOT_EC));
            // idle SCs in the NOVA object space report the idle time of their CPU (§6.1.3.1)
            assertEquals(0, Hc.ctrlPd(c, Hc.NOVA_OBJ, Hc.ROOT_OBJ, 0, 60, 2, 31, 0));
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            Hc.down(c, SM, false, c.stc() + 1_000_000);      // 1 ms in which every CPU idles
            assertEquals(0, Hc.ctrlSc(c, 61));
            v[2] = c.x(1);
        }, c -> {
            for (int i = 0; i < 1000; i++) c.read64(0x300000);   // 1000 memory accesses in the handler
            Hc.reply(c, 0);
        });
        long handlerCost = v[1] - v[0];
        assertTrue(handlerCost >= 1000 + 100, "handler time charged to the caller's SC: " + handlerCost);
        assertTrue(v[2] >= 900_000, "CPU 1 was idle: " + v[2]);
    }

    @Test
    void badCpuAcrossCpus_5_2_1() {
        int[] st = new int[1];
        Root.run(c -> {
            assertEquals(0, Hc.createEc(c, 10, Hc.ROOT_PD, 0, 1, 0x300000, 0, 0));
            assertEquals(0, Hc.createPt(c, 11, Hc.ROOT_PD, 10, Root.H1));
            st[0] = Hc.call(c, 11, 0, false);
        }, c -> Hc.reply(c, 0));
        assertEquals(Hypercalls.BAD_CPU, st[0]);
    }

    @Test
    void cpusRunInParallelSimulatedTime() {
        long[] end = new long[3];
        Root r = Root.run(new PlatformConfig(2, 16 << 20, 1_000_000_000L), c -> {
            startupPortal(c);
            Hc.createEc(c, 21, Hc.ROOT_PD, 0, 1, UTCB + 0x1000, 0, 0);
            Hc.createPt(c, EVT + 0x200 + Ipc.EVT_STARTUP, Hc.ROOT_PD, 21, Root.H4);
            Hc.ctrlPt(c, EVT + 0x200 + Ipc.EVT_STARTUP, 0, Ipc.MTD_EL0_SP);
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            global(c, 30, 0, Root.H2, 5, 10);
            assertEquals(0, Hc.createEc(c, 32, Hc.ROOT_PD, 2, 1, UTCB + 0x20000, Root.H3, EVT + 0x200));
            assertEquals(0, Hc.createSc(c, 33, Hc.ROOT_PD, 32, 5, 10));
            Hc.down(c, SM, false, 0);
            Hc.down(c, SM, false, 0);
            end[2] = c.stc();
        }, SchedulerTest::startupHandler, c -> work(c, end, 0), c -> work(c, end, 1), c -> {
            c.write64(UTCB + 0x1000 + Ipc.U_ELR, c.read64(UTCB + 0x1000 + Ipc.U_SP_EL0));
            Hc.reply(c, Ipc.MTD_EL2_ELR_SPSR);
        });
        // both did 10000 hypercalls (1 ms of work each) on different CPUs: about 1 ms passed, not 2
        assertTrue(end[2] < 1_600_000, "STC " + end[2]);
        assertTrue(end[0] > 1_000_000 && end[1] > 1_000_000);
        assertNotNull(r);
    }

    static void work(UserContext c, long[] end, int i) {
        for (int n = 0; n < 10_000; n++) Hc.ctrlSc(c, 0xdead);
        end[i] = c.stc();
        Hc.up(c, SM);
    }
}
