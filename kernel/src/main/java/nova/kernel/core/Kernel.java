package nova.kernel.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    boolean rootExited;
    private boolean finished;
    Carrier running;
    private final Carrier main = new Carrier(null);
    final List<Carrier> carriers = new ArrayList<>();

    Kernel(PlatformConfig cfg, Function<Ec, UserContext> contexts) {
        this.cfg = cfg;
        this.contexts = contexts;
        this.mem = new PhysMemory(cfg.memoryBytes());
        long poolBytes = Math.max(256 << 10, (cfg.memoryBytes() / 8) & ~0xfffL);
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
        for (Carrier c : carriers) {
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
        UserCode code = codeAt(ec, ec.ip);
        if (code == null) {
            kill(ec, "no executable Java code at IP 0x" + Long.toHexString(ec.ip));
            return;
        }
        try {
            code.run(ec.ctx);
        } catch (UserFault f) {
            kill(ec, "unhandled " + f.getMessage());
        } catch (KernelSignal s) {
            throw s;
        } catch (Throwable e) {   // the EC's own failure (including Errors such as assertions): it dies
            kill(ec, "user code threw " + e);
            stats.userErrors++;
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

    void svc(Ec ec) {
        Carrier car = running;
        if (car == null || car.top != ec)
            throw new IllegalStateException("svc through the UserContext of an EC that is not running");
        if (car.shutdown) throw KernelSignal.SHUTDOWN;
        long x0 = ec.x[0];
        int nr = (int) x0 & 0xf;
        stats.hypercalls[nr]++;
        sched.charge(ec.cpu, hypercallCost);
        int status;
        try {
            status = Hypercalls.dispatch(this, car, ec, nr, (int) (x0 >>> 4) & 0xf, x0 >>> 8);
        } catch (RuntimeException e) {
            // (Kernel signals are Errors and pass straight through.) Last resort only: every input is validated above this point; the fuzz test asserts
            // that this counter stays zero.
            stats.lastResortGuards++;
            stats.log("kernel: unexpected " + e + " in hypercall " + nr);
            status = Status.BAD_PAR.code();
        }
        ec.x[0] = status;
        if (ec.recallPending && !ec.dead) {
            ec.recallPending = false;
            Ipc.event(this, car, ec, Ipc.EVT_RECALL);    // §5.4.2
        }
        if (ec.dead) throw KernelSignal.KILLED;
        if (sched.mustYield(ec.cpu)) switchFrom(car);
    }

    /** A user memory access: costs time and is a preemption point. */
    void userStep(Ec ec) {
        Carrier car = running;
        if (car == null || car.top != ec)
            throw new IllegalStateException("memory access through the UserContext of an EC that is not running");
        if (car.shutdown) throw KernelSignal.SHUTDOWN;
        sched.charge(ec.cpu, memCost);
        if (sched.mustYield(ec.cpu)) switchFrom(car);
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
        sb.append(String.format("%nIPC %d, events %d, helping %d, context switches %d, ECs killed %d%n", stats.ipcs,
                stats.events, stats.helps, sched.contextSwitches, stats.kills));
        for (CpuState c : sched.cpus) sb.append(String.format("cpu%d idle %d ticks%n", c.id, c.idle.consumed));
        if (stats.lastResortGuards != 0) sb.append("last-resort guard fired ").append(stats.lastResortGuards).append(" times\n");
        sb.append(stats.log);
        return sb.toString();
    }
}
