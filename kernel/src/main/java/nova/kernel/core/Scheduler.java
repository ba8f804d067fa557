package nova.kernel.core;

import nova.kernel.Nova;
import nova.kernel.Status;

/**
 * The deterministic scheduler (§2.3) and the one global simulated clock (§3.1).
 *
 * <p><b>Time.</b> Every CPU has a local clock that its work advances (hypercalls, memory
 * accesses). The scheduler is a conservative discrete-event simulation: it always runs the CPU
 * with work whose clock is smallest (ties: lowest CPU number), for at most a {@link #quantum} of
 * 1 µs while other CPUs have work too, so the clocks of busy CPUs stay within about one quantum
 * of each other (a CPU that is alone with work runs until its budget or the next deadline). The global STC
 * ({@link #stc}) is that smallest clock; idle CPUs advance with it. Before running a CPU at time
 * t, every timeout with a deadline ≤ t fires, at its deadline; a slice never runs past the next
 * deadline, so a timeout fires at its STC value and no later than the next event. When no CPU has
 * work, time jumps to the next deadline; without one the system is idle.
 *
 * <p><b>Cross-CPU effects.</b> An event sent to another CPU (semaphore up, SC creation, a wake-up
 * by a timeout) is delivered at the sender's time: a receiving CPU whose clock is behind catches
 * up to it first. Hence the STC is synchronized across CPUs in the sense of §3.1.5: an EC never
 * reads a time earlier than the event that made it runnable, and every CPU's clock only grows.
 *
 * <p><b>Within a CPU.</b> The CPU runs its highest-priority SC until the slice ends or the SC's
 * budget is used up (then the SC goes to the tail of its priority level: round robin). A newly
 * ready SC of higher priority preempts the current one at the next preemption point (hypercall
 * or memory access of the running code).
 */
final class Scheduler {
    final Kernel k;
    final CpuState[] cpus;
    /**
     * Longest slice in STC ticks (1 µs): the bound on how far a busy CPU's clock runs ahead of the
     * others, and therefore on how late a cross-CPU event can reach a busy CPU.
     */
    final long quantum;
    long stc;                    // the global STC: smallest clock of a CPU with work, never decreasing
    long limit;                  // absolute STC at which run() stops
    Nova.Reason stopReason;
    long contextSwitches;
    private Carrier lastRun;
    private CpuState running;    // the CPU whose slice is executing (set by next)
    private long timeoutSeq;

    Scheduler(Kernel k, int ncpu, long stcHz) {
        this.k = k;
        this.cpus = new CpuState[ncpu];
        for (int i = 0; i < ncpu; i++) cpus[i] = new CpuState(i);
        this.quantum = Math.max(1, stcHz / 1_000_000);
    }

    void beginRun(long limit) {
        this.limit = limit;
        this.stopReason = null;
    }

    /** The next carrier to run, or null when the run stops ({@link #stopReason} says why). */
    Carrier next() {
        for (;;) {
            if (k.rootExited) {
                advanceIdle(latestClock());
                return stop(Nova.Reason.ROOT_EXITED);
            }
            CpuState min = null;
            boolean alone = true;                // min is the only CPU with work
            for (CpuState c : cpus) {
                if (!hasWork(c)) continue;
                if (min != null) alone = false;
                if (min == null || c.clock < min.clock) min = c;
            }
            Ec first = earliestTimeout();
            // unsigned, -1 = none; a deadline already passed fires now
            long deadline = first == null ? -1L : Long.compareUnsigned(first.deadline, stc) < 0 ? stc : first.deadline;
            if (min == null && first == null) {
                advanceIdle(latestClock());
                return stop(Nova.Reason.IDLE);
            }
            long at = min == null || Long.compareUnsigned(deadline, min.clock) <= 0 ? deadline : min.clock;
            if (Long.compareUnsigned(at, limit) >= 0) {
                advanceIdle(Math.max(stc, limit));
                return stop(Nova.Reason.TIME_LIMIT);
            }
            advanceIdle(at);
            if (first != null && at == deadline) {
                fire(first, at);
                continue;
            }
            Sc sc = pick(min);
            if (sc == null) continue;
            Carrier car = resolve(min, sc);
            if (car == null) continue;
            // Alone, the CPU need not stay in lockstep with anyone: it runs until its budget, the
            // next deadline or the limit (a same-CPU IPC loop thus rarely comes back here);
            // makeReady cuts the slice short as soon as another CPU gets work.
            long slice = Math.max(1, sc.left);
            if (!alone && slice > quantum) slice = quantum;
            long end = min.clock + slice < min.clock ? limit : Math.min(limit, min.clock + slice);
            if (first != null && Long.compareUnsigned(deadline, end) < 0) end = deadline;
            min.sliceEnd = end;
            running = min;
            if (car != lastRun) contextSwitches++;
            lastRun = car;
            return car;
        }
    }

