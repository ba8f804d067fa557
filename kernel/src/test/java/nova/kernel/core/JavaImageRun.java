package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.Consumer;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.TestAccess;
import nova.kernel.UserContext;

/** Runs root code that is expected to get its EC killed; collects the kernel log. */
final class JavaImageRun {
    private JavaImageRun() {}

    static void expectKilled(Consumer<UserContext> root, List<String> log) {
        Nova n = Nova.boot(PlatformConfig.defaults(), JavaImage.builder(Root.BASE).entry(Root.BASE, root::accept).build());
        assertEquals(Nova.Reason.ROOT_EXITED, n.run(1_000_000_000L).reason());
        Kernel k = TestAccess.kernel(n);
        assertEquals(1, k.stats.kills);
        log.add(k.stats.log.toString());
        assertEquals("", k.checkInvariants());
    }
}
