package nova.kernel.core;

import nova.kernel.Nova;
import nova.kernel.Status;

/**
 * The deterministic scheduler (§2.3). Simulated time advances in rounds; in each round the CPUs
 * take turns in fixed order (0, 1, ...), each running its highest-priority SC until its clock
 * reaches the round's end, it has nothing to run, or the SC's budget is used up (then the SC goes
 * to the tail of its priority level: round robin). A newly ready SC of higher priority preempts the
 * current one at the next preemption point (hypercall or memory access of the running code). When
 * no CPU has work, time jumps to the next timeout; when there is none either, the system is idle.
 */
final class Scheduler {
    final Kernel k;
    final CpuState[] cpus;
    final long round;            // round length in STC ticks
    long stc;                    // STC at the start of the current round
    long roundEnd;
    long limit;                  // absolute STC at which run() stops
    private int turn;            // CPU whose turn it is
    private boolean ranThisRound;
    Nova.Reason stopReason;
    long contextSwitches;
    private Carrier lastRun;
    private long timeoutSeq;

    Scheduler(Kernel k, int ncpu, long stcHz) {
        this.k = k;
        this.cpus = new CpuState[ncpu];
        for (int i = 0; i < ncpu; i++) cpus[i] = new CpuState(i);
        this.round = Math.max(1, stcHz / 10_000);   // 100 µs
    }

    void beginRun(long limit) {
        this.limit = limit;
        this.stopReason = null;
        if (roundEnd <= stc) startRound(stc);
    }

    private void startRound(long at) {
        stc = at;
        roundEnd = Math.min(at + round, Math.max(limit, at));
        for (CpuState c : cpus) c.clock = at;
        turn = 0;
        ranThisRound = false;
    }

    /** The next carrier to run, or null when the run stops ({@link #stopReason} says why). */
    Carrier next() {
        for (;;) {
            if (k.rootExited) return stop(Nova.Reason.ROOT_EXITED);
            if (stc >= limit) return stop(Nova.Reason.TIME_LIMIT);
            CpuState c = cpus[turn];
            if (c.clock < roundEnd) {
                fireTimeouts(c);
                Sc sc = pick(c);
                if (sc != null) {
                    Carrier car = resolve(c, sc);
                    if (car == null) continue;
                    c.sliceEnd = Math.min(roundEnd, c.clock + Math.max(1, sc.left));
                    ranThisRound = true;
                    if (car != lastRun) contextSwitches++;
                    lastRun = car;
                    return car;
                }
                long t = c.earliestTimeout();
                long until = Long.compareUnsigned(t, roundEnd) < 0 ? Math.max(t, c.clock) : roundEnd;
                if (until == c.clock && t == c.clock) continue;   // due now: fire on next pass
                c.idle.consumed += until - c.clock;
                c.clock = until;
                continue;
            }
            if (++turn < cpus.length) continue;
            long next = roundEnd;
            if (!ranThisRound) {
                long t = -1L;
                for (CpuState x : cpus) if (Long.compareUnsigned(x.earliestTimeout(), t) < 0) t = x.earliestTimeout();
                if (t == -1L) {
                    startRound(roundEnd);
                    return stop(Nova.Reason.IDLE);
                }
                if (Long.compareUnsigned(t, next) > 0) next = Long.compareUnsigned(t, limit) < 0 ? t : limit;
                for (CpuState x : cpus) x.idle.consumed += next - roundEnd;
            }
            startRound(next);
        }
    }

    private Carrier stop(Nova.Reason r) {
        stopReason = r;
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

    /** Makes an SC ready on its CPU; a higher priority than the current SC requests preemption. */
    void makeReady(Sc sc) {
        CpuState c = cpus[sc.cpu];
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

    /** The carrier can run again: every SC that waited for it becomes ready. */
    void wake(Carrier car) {
        car.blocked = false;
        while (car.waitHead != null) {
            Sc sc = car.waitHead;
            car.removeWaiter(sc);
            makeReady(sc);
        }
    }

    /** A first-time SC binding (create_sc): the SC becomes ready. */
    void admit(Sc sc) {
        makeReady(sc);
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

    private void fireTimeouts(CpuState c) {
        for (Ec e = c.firstTimeout(); e != null && Long.compareUnsigned(e.deadline, c.clock) <= 0; e = c.firstTimeout()) {
            c.removeTimeout(e);
            Sm sm = e.blockedOn;
            if (sm != null) {
                sm.remove(e);
                e.wakeStatus = Status.TIMEOUT.code();
                wake(e.carrier);
                sm.unref(k);
            }
        }
    }
}
