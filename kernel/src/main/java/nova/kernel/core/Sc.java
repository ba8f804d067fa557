package nova.kernel.core;

/**
 * Scheduling context (§2.3): priority and budget on one CPU, permanently bound to one EC.
 * Intrusive links put it on its CPU's run queue without allocation.
 */
public final class Sc extends KObject {
    public enum State { READY, CURRENT, WAITING, IDLE, DEAD }

    final Ec ec;           // null only for the idle SCs of the NOVA object space (§6.1.3.1)
    final int cpu;
    final int prio;
    final long budget;     // in STC ticks
    long left;             // remaining budget in the current period
    long consumed;         // total consumed time in STC ticks (ctrl_sc, §5.4.3)
    State state = State.IDLE;
    Sc prev, next;         // run-queue links (READY) or carrier wait-list links (WAITING)
    Carrier waitingOn;     // the carrier this SC waits for (WAITING)

    Sc(Pd owner, Ec ec, int cpu, int prio, long budget) {
        super(Kind.SC, owner, owner == null ? 0 : KernelPool.SC_BYTES);
        this.ec = ec;
        this.cpu = cpu;
        this.prio = prio;
        this.budget = budget;
        this.left = budget;
    }

    public long consumed() {
        return consumed;
    }

    @Override
    void destroy(Kernel k) {
        k.sched.retire(this);
        if (ec != null) {
            if (ec.sc == this) ec.sc = null;
            ec.unref(k);
        }
    }
}
