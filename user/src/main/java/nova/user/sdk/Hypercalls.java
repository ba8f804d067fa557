package nova.user.sdk;

import nova.kernel.Hypercall;
import nova.kernel.Status;
import nova.kernel.UserContext;

/**
 * One stub per hypercall (§5). Each stub loads X0..X4 exactly as the aarch64 calling convention
 * prescribes (§7.8) and executes the equivalent of {@code svc #0} via {@link UserContext#svc()}; the
 * status comes back in X0[7:0] (Figure 7.2). Results other than the status (the reply MTD of
 * ipc_call, the STC of ctrl_sc, the MSI values of assign_int) stay in the registers where §7.8 puts
 * them and are read with the accessors below, so the stubs allocate nothing.
 *
 * <p>The hypercall identifier in X0 is {@code selector[63:8] | flags[7:4] | number[3:0]} (Figure
 * 7.1). Selectors wider than 56 bits and flags wider than 4 bits cannot be expressed and are
 * truncated by the encoding, as they would be by an assembly stub.
 */
public final class Hypercalls {
    private Hypercalls() {}

    /** The X0 hypercall identifier of Figure 7.1 with the selector in X0[63:8]. */
    public static long identifier(int number, int flags, long selector) {
        return selector << 8 | (long) (flags & 0xf) << 4 | (number & 0xf);
    }

    /** Loads X0..X4 and traps; returns the status in X0[7:0]. */
    private static Status call(UserContext ctx, long x0, long x1, long x2, long x3, long x4) {
        ctx.setX(0, x0);
        ctx.setX(1, x1);
        ctx.setX(2, x2);
        ctx.setX(3, x3);
        ctx.setX(4, x4);
        ctx.svc();
        return status(ctx);
    }

    /**
     * The status code in X0[7:0] after a hypercall. A code the specification reserves (≥ 0xc,
     * §5.1.2) would be a kernel bug; it is reported rather than hidden.
     */
    public static Status status(UserContext ctx) {
        Status s = Status.of(ctx.x(0) & 0xff);
        if (s == null)
            throw new IllegalStateException("kernel returned reserved status 0x" + Long.toHexString(ctx.x(0) & 0xff));
        return s;
    }

    // ---- §5.2 communication ------------------------------------------------------------------

    /**
     * §5.2.1 ipc_call: X0 = pt | T | 0x0, X1 = mtd. On SUCCESS the reply's MTD is in X1
     * ({@link #replyMtd}) and the reply message in the caller's UTCB.
     *
     * @param noWait T flag: fail with TIMEOUT instead of helping a busy callee
     */
    public static Status ipcCall(UserContext ctx, long pt, int mtd, boolean noWait) {
        return call(ctx, identifier(Hypercall.IPC_CALL, noWait ? 1 : 0, pt), mtd & 0xffff_ffffL, 0, 0, 0);
    }

    /** §5.2.1 ipc_call without the T flag: helps a busy callee (§5.2.1 "If T=0"). */
    public static Status ipcCall(UserContext ctx, long pt, int mtd) {
        return ipcCall(ctx, pt, mtd, false);
    }

    /** After ipc_call: the MTD of the reply message (X1, §7.8). */
    public static int replyMtd(UserContext ctx) {
        return (int) ctx.x(1);
    }

    /**
     * §5.2.2 ipc_reply: X0 = 0x1, X1 = mtd. Does not return: the kernel unwinds the handler and
     * enters it again at the portal IP with the next message (X0 = pid, X1 = mtd).
     */
    public static void ipcReply(UserContext ctx, int mtd) {
        call(ctx, identifier(Hypercall.IPC_REPLY, 0, 0), mtd & 0xffff_ffffL, 0, 0, 0);
    }

    /** In a portal handler: the Portal Identifier of the called portal (X0, §7.8 IPC Reply). */
    public static long portalId(UserContext ctx) {
        return ctx.x(0);
    }

    /** In a portal handler: the MTD of the incoming message (X1, §7.8 IPC Reply). */
    public static int incomingMtd(UserContext ctx) {
        return (int) ctx.x(1);
    }

