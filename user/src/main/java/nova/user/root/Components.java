package nova.user.root;

import nova.kernel.Status;
import nova.kernel.UserCode;
import nova.user.sdk.Mtd;
import nova.user.sdk.Perm;
import nova.user.sdk.Utcb;

/**
 * The user code of the demo's components besides the root: the square server's portal handler,
 * the pager that starts global ECs (STARTUP events, §7.6.2) and the clients. Each reaches the
 * kernel only through hypercalls and sees only its own UTCB and host space.
 */
final class Components {
    private final Console console;
    private final boolean trace;

    Components(Console console, boolean trace) {
        this.console = console;
        this.trace = trace;
    }

    /**
     * Server portal handler (one local EC per CPU in the server PD; pid = CPU). Request: word 0 =
     * operation, word 1 = argument, word 2 = client index. Reply: word 0 = argument², word 1 =
     * requests this server EC has served (kept in the server's state page).
     */
    UserCode server() {
        return ctx -> {
            Sys sys = new Sys(ctx, console, "server", trace);
            Utcb u = Utcb.ofSp(ctx);
            long pid = ctx.x(0);
            long op = u.word(ctx, 0), arg = u.word(ctx, 1);
            Client from = Client.values()[Math.floorMod(u.word(ctx, 2), Client.values().length)];
            long counter = Layout.SERVER_STATE + 8 * (pid & 63);
            long served = ctx.read64(counter) + 1;
            ctx.write64(counter, served);
            if (op == Layout.OP_SLOW_SQUARE) {
                sys.log("request #" + served + " from " + from.label + ": slow square of " + arg + ", busy for "
                        + Layout.SLOW_NANOS / 1000 + " µs; signals 'busy'");
                Sys.expect(sys.smUp(Layout.SERVER_BUSY_SM), "signal busy");
                Status s = sys.smDown(Layout.SERVER_SLEEP_SM, sys.now() + Layout.SLOW_NANOS);
                sys.log("slow request done (semaphore " + s + ")");
            } else {
                sys.log("request #" + served + " from " + from.label + ": square of " + arg);
            }
            u.setWord(ctx, 0, arg * arg);
            u.setWord(ctx, 1, served);
            sys.ipcReply(Mtd.words(2));
        };
    }

    /**
     * Pager: the STARTUP portal handler of every client (pid = client index). Loads the client's
     * entry and arguments from the root's client table into the UTCB's architectural area (§7.7.3)
     * and replies with MTD GPR | EL2_ELR_SPSR (§7.7.4), which starts the client there.
     */
    UserCode pager() {
        return ctx -> {
            Sys sys = new Sys(ctx, console, "pager", trace);
            Utcb u = Utcb.ofSp(ctx);
            long index = ctx.x(0);
            long entry = Layout.ROOT_TABLE + Layout.TABLE_STRIDE * index;
            for (int i = 0; i < 4; i++) u.setArch(ctx, Utcb.gpr(i), ctx.read64(entry + 8L * i));
            u.setArch(ctx, Utcb.ELR_EL2, Layout.CLIENT_ENTRY);
            sys.log("STARTUP of " + Client.values()[(int) index].label + ": entry 0x"
                    + Long.toHexString(Layout.CLIENT_ENTRY) + ", X0..X3 from the client table");
            sys.ipcReply(Mtd.GPR | Mtd.EL2_ELR_SPSR);
        };
    }

    /** Client entry: X0 = client index, X1 = requests, X2 = first argument (set by the pager). */
    UserCode client() {
        return ctx -> {
            Client me = Client.values()[(int) ctx.x(0)];
            long requests = ctx.x(1), arg = ctx.x(2);
            Sys sys = new Sys(ctx, console, me.label, trace);
            Utcb u = Utcb.ofSp(ctx);
            sys.log("started (priority " + me.prio + ")");
            switch (me.role) {
                case SQUARES -> {
                    squares(sys, u, me, requests, arg);
                    Status s = sys.ctrlPt(Layout.CLIENT_SERVER_PT, 1, 0);
                    sys.log("ctrl_pt on its portal capability: " + s + " (the root delegated CALL only, not CTRL)");
                }
                case WAITER -> {
                    long timeout = sys.now() + 20_000;
                    sys.log("waits on a semaphore nobody signals, timeout in 20 µs");
                    Status s = sys.smDown(Layout.CLIENT_WAIT_SM, timeout);
                    sys.log("semaphore down returned " + s + " at the timeout");
                    squares(sys, u, me, requests, arg);
                }
                case SLOW -> {
                    long t0 = sys.now();
                    Status s = request(sys, u, me, Layout.OP_SLOW_SQUARE, arg, false);
                    sys.log("slow request: " + s + ", " + arg + "² = " + u.word(ctx, 0) + " after " + micros(sys.now() - t0));
                }
                case URGENT -> {
                    sys.log("waits until the server signals that it is busy with the slow request");
                    Sys.expect(sys.smDown(Layout.CLIENT_BUSY_SM, 0), "wait for busy");
                    Status busy = request(sys, u, me, Layout.OP_SQUARE, arg, true);
                    sys.log("call with T=1: " + busy + " (the server EC is busy with another request)");
                    long t0 = sys.now();
                    sys.log("calls again with T=0: helps the pending request to completion first");
                    Status s = request(sys, u, me, Layout.OP_SQUARE, arg, false);
                    sys.log("reply " + s + ": " + arg + "² = " + u.word(ctx, 0) + " after " + micros(sys.now() - t0)
                            + " (request #" + u.word(ctx, 1) + " of that server EC)");
                }
            }
            sys.log("done");
            Sys.expect(sys.smUp(Layout.CLIENT_DONE_SM), "signal done");
        };
    }

    private static void squares(Sys sys, Utcb u, Client me, long requests, long arg) {
        for (long i = 0; i < requests; i++) {
            long a = arg + i;
            long t0 = sys.now();
            Status s = request(sys, u, me, Layout.OP_SQUARE, a, false);
            sys.log("call " + s + ": " + a + "² = " + u.word(sys.ctx, 0) + " in " + micros(sys.now() - t0));
        }
    }

    private static Status request(Sys sys, Utcb u, Client me, long op, long arg, boolean noWait) {
        u.setWord(sys.ctx, 0, op);
        u.setWord(sys.ctx, 1, arg);
        u.setWord(sys.ctx, 2, me.ordinal());
        return sys.ipcCall(Layout.CLIENT_SERVER_PT, Mtd.words(3), noWait);
    }

    /**
     * Logs a component's failure on the console before the kernel turns the exception into the
     * EC's fault, so the account says what went wrong. The kernel's own control transfers
     * (ipc_reply) are not exceptions and pass through.
     */
    static UserCode guarded(Console console, String who, UserCode code) {
        return ctx -> {
            try {
                code.run(ctx);
            } catch (RuntimeException e) {
                console.log(ctx.stc(), ctx.cpu(), who, "FAILED: " + e.getMessage());
                throw e;
            }
        };
    }

    static String micros(long nanos) {
        return String.format("%d.%03d µs", nanos / 1000, nanos % 1000);
    }

    /** Permissions the root grants: enough to use an object, never to control it (§4.1.2). */
    static final int CLIENT_PT_PERMS = Perm.PT_CALL, CLIENT_DONE_PERMS = Perm.SM_UP, CLIENT_WAIT_PERMS = Perm.SM_DOWN,
            SERVER_BUSY_PERMS = Perm.SM_UP;
}
