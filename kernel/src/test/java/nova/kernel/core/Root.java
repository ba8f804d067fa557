package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.function.Consumer;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.TestAccess;
import nova.kernel.UserCode;
import nova.kernel.UserContext;

/** Test harness: boots a root image and runs it to completion, checking invariants afterwards. */
final class Root {
    static final long BASE = 0x100000;
    static final long H1 = BASE + 0x100, H2 = BASE + 0x200, H3 = BASE + 0x300, H4 = BASE + 0x400;

    Nova nova;
    Kernel kernel;

    private Root() {}

    /** Runs {@code root} as the root EC, with optional extra code entries (H1..H4 in order). */
    static Root run(PlatformConfig cfg, Consumer<UserContext> root, UserCode... extra) {
        Root r = new Root();
        JavaImage.Builder b = JavaImage.builder(BASE).entry(BASE, c -> {
            root.accept(c);
        });
        long[] ips = {H1, H2, H3, H4};
        for (int i = 0; i < extra.length; i++) b.code(ips[i], extra[i]);
        r.nova = Nova.boot(cfg, b.data(256 << 10).build());
        r.kernel = TestAccess.kernel(r.nova);
        Nova.RunResult res = r.nova.run(10_000_000_000L);
        assertEquals(Nova.Reason.ROOT_EXITED, res.reason(), r.nova.statistics());
        assertEquals("", r.kernel.checkInvariants());
        return r;
    }

    static Root run(Consumer<UserContext> root, UserCode... extra) {
        return run(PlatformConfig.defaults(), root, extra);
    }

    /** Takes the root host space capability from the NOVA object space into root selector {@code sel}. */
    static void takeRootHostSpace(UserContext c, long sel) {
        assertEquals(0, Hc.ctrlPd(c, Hc.NOVA_OBJ, Hc.ROOT_OBJ, Kernel.SELNUM - 7, sel, 0, 31, 0));
    }

    static void takeNovaHostSpace(UserContext c, long sel) {
        assertEquals(0, Hc.ctrlPd(c, Hc.NOVA_OBJ, Hc.ROOT_OBJ, Kernel.SELNUM - 3, sel, 0, 31, 0));
    }
}
