package nova.user.root;

import nova.kernel.Status;
import nova.kernel.UserContext;
import nova.user.sdk.Hypercalls;

/**
 * The hypercalls a demo component makes, through the SDK stubs, each optionally traced on the
 * console with its arguments and status (the {@code --trace} option).
 */
final class Sys {
    final UserContext ctx;
    private final Console console;
    private final String who;
    private final boolean trace;

    Sys(UserContext ctx, Console console, String who, boolean trace) {
        this.ctx = ctx;
        this.console = console;
        this.who = who;
        this.trace = trace;
    }

    void log(String text) {
        console.log(ctx.stc(), ctx.cpu(), who, text);
    }

    long now() {
        return ctx.stc();
    }

    private Status traced(Status s, String format, Object... args) {
        if (trace) log("  hypercall " + String.format(format, args) + " -> " + s);
        return s;
    }

    /** Fails the component with a clear message: the demo's set-up steps must succeed. */
    static void expect(Status s, String step) {
        if (s != Status.SUCCESS) throw new IllegalStateException(step + " failed: " + s);
    }

    Status createPd(int op, long sel, long pd) {
        return traced(Hypercalls.createPd(ctx, op, sel, pd), "create_pd op=%d sel=0x%x pd=0x%x", op, sel, pd);
    }

    Status createEc(long sel, long pd, long utcb, int cpu, long sp, long evt, boolean global) {
        return traced(global ? Hypercalls.createGlobalEc(ctx, sel, pd, utcb, cpu, sp, evt)
                        : Hypercalls.createLocalEc(ctx, sel, pd, utcb, cpu, sp, evt),
                "create_ec %s sel=0x%x pd=0x%x utcb=0x%x cpu=%d evt=0x%x", global ? "global" : "local", sel, pd, utcb, cpu, evt);
    }

    Status createSc(long sel, long pd, long ec, long scd) {
        return traced(Hypercalls.createSc(ctx, sel, pd, ec, scd), "create_sc sel=0x%x pd=0x%x ec=0x%x scd=0x%x", sel, pd, ec, scd);
    }

    Status createPt(long sel, long pd, long ec, long ip) {
        return traced(Hypercalls.createPt(ctx, sel, pd, ec, ip), "create_pt sel=0x%x pd=0x%x ec=0x%x ip=0x%x", sel, pd, ec, ip);
    }

    Status createSm(long sel, long pd, long count) {
        return traced(Hypercalls.createSm(ctx, sel, pd, count), "create_sm sel=0x%x pd=0x%x cnt=%d", sel, pd, count);
    }

    Status ctrlPd(long src, long dst, long ssb, long dsb, int ord, int pmm, int mad) {
        return traced(Hypercalls.ctrlPd(ctx, src, dst, ssb, dsb, ord, pmm, mad),
                "ctrl_pd src=0x%x dst=0x%x ssb=0x%x dsb=0x%x ord=%d pmm=0x%x", src, dst, ssb, dsb, ord, pmm);
    }

    Status ctrlPt(long pt, long pid, int mtd) {
        return traced(Hypercalls.ctrlPt(ctx, pt, pid, mtd), "ctrl_pt pt=0x%x pid=%d mtd=0x%x", pt, pid, mtd);
    }

    Status ctrlSc(long sc) {
        return traced(Hypercalls.ctrlSc(ctx, sc), "ctrl_sc sc=0x%x", sc);
    }

    Status smUp(long sm) {
        return traced(Hypercalls.smUp(ctx, sm), "ctrl_sm up sm=0x%x", sm);
    }

    Status smDown(long sm, long deadline) {
        return traced(Hypercalls.smDown(ctx, sm, deadline, false), "ctrl_sm down sm=0x%x timeout=%d", sm, deadline);
    }

    Status ipcCall(long pt, int mtd, boolean noWait) {
        return traced(Hypercalls.ipcCall(ctx, pt, mtd, noWait), "ipc_call pt=0x%x mtd=0x%x%s", pt, mtd, noWait ? " T" : "");
    }

    void ipcReply(int mtd) {
        if (trace) log("  hypercall ipc_reply mtd=0x" + Integer.toHexString(mtd));
        Hypercalls.ipcReply(ctx, mtd);
    }
}
