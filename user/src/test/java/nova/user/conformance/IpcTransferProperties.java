package nova.user.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nova.kernel.UserContext;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mtd;
import nova.user.sdk.Utcb;

/**
 * §4.3.1/§4.4.1 as a property: ipc_call copies exactly words 0..n-1 of the caller's UTCB into the
 * callee's, ipc_reply exactly words 0..m-1 back; every other word of both UTCBs is left alone.
 */
class IpcTransferProperties {
    static final int W = Mtd.MAX_WORDS;

    @Property(tries = 10)
    void ipc_transfersExactlyTheMtdWords(@ForAll @Size(6) List<@IntRange(min = 1, max = 512) Integer> callWords,
                                         @ForAll @Size(6) List<@IntRange(min = 1, max = 512) Integer> replyWords,
                                         @ForAll long seed) {
        int rounds = callWords.size();
        long[][] calleeSaw = new long[rounds][], calleeExpected = new long[rounds][];
        long[][] callerSaw = new long[rounds][], callerExpected = new long[rounds][];
        Sandbox box = new Sandbox();
        int[] round = {0};
        long handler = box.code(ctx -> {
            Utcb u = Utcb.ofSp(ctx);
            int k = round[0];
            calleeSaw[k] = readAll(ctx, u);
            // reply: words 0..m-1 carry the reply; the handler's other words keep a known pattern
            long[] mine = pattern(seed ^ (0x5a5a + k), W);
            writeAll(ctx, u, mine);
            Hypercalls.ipcReply(ctx, Mtd.words(replyWords.get(k)));
        });
        box.run(r -> {
            long pt = r.portal(r.localEc(0, r.utcbVa()), handler);
            long[] calleeState = new long[W];                      // a fresh UTCB is zero
            for (int k = 0; k < rounds; k++) {
                round[0] = k;
                long[] message = pattern(seed + k, W);
                writeAll(r.ctx, r.utcb, message);
                int n = callWords.get(k), m = replyWords.get(k);
                calleeExpected[k] = merge(message, calleeState, n);
                Root.expect(Hypercalls.ipcCall(r.ctx, pt, Mtd.words(n)), "ipc_call");
                callerSaw[k] = readAll(r.ctx, r.utcb);
                long[] handlerWords = pattern(seed ^ (0x5a5a + k), W);
                callerExpected[k] = merge(handlerWords, message, m);
                calleeState = handlerWords;
            }
        });
        for (int k = 0; k < rounds; k++) {
            assertArrayEquals(calleeExpected[k], calleeSaw[k], "callee UTCB after call " + k + " (n=" + callWords.get(k) + ")");
            assertArrayEquals(callerExpected[k], callerSaw[k], "caller UTCB after reply " + k + " (m=" + replyWords.get(k) + ")");
        }
    }

    static long[] pattern(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] w = new long[n];
        for (int i = 0; i < n; i++) w[i] = rnd.nextLong();
        return w;
    }

    /** Words 0..n-1 from {@code sent}, the rest from {@code kept}. */
    static long[] merge(long[] sent, long[] kept, int n) {
        long[] w = kept.clone();
        System.arraycopy(sent, 0, w, 0, n);
        return w;
    }

    static long[] readAll(UserContext ctx, Utcb u) {
        long[] w = new long[W];
        for (int i = 0; i < W; i++) w[i] = u.word(ctx, i);
        return w;
    }

    static void writeAll(UserContext ctx, Utcb u, long[] w) {
        for (int i = 0; i < W; i++) u.setWord(ctx, i, w[i]);
    }
}