    /** The time by which everything that happened so far has happened: the largest CPU clock. */
    private long latestClock() {
        long t = stc;
        for (CpuState c : cpus) t = Math.max(t, c.clock);
        return t;
    }

    /** The global STC moves to {@code t}: idle CPUs advance with it (their idle SC is charged). */
    private void advanceIdle(long t) {
        if (t <= stc) return;
        stc = t;
        for (CpuState c : cpus) {
            if (c.clock < t && !hasWork(c)) {
                c.idle.consumed += t - c.clock;
                c.clock = t;
            }
        }
    }

    private static boolean hasWork(CpuState c) {
        return c.current != null || c.readyCount != 0;
    }

    /** The CPU's clock, which is the time of anything its running code does. */
    long now(int cpu) {
        return cpus[cpu].clock;
    }

    /**
     * Execution time of {@code sc} as seen at time {@code now} (ctrl_sc, §5.4.3). An idle CPU's
     * clock catches up only when the scheduler looks at it again, so the idle SC of a CPU without
     * work (§6.1.3.1) is also credited with the time since.
     */
    long consumed(Sc sc, long now) {
        CpuState c = cpus[sc.cpu];
        if (sc == c.idle && !hasWork(c) && c.clock < now) return sc.consumed + (now - c.clock);
        return sc.consumed;
    }

    private Carrier stop(Nova.Reason r) {
        stopReason = r;
        running = null;
        lastRun = null;
        return null;
    }

    /** Current SC of the CPU after budget rotation and preemption (§2.3). */
    private Sc pick(CpuState c) {
        Sc cur = c.current;
        if (cur != null) {
            if (cur.left <= 0) {
                cur.left = cur.budget;
                c.current = null;
                c.enqueueTail(cur);
            } else if (c.resched) {
                Sc h = c.highest();
                if (h != null && h.prio > cur.prio) {
                    c.current = null;
                    c.enqueueHead(cur);
                }
            }
        }
        c.resched = false;
        if (c.current == null) {
            Sc h = c.highest();
            if (h == null) return null;
            c.remove(h);
            h.state = Sc.State.CURRENT;
            c.current = h;
        }
        return c.current;
    }

    /**
     * The carrier that the SC runs: its EC's own carrier, or, while that carrier helps a busy
     * callee (§5.2.1), the carrier executing the callee. If that carrier is blocked, the SC waits
     * for it and null is returned.
     */
    private Carrier resolve(CpuState c, Sc sc) {
        Ec ec = sc.ec;
        if (ec.dead || ec.carrier != null && ec.carrier.exited) {
            park(c, sc, null);
            return null;
        }
        Carrier car = ec.carrier;
        if (car == null) {
            car = new Carrier(ec);
            ec.carrier = car;
        }
        for (int hops = 0; ; hops++) {
            if (car.exited) {
                park(c, sc, null);
                return null;
            }
            if (car.blocked || hops > 1000) {
                park(c, sc, car);
                return null;
            }
            Ec target = car.helping;
            if (target == null || target.dead || target.carrier == null) return car;
            car = target.carrier;
        }
    }

