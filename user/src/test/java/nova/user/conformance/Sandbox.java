package nova.user.conformance;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.UserCode;

/**
 * A small Nova for one test: the test registers user code (portal handlers, EC entries) first, then
 * runs a root program. User code never asserts; it records what it observed into test-side fields,
 * and the test asserts after {@link #run} returned. An exception thrown by user code is captured and
 * rethrown on the test thread, so a broken kernel shows as a failed test, not a hang or a lost error.
 */
final class Sandbox {
    /** Where the root image is linked (§6.2.1); the root entry is its first instruction. */
    static final long IMAGE_BASE = 0x0010_0000L;
    /** Simulated time limit of one test run: 1 s of STC at 1 GHz. */
    static final long TIME_LIMIT_NS = 1_000_000_000L;

    private final PlatformConfig platform;
    private final List<UserCode> codes = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private long dataBytes = 4 * JavaImage.PAGE;
    Nova nova;

    Sandbox() {
        this(new PlatformConfig(4, 8L << 20, 1_000_000_000L));
    }

    Sandbox(PlatformConfig platform) {
        this.platform = platform;
        codes.add(null); // slot 0: the root entry, supplied by run()
    }

    /** Registers user code and returns its IP (slot k lives at IMAGE_BASE + 4k). */
    long code(UserCode c) {
        codes.add(guard(c));
        return IMAGE_BASE + 4L * (codes.size() - 1);
    }

    /** Extra zeroed data pages after the code (buffers a test maps elsewhere). */
    Sandbox data(long bytes) {
        dataBytes = bytes;
        return this;
    }

    /** Address of the first data byte: the code occupies the first page (1024 entry points). */
    static long dataBase() {
        return IMAGE_BASE + JavaImage.PAGE;
    }

    interface RootBody {
        void run(Root root);
    }

    /** Boots, runs the root program to completion and returns why the system stopped. */
    Nova.RunResult run(RootBody body) {
        if (codes.size() > 1024) throw new IllegalStateException("too many entry points for one code page");
        codes.set(0, guard(ctx -> body.run(new Root(ctx, this))));
        JavaImage.Builder b = JavaImage.builder(IMAGE_BASE);
        b.entry(IMAGE_BASE, codes.get(0));
        for (int i = 1; i < codes.size(); i++) b.code(IMAGE_BASE + 4L * i, codes.get(i));
        // The code page is padded to a full page so that data starts at dataBase().
        if (codes.size() < 1024) b.code(IMAGE_BASE + JavaImage.PAGE - 4, ctx -> {});
        b.data(dataBytes);
        nova = Nova.boot(platform, b.build());
        Nova.RunResult r = nova.run(TIME_LIMIT_NS);
        rethrow();
        return r;
    }

    private UserCode guard(UserCode c) {
        return ctx -> {
            try {
                c.run(ctx);
            } catch (RuntimeException | AssertionError e) {
                // UserFault included: a test's user code must not fault unless the test says so
                synchronized (failures) {
                    failures.add(e);
                }
                throw e;
            }
        };
    }

    /** For tests that provoke a fault on purpose: code whose exceptions are not test failures. */
    long faultingCode(UserCode c) {
        codes.add(c);
        return IMAGE_BASE + 4L * (codes.size() - 1);
    }

    private void rethrow() {
        synchronized (failures) {
            if (failures.isEmpty()) return;
            AssertionError e = new AssertionError("user code failed: " + failures.getFirst(), failures.getFirst());
            for (Throwable t : failures.subList(1, failures.size())) e.addSuppressed(t);
            throw e;
        }
    }
}