    // ---- §5.3 object creation ----------------------------------------------------------------

    /** §5.3.1 create_pd: X0 = sel | OP | 0x2, X1 = pd. {@code op} is one of {@link CreatePdOp}. */
    public static Status createPd(UserContext ctx, int op, long sel, long pd) {
        return call(ctx, identifier(Hypercall.CREATE_PD, op, sel), pd, 0, 0, 0);
    }

    /**
     * §5.3.2 create_ec: X0 = sel | F T G | 0x3, X1 = pd, X2 = hvp[63:12] | cpu[11:0], X3 = sp,
     * X4 = evt.
     *
     * @param utcb   HVA where the kernel maps the new EC's UTCB; its page number is hvp
     * @param global T flag: a global thread (gets an SC) instead of a local thread (gets portals)
     * @param fpu    F flag
     * @param guest  G flag: a virtual CPU instead of a host EC
     */
    public static Status createEc(UserContext ctx, long sel, long pd, long utcb, int cpu, long sp, long evt,
                                  boolean global, boolean fpu, boolean guest) {
        int flags = (guest ? 1 : 0) | (global ? 2 : 0) | (fpu ? 4 : 0);
        long x2 = (utcb & ~0xfffL) | (cpu & 0xfffL);
        return call(ctx, identifier(Hypercall.CREATE_EC, flags, sel), pd, x2, sp, evt);
    }

    /** §5.3.2 create_ec of a local host thread (portals may be bound to it) without FPU. */
    public static Status createLocalEc(UserContext ctx, long sel, long pd, long utcb, int cpu, long sp, long evt) {
        return createEc(ctx, sel, pd, utcb, cpu, sp, evt, false, false, false);
    }

    /** §5.3.2 create_ec of a global host thread (an SC may be bound to it) without FPU. */
    public static Status createGlobalEc(UserContext ctx, long sel, long pd, long utcb, int cpu, long sp, long evt) {
        return createEc(ctx, sel, pd, utcb, cpu, sp, evt, true, false, false);
    }

    /** §5.3.3 create_sc: X0 = sel | 0x4, X1 = pd, X2 = ec, X3 = scd ({@link Scd}). */
    public static Status createSc(UserContext ctx, long sel, long pd, long ec, long scd) {
        return call(ctx, identifier(Hypercall.CREATE_SC, 0, sel), pd, ec, scd, 0);
    }

    /** §5.3.4 create_pt: X0 = sel | 0x5, X1 = pd, X2 = ec, X3 = ip. */
    public static Status createPt(UserContext ctx, long sel, long pd, long ec, long ip) {
        return call(ctx, identifier(Hypercall.CREATE_PT, 0, sel), pd, ec, ip, 0);
    }

    /** §5.3.5 create_sm: X0 = sel | 0x6, X1 = pd, X2 = cnt. */
    public static Status createSm(UserContext ctx, long sel, long pd, long count) {
        return call(ctx, identifier(Hypercall.CREATE_SM, 0, sel), pd, count, 0, 0);
    }

    // ---- §5.4 object control -----------------------------------------------------------------

    /**
     * §5.4.1 ctrl_pd: X0 = src | 0x7, X1 = dst, X2 = ssb[63:12] | ord[4:0], X3 = dsb[63:12] |
     * pmm[4:0], X4 = mad[31:0]. Delegates 2^ord capabilities from selector base ssb of the source
     * space to dsb of the destination space, permissions masked with pmm ({@link Perm}).
     */
    public static Status ctrlPd(UserContext ctx, long src, long dst, long ssb, long dsb, int ord, int pmm, int mad) {
        return call(ctx, identifier(Hypercall.CTRL_PD, 0, src), dst,
                ssb << 12 | (ord & 0x1f), dsb << 12 | (pmm & 0x1f), mad & 0xffff_ffffL);
    }

    /** §5.4.2 ctrl_ec: X0 = ec | S | 0x8. {@code strong}: S=1, wait until the recall was observed. */
    public static Status ctrlEc(UserContext ctx, long ec, boolean strong) {
        return call(ctx, identifier(Hypercall.CTRL_EC, strong ? 1 : 0, ec), 0, 0, 0, 0);
    }

