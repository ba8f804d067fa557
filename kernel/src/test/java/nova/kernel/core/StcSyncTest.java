package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.TestAccess;
import nova.kernel.UserCode;
import nova.kernel.UserContext;
import org.junit.jupiter.api.Test;

/**
 * §3.1.5: the STC is one clock synchronized across CPUs. Cross-CPU effects arrive at the sender's
 * time (never earlier, and promptly: idle CPUs advance with the clock), timeouts fire at their STC
 * value even while other CPUs are busy (§5.4.5), and busy CPUs advance in lockstep.
 */
class StcSyncTest {
    static final long BASE = 0x100000, STARTUP = BASE + 0x100, W1 = BASE + 0x200, W2 = BASE + 0x300, W3 = BASE + 0x400;
    static final long UTCB_LOCAL = 0x200000, UTCB_GLOBAL = 0x210000;
    static final long SM = 40, DONE = 41;
    static final long HYPERCALL = 100;          // ticks at 1 GHz
    static final long QUANTUM = 1_000;          // the scheduler's slice: 1 µs at 1 GHz
    static final PlatformConfig TWO_CPUS = new PlatformConfig(2, 16 << 20, 1_000_000_000L);

    /** Event base of global ECs on {@code cpu}: its STARTUP portal starts them at the IP in their SP. */
    static long evt(int cpu) {
        return 0x100 + 0x100L * cpu;
    }

    static void startupPortals(UserContext c, int cpus) {
        for (int cpu = 0; cpu < cpus; cpu++) {
            assertEquals(0, Hc.createEc(c, 20 + cpu, Hc.ROOT_PD, 0, cpu, UTCB_LOCAL + 0x1000L * cpu, 0, 0));
            assertEquals(0, Hc.createPt(c, evt(cpu) + Ipc.EVT_STARTUP, Hc.ROOT_PD, 20 + cpu, STARTUP));
            assertEquals(0, Hc.ctrlPt(c, evt(cpu) + Ipc.EVT_STARTUP, 0, Ipc.MTD_EL0_SP));
        }
        assertEquals(0, Hc.createSm(c, SM, Hc.ROOT_PD, 0));
        assertEquals(0, Hc.createSm(c, DONE, Hc.ROOT_PD, 0));
    }

    static void global(UserContext c, long sel, int cpu, long ip, int prio) {
        assertEquals(0, Hc.createEc(c, sel, Hc.ROOT_PD, 2, cpu, UTCB_GLOBAL + ((sel - 30) << 12), ip, evt(cpu)));
        assertEquals(0, Hc.createSc(c, sel + 1, Hc.ROOT_PD, sel, prio, 10));
    }

    static void spin(UserContext c, int hypercalls) {
        for (int i = 0; i < hypercalls; i++) Hc.ctrlSc(c, 0xdead);
    }

    static Nova run(Consumer<UserContext> root, UserCode w1, UserCode w2, UserCode w3) {
        JavaImage.Builder b = JavaImage.builder(BASE).entry(BASE, root::accept).code(STARTUP, c -> {
            long u = UTCB_LOCAL + 0x1000L * c.cpu();
            c.write64(u + Ipc.U_ELR, c.read64(u + Ipc.U_SP_EL0));
            Hc.reply(c, Ipc.MTD_EL2_ELR_SPSR);
        });
        if (w1 != null) b.code(W1, w1);
        if (w2 != null) b.code(W2, w2);
        if (w3 != null) b.code(W3, w3);
        Nova nova = Nova.boot(TWO_CPUS, b.data(256 << 10).build());
        Nova.RunResult r = nova.run(1_000_000_000L);
        assertEquals(Nova.Reason.ROOT_EXITED, r.reason(), nova.statistics());
        assertEquals("", TestAccess.kernel(nova).checkInvariants());
        return nova;
    }

    @Test
    void crossCpuUp_wakesAtTheSendersTime_andTheWaiterOfTheReplyPromptly_3_1_5() {
        long[] t = new long[4];
        run(c -> {
            startupPortals(c, 2);
            global(c, 30, 1, W1, 10);
            spin(c, 5_000);                          // 500 µs on CPU 0 while CPU 1 waits
            t[0] = c.stc();
            assertEquals(0, Hc.up(c, SM));
            assertEquals(0, Hc.down(c, DONE, false, 0));
            t[3] = c.stc();
        }, c -> {
            assertEquals(0, Hc.down(c, SM, false, 0));
            t[1] = c.stc();
            t[2] = c.stc();
            Hc.up(c, DONE);
        }, null, null);
        assertTrue(t[1] >= t[0], "CPU 1 woke at " + t[1] + " before CPU 0 sent the up at " + t[0]);
        assertTrue(t[1] <= t[0] + QUANTUM + 2 * HYPERCALL, "CPU 1 woke late: " + t[1] + " for an up at " + t[0]);
        assertTrue(t[3] >= t[2] && t[3] <= t[2] + QUANTUM + 2 * HYPERCALL, "root woke at " + t[3] + " for an up at " + t[2]);
    }

