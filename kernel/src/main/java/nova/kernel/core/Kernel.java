package nova.kernel.core;

import java.util.List;
import java.util.function.Function;
import nova.kernel.Hypercall;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.Status;
import nova.kernel.UserCode;
import nova.kernel.UserContext;
import nova.kernel.UserFault;

/**
 * One kernel instance: physical memory, kernel memory pool, scheduler, the NOVA and root objects,
 * and the hypercall entry (§7.8). Every piece of kernel state is touched only by the thread that
 * holds the baton (see {@link Carrier}), so the kernel needs no locks; the volatile baton handoff
 * orders memory between threads.
 */
public final class Kernel {
    /** Number of selectors in every object space (HIP SELNUM, §6.3). */
    public static final long SELNUM = 1L << 20;
    /** Pin interrupts with an interrupt semaphore at 2^16 + n in the NOVA object space (§6.1.3.1). */
    public static final int INTPIN = 64;
    public static final long INT_SEL_BASE = 1L << 16;

    final PlatformConfig cfg;
    final PhysMemory mem;
    final KernelPool pool;
    final Scheduler sched;
    final Stats stats = new Stats();
    final Function<Ec, UserContext> contexts;
    final long hypercallCost, memCost;

    // Physical layout (§6.3 HIP addresses)
    long novaStart, novaEnd, mbufStart, mbufEnd, hipPa, rootStart, rootEnd;
    long hipVa;
    ObjSpace novaObj;
    MemSpace novaHst;
    Pd rootPd;
    Ec rootEc;
    Sc rootSc;
    final Sm[] irqSm = new Sm[INTPIN];

    /**
     * Every kernel object not yet destroyed, in creation order. Only the invariant checker reads
     * it: objects can outlive every capability when they reference each other in a cycle (a PD
     * whose object space holds a portal of the PD's own EC), and must still be accounted.
     */
    final java.util.LinkedHashSet<KObject> live = new java.util.LinkedHashSet<>();
    boolean rootExited;
    private boolean finished;
    Carrier running;
    private final Carrier main = new Carrier(null);
    /** Carriers whose thread started and has not exited (shutdown ends them). */
    final java.util.LinkedHashSet<Carrier> carriers = new java.util.LinkedHashSet<>();

    Kernel(PlatformConfig cfg, Function<Ec, UserContext> contexts) {
        this.cfg = cfg;
        this.contexts = contexts;
        this.mem = new PhysMemory(cfg.memoryBytes());
        // The pool bounds the Java heap the kernel can be made to use: an eighth of memory, at
        // least 256 KiB, at most 64 MiB.
        long poolBytes = Math.min(64L << 20, Math.max(256 << 10, (cfg.memoryBytes() / 8) & ~0xfffL));
        this.pool = new KernelPool(cfg.memoryBytes() - poolBytes, poolBytes);
        this.sched = new Scheduler(this, cfg.cpus(), cfg.stcHz());
        this.hypercallCost = Math.max(1, cfg.stcHz() / 10_000_000);   // 100 ns per hypercall
        this.memCost = Math.max(1, cfg.stcHz() / 1_000_000_000);      // 1 ns per memory access
    }

    /** Boots the kernel (§6) with the root image (§6.2). */
    public static Kernel boot(PlatformConfig cfg, JavaImage image, Function<Ec, UserContext> contexts) {
        return Boot.boot(cfg, image, contexts);
    }

    public long stc() {
        return sched.stc;
    }

    // ---- running ---------------------------------------------------------------------------

    public Nova.RunResult run(long maxNanos) {
        if (running != null) throw new IllegalStateException("Nova.run is not reentrant");
        if (finished) return new Nova.RunResult(sched.stopReason, sched.stc);
        long ticks = nanosToTicks(maxNanos);
        long limit = sched.stc + ticks < sched.stc ? Long.MAX_VALUE : sched.stc + ticks;
        sched.beginRun(limit);
        main.thread = Thread.currentThread();
        Carrier n = sched.next();
        if (n != null) {
            running = n;
            n.grant(this);
            main.await();
        }
        running = null;
        Nova.RunResult r = new Nova.RunResult(sched.stopReason, sched.stc);
        if (r.reason() != Nova.Reason.TIME_LIMIT) shutdown();
        return r;
    }

    private long nanosToTicks(long ns) {
        java.math.BigInteger t = java.math.BigInteger.valueOf(ns).multiply(java.math.BigInteger.valueOf(cfg.stcHz()))
                .divide(java.math.BigInteger.valueOf(1_000_000_000L));
        return t.bitLength() > 62 ? Long.MAX_VALUE / 2 : t.longValue();
    }

    /** Ends every carrier thread: the system is idle for good or the root exited. */
    private void shutdown() {
        finished = true;
        main.thread = Thread.currentThread();
        for (Carrier c : List.copyOf(carriers)) {
            if (c.exited || c.thread == null) continue;
            c.shutdown = true;
            running = c;
            c.grant(this);
            main.await();
        }
        running = null;
    }