    /** §5.4.3 ctrl_sc: X0 = sc | 0x9; on SUCCESS X1 = consumed time in STC ticks ({@link #scTime}). */
    public static Status ctrlSc(UserContext ctx, long sc) {
        return call(ctx, identifier(Hypercall.CTRL_SC, 0, sc), 0, 0, 0, 0);
    }

    /** After ctrl_sc: the total consumed execution time of the SC (X1, §7.8). */
    public static long scTime(UserContext ctx) {
        return ctx.x(1);
    }

    /** §5.4.4 ctrl_pt: X0 = pt | 0xa, X1 = pid, X2 = mtd. */
    public static Status ctrlPt(UserContext ctx, long pt, long pid, int mtd) {
        return call(ctx, identifier(Hypercall.CTRL_PT, 0, pt), pid, mtd & 0xffff_ffffL, 0, 0);
    }

    /** §5.4.5 ctrl_sm Up (D=0): X0 = sm | 0xb, X1 = stc (ignored). */
    public static Status smUp(UserContext ctx, long sm) {
        return call(ctx, identifier(Hypercall.CTRL_SM, 0, sm), 0, 0, 0, 0);
    }

    /**
     * §5.4.5 ctrl_sm Down (D=1): X0 = sm | Z D | 0xb, X1 = absolute timeout (0 = none).
     *
     * @param zero Z flag: set the counter to zero instead of decrementing it
     */
    public static Status smDown(UserContext ctx, long sm, long deadline, boolean zero) {
        return call(ctx, identifier(Hypercall.CTRL_SM, 1 | (zero ? 2 : 0), sm), deadline, 0, 0, 0);
    }

    /** §5.4.5 ctrl_sm with raw flags, for callers that need the exact D/Z encoding. */
    public static Status ctrlSm(UserContext ctx, long sm, int flags, long stc) {
        return call(ctx, identifier(Hypercall.CTRL_SM, flags, sm), stc, 0, 0, 0);
    }

    // ---- §5.5 platform management ------------------------------------------------------------

    /** §5.5.1 ctrl_hw: X0 = desc[63:8] | OP | 0xc. */
    public static Status ctrlHw(UserContext ctx, int op, long desc) {
        return call(ctx, identifier(Hypercall.CTRL_HW, op, desc), 0, 0, 0, 0);
    }

    /**
     * §5.5.2 assign_int: X0 = sm | G P T M | 0xd, X1 = cpu, X2 = sid[15:0]. On SUCCESS X1 = msi_addr,
     * X2 = msi_data ({@link #msiAddress}, {@link #msiData}).
     *
     * @param flags G P T M in bits 3..0 ({@link AssignInt})
     */
    public static Status assignInt(UserContext ctx, long sm, int flags, int cpu, int sid) {
        return call(ctx, identifier(Hypercall.ASSIGN_INT, flags, sm), cpu & 0xffff_ffffL, sid & 0xffffL, 0, 0);
    }

    /** After assign_int: msi_addr[31:0] (X1, §7.8). */
    public static long msiAddress(UserContext ctx) {
        return ctx.x(1) & 0xffff_ffffL;
    }

    /** After assign_int: msi_data[15:0] (X2, §7.8). */
    public static int msiData(UserContext ctx) {
        return (int) (ctx.x(2) & 0xffff);
    }

    /** §5.5.3 assign_dev: X0 = dma | 0xe, X1 = smmu[63:12] (physical address), X2 = dad ({@link Dad}). */
    public static Status assignDev(UserContext ctx, long dma, long smmuPhys, long dad) {
        return call(ctx, identifier(Hypercall.ASSIGN_DEV, 0, dma), smmuPhys & ~0xfffL, dad, 0, 0);
    }

    /** Any hypercall number with raw registers: for tests of BAD_HYP and for fuzzing. */
    public static Status raw(UserContext ctx, long x0, long x1, long x2, long x3, long x4) {
        return call(ctx, x0, x1, x2, x3, x4);
    }
}
