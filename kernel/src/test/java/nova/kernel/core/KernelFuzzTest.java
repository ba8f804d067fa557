package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.TestAccess;
import nova.kernel.UserContext;
import org.junit.jupiter.api.Test;

/**
 * White-box fuzzing: random hypercalls with hostile register values from the root and from a
 * portal handler; after every call the kernel's invariants must hold and no Java exception may
 * have escaped (the last-resort guard counts as a failure).
 */
class KernelFuzzTest {
    static final long BASE = 0x100000, HANDLER = BASE + 0x100, GLOBAL = BASE + 0x200;
    static final int CALLS = Integer.getInteger("nova.fuzz.calls", 20_000);
    static final long[][] HIST = new long[16][12];

    static long value(SplittableRandom r) {
        return switch (r.nextInt(12)) {
            case 0 -> r.nextLong();
            case 1 -> Kernel.SELNUM - 1 - r.nextInt(8);
            case 2 -> r.nextInt(64);
            case 3 -> (long) r.nextInt(64) << 12 | r.nextInt(32);
            case 4 -> 0x200000L + ((long) r.nextInt(16) << 12) | r.nextInt(4);
            case 5 -> -1L;
            case 6 -> BASE + r.nextInt(4) * 0x100L;
            case 7 -> (long) (1 + r.nextInt(127)) << 16 | r.nextInt(3);
            case 8 -> (long) r.nextInt(1 << 20) << 12 | r.nextInt(32);
            case 9 -> Kernel.INT_SEL_BASE + r.nextInt(70);
            default -> r.nextInt(16);
        };
    }

    static void randomCall(UserContext c, SplittableRandom r, boolean root) {
        int nr;
        do nr = r.nextInt(16); while (nr == 1);          // ipc_reply without a caller would block forever
        int flags = r.nextInt(16);
        long sel = r.nextInt(8) == 0 ? value(r) >>> 8 : r.nextInt(64);
        if (nr == 0 && r.nextBoolean()) sel = 2;
        for (int i = 1; i <= 4; i++) c.setX(i, value(r));
        if (r.nextInt(10) < 7) {                         // mostly well-formed arguments that reach deep paths
            c.setX(1, r.nextInt(3) == 0 ? Hc.ROOT_PD : r.nextInt(64));
            switch (nr) {
                case 3 -> c.setX(2, 0x200000L + ((long) r.nextInt(256) << 12) | r.nextInt(3));
                case 4, 5 -> c.setX(2, r.nextInt(64));
                case 7 -> {
                    long[] spaces = {Hc.NOVA_OBJ, Hc.ROOT_OBJ, Kernel.SELNUM - 7, r.nextInt(64)};
                    sel = spaces[r.nextInt(4)];
                    c.setX(1, r.nextBoolean() ? Hc.ROOT_OBJ : r.nextInt(64));
                    int ord = r.nextInt(7);
                    long ssb = (long) r.nextInt(1 << 14) >>> ord << ord, dsb = (long) r.nextInt(64) >>> ord << ord;
                    c.setX(2, ssb << 12 | ord);
                    c.setX(3, dsb << 12 | r.nextInt(32));
                    c.setX(4, r.nextInt(32));
                }
                default -> {}
            }
        }
        if (nr == 0xb && (flags & 1) != 0) c.setX(1, c.stc() + 1 + r.nextInt(5000));   // a down must not block forever
        c.setX(0, sel << 8 | (long) flags << 4 | nr);
        c.svc();
        long st = c.x(0);
        if (st >= 0 && st < 12) HIST[nr][(int) st]++;
        if (nr != 0 || root) assertTrue(st >= 0 && st <= 0xb, "status " + st + " for hypercall " + nr);
    }

    @Test
    void randomHypercallsKeepInvariants() {
        SplittableRandom rnd = new SplittableRandom(Long.getLong("nova.fuzz.seed", 42));
        Nova[] nova = new Nova[1];
        int[] done = new int[1];
        long[] utcb = new long[1];
        JavaImage img = JavaImage.builder(BASE).entry(BASE, c -> {
            Kernel k = TestAccess.kernel(nova[0]);
            for (int i = 0; i < CALLS; i++) {
                if (i % 500 == 0) {
                    // revoke everything in selectors 0..63 (delegating nulls) and recreate targets
                    assertEquals(0, Hc.ctrlPd(c, Hc.ROOT_OBJ, Hc.ROOT_OBJ, 1 << 16, 0, 6, 31, 0));
                    utcb[0] = 0x200000 + ((long) rnd.nextInt(200) << 12);
                    Hc.createEc(c, 1, Hc.ROOT_PD, 0, 0, utcb[0], 0, 0);
                    Hc.createPt(c, 2, Hc.ROOT_PD, 1, HANDLER);
                    Hc.createSm(c, 3, Hc.ROOT_PD, 1);
                    Hc.createPd(c, 4, Hc.ROOT_PD, 0);
                    Hc.createPt(c, 0x20 + Ipc.EVT_STARTUP, Hc.ROOT_PD, 1, HANDLER);
                    Hc.ctrlPt(c, 0x20 + Ipc.EVT_STARTUP, 0x77, Ipc.MTD_GPR | Ipc.MTD_EL2_ELR_SPSR);
                    Hc.createEc(c, 5, Hc.ROOT_PD, 2, rnd.nextInt(2), 0x200000 + ((long) rnd.nextInt(200) << 12), GLOBAL, 0x20);
                    Hc.createSc(c, 6, Hc.ROOT_PD, 5, 1 + rnd.nextInt(126), 1 + rnd.nextInt(3));
                }
                randomCall(c, rnd, true);
                done[0]++;
                String v = k.checkInvariants();
                if (!v.isEmpty()) fail("after call " + i + ":\n" + v);
            }
        }).code(HANDLER, c -> {
            for (int i = rnd.nextInt(3); i > 0; i--) randomCall(c, rnd, false);
            if (c.x(0) == 0x77 && rnd.nextInt(4) != 0) {
                // mostly answer the startup event by sending the new global EC to its code
                c.write64(utcb[0] + Ipc.U_ELR, GLOBAL);
                Hc.reply(c, Ipc.MTD_EL2_ELR_SPSR);
            }
            Hc.reply(c, rnd.nextInt(4) == 0 ? Ipc.MTD_EL2_ELR_SPSR : rnd.nextInt(512));
        }).code(GLOBAL, c -> {
            for (int i = rnd.nextInt(20); i > 0; i--) randomCall(c, rnd, false);
        }).data(1 << 20).build();
        nova[0] = Nova.boot(new PlatformConfig(2, 16 << 20, 1_000_000_000L), img);
        Nova.RunResult r = nova[0].run(Long.MAX_VALUE / 4);
        assertEquals(CALLS, done[0], nova[0].statistics());
        assertEquals(Nova.Reason.ROOT_EXITED, r.reason());
        assertEquals("", nova[0].checkInvariants());
        // the generator must reach success paths, not only the capability checks
        for (int nr : new int[] {0, 2, 3, 6, 7, 8, 11}) assertTrue(HIST[nr][0] > 10, "too few successful hypercalls " + nr);
    }
}