    Thread newCarrierThread(Carrier c) {
        carriers.add(c);
        return Thread.ofVirtual().name("nova-ec-cpu" + c.bottom.cpu).unstarted(() -> carrierMain(c));
    }

    /**
     * The running carrier reached a preemption point or blocked: hand the baton to whatever the
     * scheduler picks and wait until this carrier is picked again.
     */
    void switchFrom(Carrier car) {
        Carrier n = sched.next();
        if (n == car) return;
        Carrier to = n == null ? main : n;
        running = n;
        to.grant(this);
        car.await();
        running = car;
        if (car.shutdown) throw KernelSignal.SHUTDOWN;
    }

    private void carrierMain(Carrier car) {
        car.await();
        running = car;
        Ec ec = car.bottom;
        try {
            if (!car.shutdown) startEc(car, ec);
        } catch (KernelSignal s) {
            // KILLED: the EC died; SHUTDOWN: the run is over. Either way the carrier ends.
        } catch (Throwable t) {
            stats.lastResortGuards++;
            stats.log("kernel: unexpected " + t + " on the carrier of an EC on CPU " + ec.cpu);
        }
        car.exited = true;
        if (car.shutdown) {
            main.grant(this);
            return;
        }
        if (!ec.dead) {
            ec.dead = true;
            stats.log("EC on CPU " + ec.cpu + " exited: its code returned");
        }
        if (ec.isRoot) rootExited = true;
        carriers.remove(car);
        Carrier n = sched.next();
        running = n;
        (n == null ? main : n).grant(this);
    }

    private void startEc(Carrier car, Ec ec) {
        if (!ec.isRoot) {
            Ipc.event(this, car, ec, Ipc.EVT_STARTUP);   // §5.3.2 T=1, §7.6.2
            if (ec.dead) return;
        }
        ec.started = true;
        for (;;) {
            UserCode code = codeAt(ec, ec.ip);
            if (code == null) {
                kill(ec, "no executable Java code at IP 0x" + Long.toHexString(ec.ip));
                return;
            }
            try {
                code.run(ec.ctx);
                return;
            } catch (UserFault f) {
                // The EC's fault: a Data Abort event (§7.6.1) through its event portal, which
                // kills the EC if there is none. Java code cannot resume inside the faulting
                // access, so after the handler's reply the code restarts at the EC's IP (which
                // the reply may have moved, MTD EL2_ELR_SPSR).
                stats.faults++;
                stats.log("EC on CPU " + ec.cpu + " faulted: " + f.getMessage());
                if (ec.far != f.address()) {        // raised by user code itself, not by an access
                    ec.far = f.address();
                    ec.esr = 0x24L << 26 | 1L << 25;
                }
                Ipc.event(this, car, ec, Ipc.EVT_DATA_ABORT);
                if (ec.dead) return;
            } catch (KernelSignal s) {
                throw s;
            } catch (Throwable e) {   // the EC's own failure (including Errors such as assertions): it dies
                kill(ec, "user code threw " + e);
                stats.userErrors++;
                return;
            }
        }
    }

    /** The Java code at {@code ip} if the EC's host space maps that page user-executable. */
    UserCode codeAt(Ec ec, long ip) {
        if ((ip & 3) != 0) return null;
        long e = ec.pd.hst.lookup(ip >>> 12);
        if ((e & Perms.MEM_XU) == 0) return null;
        return mem.codeAt((e & MemSpace.PA_MASK) | (ip & 0xfff));
    }

    void kill(Ec ec, String why) {
        if (ec.dead) return;
        ec.dead = true;
        stats.kills++;
        stats.log("EC on CPU " + ec.cpu + " killed: " + why);
    }

    boolean isProtectedPage(long page) {
        long pa = page << 12;
        return pa >= novaStart && pa < novaEnd || pa >= pool.base() && pa < pool.end();
    }

    // ---- hypercall entry (§7.8) --------------------------------------------------------------

