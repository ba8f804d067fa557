package nova.user.root;

import java.util.SplittableRandom;
import nova.kernel.UserCode;
import nova.user.sdk.CreatePdOp;
import nova.user.sdk.Event;
import nova.user.sdk.Hip;
import nova.user.sdk.Mad;
import nova.user.sdk.Perm;
import nova.user.sdk.Scd;
import nova.user.sdk.Sel;

/**
 * The root partition manager of the demo (§6.2): reads the HIP, creates a server PD with one
 * portal per CPU and five client PDs, delegates each only the capabilities it needs with reduced
 * permissions, starts the clients through STARTUP portals, waits for them and reports the
 * execution time each client's SC consumed (ctrl_sc).
 */
final class RootPartitionManager {
    /** Selectors in the root object space used by the manager. */
    private static final long HOST = 0x40, SERVER_PD = 0x41, SERVER_OBJ = 0x42, SERVER_HOST = 0x43, SLEEP_SM = 0x44,
            DONE_SM = 0x45, WAIT_SM = 0x46, BUSY_SM = 0x47, SERVER_ECS = 0x100, SERVER_PTS = 0x200, PAGERS = 0x300, CLIENTS = 0x1000;
    /** Per client: PD, object space, host space, EC, SC, startup portal. */
    private static final int PER_CLIENT = 8;

    private final Console console;
    private final boolean trace;
    private final long seed;
    private volatile boolean completed;

    RootPartitionManager(Console console, boolean trace, long seed) {
        this.console = console;
        this.trace = trace;
        this.seed = seed;
    }

    UserCode entry() {
        return ctx -> run(new Sys(ctx, console, "root", trace), Hip.read(ctx, ctx.sp()));
    }

    private void run(Sys sys, Hip hip) {
        long s = hip.selNum();
        int cpus = hip.cpuNum();
        sys.log(String.format("HIP at 0x%x: %d CPU%s (BSP %d), STC %d Hz, SELNUM 0x%x, SELHST/ARCH 0x%x, root image 0x%x-0x%x",
                hip.va(), cpus, cpus == 1 ? "" : "s", hip.cpuBsp(), hip.stcHz(), s, hip.selHostArch(), hip.rootStart(), hip.rootEnd()));
        // the root host space capability comes from the NOVA object space (§6.1.3.1, §6.2.3.1)
        Sys.expect(sys.ctrlPd(Sel.rootNovaObjSpace(s), Sel.rootObjSpace(s), Sel.novaRootHostSpace(s), HOST, 0, Perm.ALL, 0),
                "take root host space");

        sys.log("creating the server PD: object space, host space, code page R-X, state page RW, one portal per CPU");
        Sys.expect(sys.createPd(CreatePdOp.PD, SERVER_PD, Sel.rootPd(s)), "create server PD");
        Sys.expect(sys.createPd(CreatePdOp.OBJ_SPACE, SERVER_OBJ, SERVER_PD), "server object space");
        Sys.expect(sys.createPd(CreatePdOp.HOST_SPACE, SERVER_HOST, SERVER_PD), "server host space");
        mapCode(sys, SERVER_HOST);
        Sys.expect(sys.ctrlPd(HOST, SERVER_HOST, Sel.hostPage(Layout.ROOT_SERVER_STATE), Sel.hostPage(Layout.SERVER_STATE),
                0, Perm.MEM_RW, Mad.RAM), "map server state");
        Sys.expect(sys.createSm(SLEEP_SM, SERVER_PD, 0), "server sleep semaphore");
        Sys.expect(sys.ctrlPd(Sel.rootObjSpace(s), SERVER_OBJ, SLEEP_SM, Layout.SERVER_SLEEP_SM, 0, Perm.SM_DOWN, 0),
                "delegate sleep semaphore");
        for (int cpu = 0; cpu < cpus; cpu++) {
            long utcb = Layout.COMPONENT_UTCBS + cpu * 4096L;
            Sys.expect(sys.createEc(SERVER_ECS + cpu, SERVER_PD, utcb, cpu, utcb, 0, false), "server EC");
            Sys.expect(sys.createPt(SERVER_PTS + cpu, SERVER_PD, SERVER_ECS + cpu, Layout.SERVER_HANDLER), "server portal");
            Sys.expect(sys.ctrlPt(SERVER_PTS + cpu, cpu, 0), "portal id");
            long pagerUtcb = Layout.ROOT_UTCBS + cpu * 4096L;
            Sys.expect(sys.createEc(PAGERS + cpu, Sel.rootPd(s), pagerUtcb, cpu, pagerUtcb, 0, false), "pager EC");
        }

        Sys.expect(sys.createSm(DONE_SM, Sel.rootPd(s), 0), "done semaphore");
        Sys.expect(sys.createSm(WAIT_SM, Sel.rootPd(s), 0), "wait semaphore");
        // 'busy': the server signals (UP only) when the slow request is in progress; urgent waits for it (DOWN only)
        Sys.expect(sys.createSm(BUSY_SM, Sel.rootPd(s), 0), "busy semaphore");
        Sys.expect(sys.ctrlPd(Sel.rootObjSpace(s), SERVER_OBJ, BUSY_SM, Layout.SERVER_BUSY_SM, 0, Components.SERVER_BUSY_PERMS, 0),
                "delegate busy semaphore");
        SplittableRandom random = new SplittableRandom(seed);
        for (Client c : Client.values()) {
            long arg = 2 + random.nextInt(40);
            startClient(sys, hip, c, cpus, arg);
        }
        for (int i = 0; i < Client.values().length; i++) Sys.expect(sys.smDown(DONE_SM, 0), "wait for clients");
        sys.log("all clients done; execution time consumed by each client's SC (ctrl_sc):");
        for (Client c : Client.values()) {
            Sys.expect(sys.ctrlSc(CLIENTS + c.ordinal() * PER_CLIENT + 4), "ctrl_sc");
            sys.log(String.format("  %-7s cpu%d prio %2d: %s", c.label, c.cpu(cpus), c.prio,
                    Components.micros(sys.ctx.x(1) * 1_000_000_000L / hip.stcHz())));
        }
        sys.log("root partition manager exits");
        completed = true;
    }