    @Test
    void createScOnAnIdleCpu_theEcStartsNoEarlierThanItsCreation_3_1_5() {
        long[] t = new long[2];
        run(c -> {
            startupPortals(c, 2);
            assertEquals(Ipc.TIMEOUT, Hc.down(c, SM, false, c.stc() + 50_000));   // 50 µs pass, CPU 1 idle
            t[0] = c.stc();
            global(c, 30, 1, W1, 10);
            assertEquals(0, Hc.down(c, DONE, false, 0));
        }, c -> {
            t[1] = c.stc();
            Hc.up(c, DONE);
        }, null, null);
        assertTrue(t[0] >= 50_000, "root slept until " + t[0]);
        assertTrue(t[1] >= t[0] && t[1] <= t[0] + QUANTUM + 10 * HYPERCALL, "created at " + t[0] + ", ran at " + t[1]);
    }

    @Test
    void timeoutFiresAtItsStcValue_whileAnotherCpuIsBusy_5_4_5() {
        long[] t = new long[2];
        run(c -> {
            startupPortals(c, 2);
            global(c, 30, 1, W1, 10);
            t[0] = c.stc() + 25_000;
            assertEquals(Ipc.TIMEOUT, Hc.down(c, SM, false, t[0]));
            t[1] = c.stc();
            assertEquals(0, Hc.down(c, DONE, false, 0));
        }, c -> {
            spin(c, 2_000);                           // 200 µs of work on CPU 1
            Hc.up(c, DONE);
        }, null, null);
        assertTrue(t[1] >= t[0] && t[1] <= t[0] + HYPERCALL, "timeout " + t[0] + " fired at " + t[1]);
    }

    @Test
    void wakeOfAHigherPriorityEcOnABusyCpu_neverObservesAnEarlierTime_3_1_5() {
        long[] t = new long[2];
        run(c -> {
            startupPortals(c, 2);
            global(c, 30, 1, W1, 5);                  // low priority: keeps CPU 1 busy
            global(c, 32, 1, W2, 20);                 // high priority: waits on SM
            spin(c, 1_234);
            t[0] = c.stc();
            assertEquals(0, Hc.up(c, SM));
            assertEquals(0, Hc.down(c, DONE, false, 0));
            assertEquals(0, Hc.down(c, DONE, false, 0));
        }, c -> {
            spin(c, 3_000);
            Hc.up(c, DONE);
        }, c -> {
            assertEquals(0, Hc.down(c, SM, false, 0));
            t[1] = c.stc();
            Hc.up(c, DONE);
        }, null);
        assertTrue(t[1] >= t[0] && t[1] <= t[0] + QUANTUM + 2 * HYPERCALL, "up at " + t[0] + ", woken EC read " + t[1]);
    }

    @Test
    void busyCpusAdvanceInLockstep_observedTimesFollowExecutionOrder_3_1_5() {
        List<long[]> trace = new ArrayList<>();          // (cpu, stc) in the order the work ran
        run(c -> {
            startupPortals(c, 2);
            global(c, 30, 0, W1, 10);
            global(c, 32, 1, W2, 10);
            assertEquals(0, Hc.down(c, DONE, false, 0));
            assertEquals(0, Hc.down(c, DONE, false, 0));
        }, c -> record(c, trace), c -> record(c, trace), null);
        long latest = 0;
        int switches = 0;
        for (int i = 0; i < trace.size(); i++) {
            long[] e = trace.get(i);
            assertTrue(e[1] + QUANTUM + HYPERCALL >= latest, "entry " + i + " on cpu" + e[0] + " at " + e[1] + " after " + latest);
            latest = Math.max(latest, e[1]);
            if (i > 0 && trace.get(i - 1)[0] != e[0]) switches++;
        }
        assertTrue(switches >= 100, "the CPUs took turns only " + switches + " times in 200 µs");
    }

    static void record(UserContext c, List<long[]> trace) {
        for (int i = 0; i < 1_000; i++) {
            Hc.ctrlSc(c, 0xdead);
            trace.add(new long[] {c.cpu(), c.stc()});
        }
        Hc.up(c, DONE);
    }

    @Test
    void sameImageSameRun_stcAndStatisticsAreIdentical() {
        String[] s = new String[2];
        for (int i = 0; i < 2; i++) {
            List<long[]> trace = new ArrayList<>();
            Nova n = run(c -> {
                startupPortals(c, 2);
                global(c, 30, 0, W1, 10);
                global(c, 32, 1, W2, 10);
                assertEquals(Ipc.TIMEOUT, Hc.down(c, SM, false, c.stc() + 7_777));
                assertEquals(0, Hc.down(c, DONE, false, 0));
                assertEquals(0, Hc.down(c, DONE, false, 0));
            }, c -> record(c, trace), c -> record(c, trace), null);
            StringBuilder sb = new StringBuilder(n.statistics());
            for (long[] e : trace) sb.append(e[0]).append(':').append(e[1]).append('\n');
            s[i] = sb.toString();
        }
        assertEquals(s[0], s[1]);
    }
}
