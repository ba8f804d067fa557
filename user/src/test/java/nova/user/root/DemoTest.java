package nova.user.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.kernel.Nova;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code nova demo}: deterministic, and the account shows what the scenario is about. */
class DemoTest {
    static final Demo.Options DEFAULTS = new Demo.Options(4, 64L << 20, 1, false);

    @Test
    @DisplayName("determinism: two runs of the demo print the same bytes")
    void demo_twoRuns_sameBytes() {
        Demo.Result a = Demo.run(DEFAULTS), b = Demo.run(DEFAULTS);
        assertEquals(a.text(), b.text());
        assertEquals(Nova.Reason.ROOT_EXITED, a.reason());
        assertTrue(a.completed());
    }

    @Test
    @DisplayName("the account shows reduced permissions, helping (§5.2.1), a semaphore timeout (§5.4.5) and every client done")
    void demo_accountShowsScenario() {
        String text = Demo.run(DEFAULTS).text();
        assertTrue(text.contains("ctrl_pt on its portal capability: BAD_CAP"), text);
        assertTrue(text.contains("call with T=1: TIMEOUT"), text);
        assertTrue(text.contains("urgent   reply SUCCESS: 13² = 169"), text);
        assertTrue(text.contains("semaphore down returned TIMEOUT"), text);
        for (Client c : Client.values()) assertTrue(text.contains(String.format("%-8s done", c.label)), c.label);
        assertTrue(text.contains("helping 1"), "the kernel counted one helping");
    }

    @Test
    @DisplayName("the demo runs on one CPU and on many; the trace lists hypercalls with their status")
    void demo_otherPlatforms_andTrace() {
        Demo.Result one = Demo.run(new Demo.Options(1, 4L << 20, 7, false));
        assertTrue(one.completed(), one.text());
        Demo.Result many = Demo.run(new Demo.Options(16, 32L << 20, 7, true));
        assertTrue(many.completed(), many.text());
        assertTrue(many.text().contains("hypercall ipc_call pt=0x20 mtd=0x2 T -> TIMEOUT"), many.text());
    }

    @Test
    @DisplayName("an invalid platform is a one-line IllegalArgumentException")
    void demo_invalidPlatform_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Demo.run(new Demo.Options(65, 64L << 20, 1, false)));
        assertTrue(!e.getMessage().contains("\n"));
    }
}
