package nova.user.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §3.1 the System Time Counter: monotonic, and synchronized across CPUs. */
class StcTest {

    @Test
    @DisplayName("§3.1.2 subsequent reads of the STC on one CPU never go back")
    void stc_monotonicOnOneCpu() {
        long[] t = new long[3];
        new Sandbox().run(r -> {
            t[0] = r.now();
            r.sm(0);
            t[1] = r.now();
            r.sleepUntil(t[1] + 5_000);
            t[2] = r.now();
        });
        assertTrue(t[0] <= t[1] && t[1] + 5_000 <= t[2], t[0] + " " + t[1] + " " + t[2]);
    }

    @Test
    @DisplayName("§3.1.5 the STC is synchronized across CPUs: an EC started on CPU 1 at time t reads at least t")
    void stc_synchronizedAcrossCpus() {
        Sandbox box = new Sandbox();
        long starter = Root.registerStarter(box);
        long[] t = new long[2];
        long entry = box.code(ctx -> t[1] = ctx.stc());
        box.run(r -> {
            r.sleepUntil(r.now() + 50_000);
            t[0] = r.now();
            r.globalEc(starter, 1, entry, 1);
            r.sleepUntil(r.now() + 50_000);
        });
        assertTrue(t[1] >= t[0], "CPU 1 read " + t[1] + " after CPU 0 started it at " + t[0]);
    }
}
