package nova.bench;

import java.util.concurrent.TimeUnit;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.Status;
import nova.kernel.UserContext;
import nova.user.sdk.Hip;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mtd;
import nova.user.sdk.Sel;
import nova.user.sdk.Utcb;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IPC round trip (ipc_call + ipc_reply, §5.2) between two Java ECs on one CPU: the root EC calls a
 * portal bound to a local EC that replies at once. {@code words} is the message length each way;
 * a regular MTD always carries at least word 0 (§4.4.1: the MTD holds words − 1), so 1 word is the
 * smallest message ("0 extra words").
 *
 * <p>The root loops on ipc_call forever; each invocation continues the booted system for the
 * simulated time that {@link #BATCH} round trips take (calibrated in setup; simulated time is
 * deterministic), so host time per invocation / BATCH is the host cost of one round trip.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-XX:+UseSerialGC"})
public class IpcBenchmark {
    static final int BATCH = 10_000;
    static final long BASE = 0x10_0000L, HANDLER = BASE + 4, HANDLER_UTCB = 0x4000_0000L;

    @Param({"1", "64"})
    int words;

    private Nova nova;
    /** Round trips completed, counted by the root's user code. */
    private final long[] done = new long[1];
    private long simNanosPerBatch;
    private long doneBefore, invocations;

    @Setup(Level.Trial)
    public void boot() {
        int mtd = Mtd.words(words);
        JavaImage image = JavaImage.builder(BASE)
                .entry(BASE, ctx -> root(ctx, mtd))
                .code(HANDLER, ctx -> Hypercalls.ipcReply(ctx, Hypercalls.incomingMtd(ctx)))
                .build();
        nova = Nova.boot(new PlatformConfig(1, 16L << 20, 1_000_000_000L), image);
        // calibrate: how much simulated time do BATCH round trips take (setup included once)
        nova.run(1_000_000);
        long c0 = done[0], t0 = nova.stc();
        nova.run(10_000_000);
        long c1 = done[0], t1 = nova.stc();
        if (c1 - c0 < 1000) throw new IllegalStateException("IPC does not run: " + (c1 - c0) + " round trips in 10 ms");
        simNanosPerBatch = (t1 - t0) * BATCH / (c1 - c0);
    }

    private void root(UserContext ctx, int mtd) {
        Hip hip = Hip.read(ctx, ctx.sp());
        long s = hip.selNum(), ec = 0x100, pt = 0x101;
        check(Hypercalls.createLocalEc(ctx, ec, Sel.rootPd(s), HANDLER_UTCB, 0, HANDLER_UTCB, 0), "create_ec");
        check(Hypercalls.createPt(ctx, pt, Sel.rootPd(s), ec, HANDLER), "create_pt");
        Utcb u = Utcb.ofRoot(hip.va());
        for (int i = 0; i < Mtd.wordCount(mtd); i++) u.setWord(ctx, i, i);
        long[] counter = done;
        for (;;) {
            Hypercalls.ipcCall(ctx, pt, mtd);
            counter[0]++;
        }
    }

    private static void check(Status s, String step) {
        if (s != Status.SUCCESS) throw new IllegalStateException(step + ": " + s);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long roundTrip() {
        invocations++;
        nova.run(simNanosPerBatch);
        return done[0];
    }

    @TearDown(Level.Iteration)
    public void checkProgress() {
        // the score assumes BATCH round trips per invocation: report how many there really were
        double perInvocation = (double) (done[0] - doneBefore) / Math.max(1, invocations);
        System.out.printf("  (%.1f round trips per invocation, %d simulated ns each)%n", perInvocation, simNanosPerBatch / BATCH);
        if (Math.abs(perInvocation - BATCH) > BATCH / 100.0)
            throw new IllegalStateException("batch drifted: " + perInvocation + " round trips per invocation, expected " + BATCH);
        doneBefore = done[0];
        invocations = 0;
    }
}