    /** Takes the SC off the CPU: waiting for {@code on}, or idle for good when on == null. */
    private void park(CpuState c, Sc sc, Carrier on) {
        if (c.current == sc) c.current = null;
        if (on == null) {
            sc.state = Sc.State.IDLE;
        } else {
            sc.state = Sc.State.WAITING;
            on.addWaiter(sc);
        }
    }

    /**
     * Makes an SC ready on its CPU at time {@code at} (the time of the event that caused it); a
     * higher priority than the current SC requests preemption. A CPU whose clock is behind
     * catches up first (§3.1.5): the SC can never observe a time earlier than its cause. The gap
     * is idle time if the CPU had nothing to do, else it is lost to the lockstep skew (at most a
     * quantum). The running CPU, if it is another one, ends its slice within a quantum, so the
     * two advance in lockstep from here.
     */
    void makeReady(Sc sc, long at) {
        CpuState c = cpus[sc.cpu];
        if (c.clock < at) {
            if (!hasWork(c)) c.idle.consumed += at - c.clock;
            c.clock = at;
        }
        CpuState r = running;
        if (r != null && r != c && r.sliceEnd - at > quantum) r.sliceEnd = at + quantum;
        c.enqueueTail(sc);
        if (c.current == null || sc.prio > c.current.prio) c.resched = true;
    }

    /** The running carrier blocks: its SC waits for it to be woken. */
    void block(Carrier car, int cpu) {
        car.blocked = true;
        CpuState c = cpus[cpu];
        Sc sc = c.current;
        if (sc != null) park(c, sc, car);
    }

    /** The carrier can run again at time {@code at}: every SC that waited for it becomes ready. */
    void wake(Carrier car, long at) {
        car.blocked = false;
        while (car.waitHead != null) {
            Sc sc = car.waitHead;
            car.removeWaiter(sc);
            makeReady(sc, at);
        }
    }

    /** A first-time SC binding (create_sc) at time {@code at}: the SC becomes ready. */
    void admit(Sc sc, long at) {
        makeReady(sc, at);
    }

    /** An SC is destroyed: it leaves whatever queue it is on. */
    void retire(Sc sc) {
        CpuState c = cpus[sc.cpu];
        switch (sc.state) {
            case READY -> c.remove(sc);
            case CURRENT -> {
                c.current = null;
                c.resched = true;
            }
            case WAITING -> sc.waitingOn.removeWaiter(sc);
            default -> {}
        }
        sc.state = Sc.State.DEAD;
    }

    /** Charges {@code ticks} of execution to the CPU's clock and current SC (donation, §2.3). */
    void charge(int cpu, long ticks) {
        CpuState c = cpus[cpu];
        c.clock += ticks;
        Sc sc = c.current;
        if (sc != null) {
            sc.left -= ticks;
            sc.consumed += ticks;
        }
    }

    /** True when the running code on {@code cpu} must yield the baton. */
    boolean mustYield(int cpu) {
        CpuState c = cpus[cpu];
        return c.clock >= c.sliceEnd || c.resched;
    }

    // ---- timeouts (§5.4.5) -------------------------------------------------------------------

    void addTimeout(Ec e, long deadline) {
        e.deadline = deadline;
        e.timeoutSeq = timeoutSeq++;
        cpus[e.cpu].addTimeout(e);
    }

    void cancelTimeout(Ec e) {
        cpus[e.cpu].removeTimeout(e);
    }

    /** The pending timeout with the smallest (deadline, sequence) over all CPUs, or null. */
    private Ec earliestTimeout() {
        Ec best = null;
        for (CpuState c : cpus) {
            Ec e = c.firstTimeout();
            if (e != null && (best == null || CpuState.before(e, best))) best = e;
        }
        return best;
    }

    /** A timeout fires at time {@code at} (its deadline, §5.4.5): the down ends with TIMEOUT. */
    private void fire(Ec e, long at) {
        cpus[e.cpu].removeTimeout(e);
        Sm sm = e.blockedOn;
        if (sm != null) {
            sm.remove(e);
            e.wakeStatus = Status.TIMEOUT.code();
            wake(e.carrier, at);
            sm.unref(k);
        }
    }
}
