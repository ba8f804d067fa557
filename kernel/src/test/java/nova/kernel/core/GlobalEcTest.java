package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.TestAccess;
import nova.kernel.UserContext;
import org.junit.jupiter.api.Test;

/** Global ECs (§5.3.2 T=1): STARTUP event on first SC binding (§7.6.2), blocking, timeouts, helping. */
class GlobalEcTest {
    static final long BASE = 0x100000;
    static final long STARTUP_HANDLER = BASE + 0x100, GLOBAL_A = BASE + 0x200, GLOBAL_B = BASE + 0x300, SERVER = BASE + 0x400;
    static final long EVT = 0x100;      // event selector base of the created global ECs
    static final long UTCB_H = 0x200000, UTCB_A = 0x201000, UTCB_B = 0x202000, UTCB_X = 0x203000;
    static final long SM = 40, SM_DONE = 41, SM_X = 42, PT_X = 50;

    /** Root creates the startup portal: a local EC whose handler starts global ECs at the IP in their SP. */
    static void startupPortal(UserContext c, List<String> log) {
        assertEquals(0, Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, UTCB_H, 0, 0));
        assertEquals(0, Hc.createPt(c, EVT + Ipc.EVT_STARTUP, Hc.ROOT_PD, 20, STARTUP_HANDLER));
        assertEquals(0, Hc.ctrlPt(c, EVT + Ipc.EVT_STARTUP, 0x5a, Ipc.MTD_EL0_SP | Ipc.MTD_EL2_ELR_SPSR));
    }

    static void startupHandler(UserContext c) {
        long sp = c.read64(UTCB_H + Ipc.U_SP_EL0);
        c.write64(UTCB_H + Ipc.U_ELR, sp);      // the initial SP names the entry IP in these tests
        Hc.reply(c, Ipc.MTD_EL2_ELR_SPSR);
    }

    static JavaImage.Builder image(List<String> log) {
        return JavaImage.builder(BASE).code(STARTUP_HANDLER, c -> {
            log.add("startup pid " + Long.toHexString(c.x(0)) + " mtd " + Long.toHexString(c.x(1)));
            startupHandler(c);
        }).data(64 << 10);
    }

    @Test
    void startupEventThenSemaphoreHandshake_5_4_5() {
        List<String> log = new ArrayList<>();
        JavaImage img = image(log).entry(BASE, c -> {
            startupPortal(c, log);
            assertEquals(0, Hc.createSm(c, SM, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createEc(c, 30, Hc.ROOT_PD, 2, 0, UTCB_A, GLOBAL_A, EVT));
            assertEquals(0, Hc.createSc(c, 31, Hc.ROOT_PD, 30, 10, 5));
            log.add("root down " + Hc.down(c, SM, false, 0));
            log.add("root done");
        }).code(GLOBAL_A, c -> {
            log.add("A runs at " + Long.toHexString(c.ip()) + " sp " + Long.toHexString(c.sp()));
            Hc.up(c, SM);
            fail("the root (higher priority) preempts A at its up and then exits the system");
        }).build();
        Nova n = Nova.boot(PlatformConfig.defaults(), img);
        assertEquals(Nova.Reason.ROOT_EXITED, n.run(1_000_000_000L).reason(), n.statistics());
        assertEquals(List.of("startup pid 5a mtd 2000010", "A runs at 100200 sp 100200", "root down 0", "root done"), log,
                n.statistics());
    }

    /** A system with blocked global ECs and a preempted one, for the thread and determinism tests. */
    static Nova busySystem(List<String> log) {
        JavaImage img = image(log).entry(BASE, c -> {
            startupPortal(c, log);
            assertEquals(0, Hc.createSm(c, SM, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createSm(c, SM_DONE, Hc.ROOT_PD, 0));
            for (int i = 0; i < 3; i++) {
                assertEquals(0, Hc.createEc(c, 60 + 2 * i, Hc.ROOT_PD, 2, i % 2, UTCB_A + 0x10000 * i, GLOBAL_A, EVT));
                assertEquals(0, Hc.createSc(c, 61 + 2 * i, Hc.ROOT_PD, 60 + 2 * i, 5 + i, 1));
            }
            Hc.down(c, SM_DONE, false, c.stc() + 3_000_000);
            log.add("root at " + c.stc());
        }).code(GLOBAL_A, c -> {
            for (int i = 0; ; i++) {
                Hc.down(c, SM, false, c.stc() + 10_000 + 1000L * c.cpu());
                if (i % 50 == 0) log.add("cpu" + c.cpu() + " " + i + " at " + c.stc());
            }
        }).build();
        return Nova.boot(PlatformConfig.defaults(), img);
    }

    @Test
    void noCarrierThreadOutlivesTheRun() throws InterruptedException {
        Nova n = busySystem(new ArrayList<>());
        assertEquals(Nova.Reason.ROOT_EXITED, n.run(1_000_000_000L).reason());
        Kernel k = TestAccess.kernel(n);
        List<Thread> threads = new ArrayList<>();
        for (KObject o : k.live)
            if (o instanceof Ec e && e.carrier != null && e.carrier.thread != null) threads.add(e.carrier.thread);
        assertEquals(4, threads.size(), "the root's and the three global ECs' carriers");
        for (Thread t : threads) {
            t.join(5000);
            assertFalse(t.isAlive());
        }
    }

    @Test
    void sameImageSameRun() {
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        Nova n1 = busySystem(a), n2 = busySystem(b);
        n1.run(1_000_000_000L);
        n2.run(1_000_000_000L);
        assertTrue(a.size() > 10, a.toString());
        assertEquals(a, b);
        assertEquals(n1.statistics(), n2.statistics());
        assertEquals(n1.stc(), n2.stc());
    }

    @Test
    void downTimesOutAtAbsoluteStc_5_4_5() {
        List<String> log = new ArrayList<>();
        long[] times = new long[2];
        JavaImage img = JavaImage.builder(BASE).entry(BASE, c -> {
            assertEquals(0, Hc.createSm(c, SM, Hc.ROOT_PD, 0));
            long deadline = c.stc() + 5_000_000;
            times[0] = deadline;
            log.add("down " + Hc.down(c, SM, false, deadline));
            times[1] = c.stc();
            log.add("past " + Hc.down(c, SM, false, 1));     // deadline already reached: immediate TIMEOUT
        }).build();
        Nova n = Nova.boot(PlatformConfig.defaults(), img);
        assertEquals(Nova.Reason.ROOT_EXITED, n.run(1_000_000_000L).reason());
        assertEquals(List.of("down 1", "past 1"), log);
        assertTrue(times[1] >= times[0], "woke at " + times[1] + " before the deadline " + times[0]);
        assertTrue(times[1] < times[0] + 200_000, "woke far too late");
        assertEquals("", TestAccess.kernel(n).checkInvariants());
    }

    @Test
    void blockedSystemWithoutTimeoutIsIdle() {
        JavaImage img = JavaImage.builder(BASE).entry(BASE, c -> {
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            Hc.down(c, SM, false, 0);
            fail("must not wake");
        }).build();
        Nova n = Nova.boot(PlatformConfig.defaults(), img);
        assertEquals(Nova.Reason.IDLE, n.run(1_000_000_000L).reason());
        assertEquals(Nova.Reason.IDLE, n.run(1_000_000_000L).reason());
    }

    @Test
    void timeLimitStopsARunningSystemAndRunContinues() {
        long[] loops = new long[1];
        JavaImage img = JavaImage.builder(BASE).entry(BASE, c -> {
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            for (;;) {
                loops[0]++;
                Hc.up(c, SM);
            }
        }).build();
        Nova n = Nova.boot(PlatformConfig.defaults(), img);
        Nova.RunResult r = n.run(1_000_000);
        assertEquals(Nova.Reason.TIME_LIMIT, r.reason());
        assertEquals(1_000_000, r.stc());
        long first = loops[0];
        assertTrue(first > 1000);
        assertEquals(Nova.Reason.TIME_LIMIT, n.run(1_000_000).reason());
        assertEquals(2_000_000, n.stc());
        assertTrue(loops[0] > first);
    }

    @Test
    void helpingRunsTheBusyCalleeOnTheHelpersSc_5_2_1() {
        List<String> log = new ArrayList<>();
        int[] serverCalls = new int[1];
        JavaImage img = image(log).entry(BASE, c -> {
            startupPortal(c, log);
            assertEquals(0, Hc.createSm(c, SM_X, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createSm(c, SM_DONE, Hc.ROOT_PD, 0));
            assertEquals(0, Hc.createEc(c, 49, Hc.ROOT_PD, 0, 0, UTCB_X, 0, 0));
            assertEquals(0, Hc.createPt(c, PT_X, Hc.ROOT_PD, 49, SERVER));
            assertEquals(0, Hc.createEc(c, 30, Hc.ROOT_PD, 2, 0, UTCB_A, GLOBAL_A, EVT));
            assertEquals(0, Hc.createSc(c, 31, Hc.ROOT_PD, 30, 10, 5));
            Hc.createSm(c, SM, Hc.ROOT_PD, 0);
            Hc.down(c, SM, false, c.stc() + 1_000_000);           // let A run into the server and block there
            log.add("root T=1 call " + Hc.call(c, PT_X, 0, true));
            assertEquals(0, Hc.createEc(c, 32, Hc.ROOT_PD, 2, 0, UTCB_B, GLOBAL_B, EVT));
            assertEquals(0, Hc.createSc(c, 33, Hc.ROOT_PD, 32, 20, 5));
            Hc.down(c, SM, false, c.stc() + 1_000_000);           // B helps, but A's chain is blocked
            log.add("root up " + Hc.up(c, SM_X));
            log.add("root done " + Hc.down(c, SM_DONE, false, 0) + Hc.down(c, SM_DONE, false, 0));
        }).code(GLOBAL_A, c -> {
            log.add("A call " + Hc.call(c, PT_X, 0, false));
            Hc.up(c, SM_DONE);
        }).code(GLOBAL_B, c -> {
            log.add("B call " + Hc.call(c, PT_X, 0, false));
            Hc.up(c, SM_DONE);
        }).code(SERVER, c -> {
            int n = ++serverCalls[0];
            log.add("server " + n);
            if (n == 1) log.add("server down " + Hc.down(c, SM_X, false, 0));
            Hc.reply(c, 0);
        }).build();
        Nova n = Nova.boot(PlatformConfig.defaults(), img);
        assertEquals(Nova.Reason.ROOT_EXITED, n.run(1_000_000_000L).reason(), n.statistics());
                // B (prio 20) helps: A's chain finishes the first request on B's SC; once the server is free
        // B retries and is served before A (prio 10) continues after its reply.
        assertEquals(List.of("startup pid 5a mtd 2000010", "server 1", "root T=1 call 1", "startup pid 5a mtd 2000010", "root up 0",
                "server down 0", "server 2", "B call 0", "A call 0", "root done 00"), log, n.statistics());
        assertEquals("", TestAccess.kernel(n).checkInvariants());
    }
}