    /**
     * The hypercall entry (§7.8): decodes X0 (number in bits 3:0, flags in 7:4, selector in 63:8)
     * and the argument registers and dispatches. Deliberately one method with the whole switch:
     * it is too big for the JIT to inline into user code, which keeps the small reply path
     * ({@link #reply}) inlinable everywhere.
     */
    void svc(Ec ec) {
        Carrier car = running;
        if (car == null || car.top != ec || car.thread != Thread.currentThread() || car.shutdown) notRunning(car, "svc");
        long[] x = ec.x;
        long x0 = x[0];
        int nr = (int) x0 & 0xf;
        int fl = (int) (x0 >>> 4) & 0xf;
        long sel = x0 >>> 8;
        stats.hypercalls[nr]++;
        sched.charge(ec.cpu, hypercallCost);
        int status;
        try {
            status = switch (nr) {
                case Hypercall.IPC_CALL -> Ipc.call(this, car, ec, sel, x[1] & 0xffff_ffffL, (fl & 1) != 0);
                case Hypercall.IPC_REPLY -> {                     // normally handled by reply()
                    Ipc.reply(this, car, ec, x[1] & 0xffff_ffffL);
                    throw KernelSignal.REPLY;
                }
                case Hypercall.CREATE_PD -> Hypercalls.createPd(this, ec, sel, fl, x[1]);
                case Hypercall.CREATE_EC -> Hypercalls.createEc(this, ec, sel, fl, x[1], x[2], x[3], x[4]);
                case Hypercall.CREATE_SC -> Hypercalls.createSc(this, ec, sel, x[1], x[2], x[3]);
                case Hypercall.CREATE_PT -> Hypercalls.createPt(this, ec, sel, x[1], x[2], x[3]);
                case Hypercall.CREATE_SM -> Hypercalls.createSm(this, ec, sel, x[1], x[2]);
                case Hypercall.CTRL_PD -> Delegation.ctrlPd(this, ec, sel, x[1], x[2], x[3], x[4] & 0xffff_ffffL);
                case Hypercall.CTRL_EC -> Hypercalls.ctrlEc(ec, sel);
                case Hypercall.CTRL_SC -> Hypercalls.ctrlSc(ec, sel);
                case Hypercall.CTRL_PT -> Hypercalls.ctrlPt(ec, sel, x[1], x[2]);
                case Hypercall.CTRL_SM -> Hypercalls.ctrlSm(this, car, ec, sel, fl, x[1]);
                case Hypercall.CTRL_HW -> Hypercalls.ctrlHw(ec, fl);
                case Hypercall.ASSIGN_INT -> Hypercalls.assignInt(this, ec, sel, fl, x[1]);
                case Hypercall.ASSIGN_DEV -> Hypercalls.assignDev(ec, sel);
                default -> Hypercalls.BAD_HYP;                    // 0xf: reserved (§5.1.1)
            };
        } catch (RuntimeException e) {
            status = guard(e, nr);
        }
        x[0] = status;
        if (ec.recallPending || ec.dead || sched.mustYield(ec.cpu)) leaveKernel(car, ec);
    }

    /** ipc_reply's kernel part; the caller ({@link Ec#svc}) then unwinds the handler. */
    void reply(Ec ec) {
        Carrier car = running;
        if (car == null || car.top != ec || car.thread != Thread.currentThread() || car.shutdown) notRunning(car, "svc");
        stats.hypercalls[Hypercall.IPC_REPLY]++;
        sched.charge(ec.cpu, hypercallCost);
        Ipc.reply(this, car, ec, ec.x[1] & 0xffff_ffffL);
    }

    /**
     * Last resort only: every input is validated before use, and the fuzz tests assert that this
     * counter stays zero. (Kernel signals are Errors and pass straight through.)
     */
    private int guard(RuntimeException e, int nr) {
        stats.lastResortGuards++;
        stats.log("kernel: unexpected " + e + " in hypercall " + nr);
        return Status.BAD_PAR.code();
    }

    private void notRunning(Carrier car, String what) {
        if (car != null && car.shutdown && car.thread == Thread.currentThread()) throw KernelSignal.SHUTDOWN;
        throw new IllegalStateException(what + " through the UserContext of an EC that is not running on this thread");
    }

    /** Pending recall (§5.4.2), death, or a preemption point that must yield. */
    private void leaveKernel(Carrier car, Ec ec) {
        if (ec.recallPending && !ec.dead) {
            ec.recallPending = false;
            Ipc.event(this, car, ec, Ipc.EVT_RECALL);
        }
        if (ec.dead) throw KernelSignal.KILLED;
        if (sched.mustYield(ec.cpu)) switchFrom(car);
    }

    /** A user memory access: costs time and is a preemption point. */
    void userStep(Ec ec) {
        Carrier car = running;
        if (car == null || car.top != ec || car.thread != Thread.currentThread() || car.shutdown) notRunning(car, "memory access");
        sched.charge(ec.cpu, memCost);
        if (sched.mustYield(ec.cpu)) switchFrom(car);
    }

    <T extends KObject> T track(T o) {
        live.add(o);
        return o;
    }

    /** Empty if every kernel invariant holds (see {@link Invariants}). */
    public String checkInvariants() {
        return new Invariants(this).check();
    }

    // ---- reporting ---------------------------------------------------------------------------

    public String statistics() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("STC %d ticks at %d Hz, %d CPUs, kernel memory %d / %d bytes%n", sched.stc, cfg.stcHz(),
                cfg.cpus(), pool.used(), pool.limit()));
        sb.append("hypercalls:");
        for (int i = 0; i < 16; i++) if (stats.hypercalls[i] != 0) sb.append(' ').append(Stats.NAMES[i]).append('=').append(stats.hypercalls[i]);
        sb.append(String.format("%nIPC %d, events %d, helping %d, context switches %d, faults %d, ECs killed %d%n", stats.ipcs,
                stats.events, stats.helps, sched.contextSwitches, stats.faults, stats.kills));
        for (CpuState c : sched.cpus) sb.append(String.format("cpu%d idle %d ticks%n", c.id, c.idle.consumed));
        if (stats.lastResortGuards != 0) sb.append("last-resort guard fired ").append(stats.lastResortGuards).append(" times\n");
        sb.append(stats.log);
        return sb.toString();
    }
}
