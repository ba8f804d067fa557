package nova.user.conformance;

import nova.kernel.Status;
import nova.kernel.UserContext;
import nova.user.sdk.CreatePdOp;
import nova.user.sdk.Event;
import nova.user.sdk.Hip;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mad;
import nova.user.sdk.Mtd;
import nova.user.sdk.Perm;
import nova.user.sdk.Scd;
import nova.user.sdk.Sel;
import nova.user.sdk.Utcb;

/**
 * The root program's toolbox in conformance tests: the HIP, the boot-time selectors (§6.2.3.1) and
 * helpers that set up common situations through the SDK. Helpers that must succeed throw
 * {@link IllegalStateException} naming the step and status otherwise, which the sandbox reports.
 */
final class Root {
    /** Selectors handed out by {@link #sel()} start here, far from the boot-time ones at SELNUM-n. */
    static final long FIRST_FREE_SEL = 0x100;
    /** UTCBs of created ECs: one page each, well inside the user range (§7.4.1: 2^H ≥ 2^32). */
    static final long UTCB_AREA = 0x4000_0000L;
    /** Event selector bases with no portals behind them: an exception there kills the EC (§7.6). */
    static final long DEAD_EVT = 0x8000;

    final UserContext ctx;
    final Sandbox box;
    final Hip hip;
    final long selnum;
    final Utcb utcb;
    private long nextSel = FIRST_FREE_SEL;
    private long nextUtcb = UTCB_AREA;
    private long hostSpace = -1;

    Root(UserContext ctx, Sandbox box) {
        this.ctx = ctx;
        this.box = box;
        this.hip = Hip.read(ctx, ctx.sp());
        this.selnum = hip.selNum();
        this.utcb = Utcb.ofRoot(hip.va());
    }

    long sel() {
        return nextSel++;
    }

    /** A block of 2^order free selectors aligned to its size (ctrl_pd needs order alignment). */
    long sels(int order) {
        long size = 1L << order;
        long base = (nextSel + size - 1) & -size;
        nextSel = base + size;
        return base;
    }

    long pd() { return Sel.rootPd(selnum); }
    long obj() { return Sel.rootObjSpace(selnum); }
    long ec() { return Sel.rootEc(selnum); }
    long sc() { return Sel.rootSc(selnum); }

    /** A fresh page-aligned HVA for a UTCB in the root host space. */
    long utcbVa() {
        long va = nextUtcb;
        nextUtcb += Utcb.SIZE;
        return va;
    }

    static void expect(Status got, String step) {
        if (got != Status.SUCCESS) throw new IllegalStateException(step + " failed: " + got);
    }

    /**
     * A capability for the root host space, taken from the NOVA object space (§6.1.3.1: selector
     * SELNUM-7 there, reachable through the root's TAKE capability at SELNUM-1, §6.2.3.1).
     */
    long hostSpace() {
        if (hostSpace < 0) {
            hostSpace = sel();
            expect(Hypercalls.ctrlPd(ctx, Sel.rootNovaObjSpace(selnum), obj(), Sel.novaRootHostSpace(selnum), hostSpace,
                    0, Perm.ALL, 0), "delegate root host space");
        }
        return hostSpace;
    }

    /** Takes capability {@code novaSel} of the NOVA object space into the root object space. */
    long fromNova(long novaSel, int pmm) {
        long s = sel();
        expect(Hypercalls.ctrlPd(ctx, Sel.rootNovaObjSpace(selnum), obj(), novaSel, s, 0, pmm, 0), "take from NOVA space");
        return s;
    }

    /** Copies a root capability to a new root selector with permissions masked by pmm (§5.4.1). */
    long copy(long src, int pmm) {
        long s = sel();
        expect(Hypercalls.ctrlPd(ctx, obj(), obj(), src, s, 0, pmm, 0), "copy capability");
        return s;
    }

    long sm(long count) {
        long s = sel();
        expect(Hypercalls.createSm(ctx, s, pd(), count), "create_sm");
        return s;
    }