    boolean completed() {
        return completed;
    }

    private static void mapCode(Sys sys, long hostSpace) {
        long page = Sel.hostPage(Layout.CODE_PAGE);
        Sys.expect(sys.ctrlPd(HOST, hostSpace, page, page, 0, Perm.MEM_RX, Mad.RAM), "map code");
    }

    /**
     * A client PD with object and host space, the code page, a CALL-only portal capability to the
     * server EC on its CPU, an UP-only capability for the done semaphore, a global EC whose STARTUP
     * portal (EVENT only) leads to the pager on its CPU, and an SC that starts it.
     */
    private void startClient(Sys sys, Hip hip, Client c, int cpus, long arg) {
        long s = hip.selNum(), base = CLIENTS + c.ordinal() * PER_CLIENT;
        long pd = base, obj = base + 1, host = base + 2, ec = base + 3, sc = base + 4, startup = base + 5;
        int cpu = c.cpu(cpus);
        sys.log("starting client " + c.label + " on cpu" + cpu + ": own PD, portal to the server with CALL only");
        Sys.expect(sys.createPd(CreatePdOp.PD, pd, Sel.rootPd(s)), "create client PD");
        Sys.expect(sys.createPd(CreatePdOp.OBJ_SPACE, obj, pd), "client object space");
        Sys.expect(sys.createPd(CreatePdOp.HOST_SPACE, host, pd), "client host space");
        mapCode(sys, host);
        long rootObj = Sel.rootObjSpace(s);
        Sys.expect(sys.ctrlPd(rootObj, obj, SERVER_PTS + cpu, Layout.CLIENT_SERVER_PT, 0, Components.CLIENT_PT_PERMS, 0),
                "delegate server portal");
        Sys.expect(sys.ctrlPd(rootObj, obj, DONE_SM, Layout.CLIENT_DONE_SM, 0, Components.CLIENT_DONE_PERMS, 0), "delegate done");
        Sys.expect(sys.ctrlPd(rootObj, obj, WAIT_SM, Layout.CLIENT_WAIT_SM, 0, Components.CLIENT_WAIT_PERMS, 0), "delegate wait");
        Sys.expect(sys.ctrlPd(rootObj, obj, BUSY_SM, Layout.CLIENT_BUSY_SM, 0, Components.CLIENT_WAIT_PERMS, 0), "delegate busy");
        // the client table entry the pager loads into X0..X3
        long entry = Layout.ROOT_TABLE + (long) Layout.TABLE_STRIDE * c.ordinal();
        sys.ctx.write64(entry, c.ordinal());
        sys.ctx.write64(entry + 8, c.role == Client.Role.SQUARES || c.role == Client.Role.WAITER ? 3 : 1);
        sys.ctx.write64(entry + 16, arg);
        long utcb = Layout.COMPONENT_UTCBS;
        Sys.expect(sys.createEc(ec, pd, utcb, cpu, utcb, Layout.CLIENT_EVT, true), "client EC");
        Sys.expect(sys.createPt(startup, Sel.rootPd(s), PAGERS + cpu, Layout.PAGER), "startup portal");
        Sys.expect(sys.ctrlPt(startup, c.ordinal(), 0), "startup portal id");
        Sys.expect(sys.ctrlPd(rootObj, obj, startup, Event.hostEvent(Layout.CLIENT_EVT, hip, Event.STARTUP), 0, Perm.PT_EVENT, 0),
                "delegate startup portal");
        Sys.expect(sys.createSc(sc, pd, ec, Scd.of(10, c.prio)), "client SC");
    }
}