    /** A local EC in the root PD (portals bind to it), UTCB at {@code utcb}, SP = UTCB (SDK convention). */
    long localEc(int cpu, long utcb) {
        long s = sel();
        expect(Hypercalls.createLocalEc(ctx, s, pd(), utcb, cpu, utcb, DEAD_EVT), "create_ec local");
        return s;
    }

    long portal(long ec, long ip) {
        long s = sel();
        expect(Hypercalls.createPt(ctx, s, pd(), ec, ip), "create_pt");
        return s;
    }

    long portal(long ec, long ip, long pid) {
        long s = portal(ec, ip);
        expect(Hypercalls.ctrlPt(ctx, s, pid, 0), "ctrl_pt");
        return s;
    }

    /** A child PD with object and host space (§5.3.1), ready for ECs (§5.3.2). */
    Child child() {
        Child c = new Child(sel(), sel(), sel());
        expect(Hypercalls.createPd(ctx, CreatePdOp.PD, c.pd, pd()), "create_pd");
        expect(Hypercalls.createPd(ctx, CreatePdOp.OBJ_SPACE, c.obj, c.pd), "create_pd obj space");
        expect(Hypercalls.createPd(ctx, CreatePdOp.HOST_SPACE, c.host, c.pd), "create_pd host space");
        return c;
    }

    record Child(long pd, long obj, long host) {}

    /** Maps the root's code page into a child's host space, readable and executable (§4.1.3). */
    void mapCode(Child c) {
        long page = Sel.hostPage(Sandbox.IMAGE_BASE);
        expect(Hypercalls.ctrlPd(ctx, hostSpace(), c.host, page, page, 0, Perm.MEM_RX, Mad.RAM), "map code");
    }

    /** Blocks the root until the STC reaches {@code deadline}, on a private semaphore (§5.4.5). */
    void sleepUntil(long deadline) {
        long s = sm(0);
        Status st = Hypercalls.smDown(ctx, s, deadline, false);
        if (st != Status.TIMEOUT) throw new IllegalStateException("sleep: ctrl_sm down returned " + st);
    }

    /** The STC as this CPU reads it (CNTVCT_EL0, §3.1). */
    long now() {
        return ctx.stc();
    }

    /**
     * Starts a global EC in the root PD at {@code entry} on {@code cpu} with priority {@code prio}:
     * creates the EC, a pager (local EC + STARTUP portal at evt + SELHST/ARCH, §7.6.2) that sets
     * ELR_EL2 to the entry (MTD EL2_ELR_SPSR, §7.7.4), then binds an SC so that the EC starts.
     * The STARTUP handler was registered with {@link #registerStarter} before boot.
     */
    long globalEc(long starterIp, int cpu, long entry, int prio) {
        long evt = sels(7);
        long ec = sel();
        long u = utcbVa();
        expect(Hypercalls.createGlobalEc(ctx, ec, pd(), u, cpu, u, evt), "create_ec global");
        long pager = localEc(cpu, utcbVa());
        long startup = Event.hostEvent(evt, hip, Event.STARTUP);
        expect(Hypercalls.createPt(ctx, startup, pd(), pager, starterIp), "create_pt startup");
        expect(Hypercalls.ctrlPt(ctx, startup, entry, 0), "ctrl_pt startup");
        expect(Hypercalls.createSc(ctx, sel(), pd(), ec, Scd.of(10, prio)), "create_sc");
        return ec;
    }

    /**
     * The STARTUP handler shared by all global ECs (§7.6.2): the portal id is the entry IP, the
     * handler's own UTCB is found through the SDK convention SP = UTCB HVA ({@link Utcb#ofSp}).
     */
    static long registerStarter(Sandbox box) {
        return box.code(ctx -> {
            long entry = Hypercalls.portalId(ctx);
            Utcb.ofSp(ctx).setArch(ctx, Utcb.ELR_EL2, entry);
            Hypercalls.ipcReply(ctx, Mtd.EL2_ELR_SPSR);
        });
    }
}
