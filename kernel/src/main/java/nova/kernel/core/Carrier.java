package nova.kernel.core;

import java.util.concurrent.locks.LockSupport;

/**
 * A host thread that carries one chain of execution: a global EC at the bottom and the local ECs
 * it called on top (§5.2.1: the caller's Java stack below is the donation chain). Exactly one
 * carrier runs at a time; it holds the baton until it blocks or reaches a preemption point, then
 * hands the baton to whichever carrier the scheduler picks next.
 */
final class Carrier {
    final Ec bottom;           // null for the pseudo-carrier of the thread that called Nova.run
    Thread thread;
    Ec top;                    // the EC currently executing on this carrier
    volatile boolean permit;   // the baton
    boolean blocked;           // waiting on a semaphore (or forever after a reply without caller)
    Ec helping;                // §5.2.1 T=0: waiting for this busy callee while helping it
    boolean exited;
    boolean shutdown;
    Sc waitHead;               // SCs waiting for this carrier to become runnable (Sc.prev/next)

    Carrier(Ec bottom) {
        this.bottom = bottom;
        this.top = bottom;
    }

    /** Gives the baton to this carrier, starting its thread on first use. */
    void grant(Kernel k) {
        permit = true;
        Thread t = thread;
        if (t == null) {
            t = k.newCarrierThread(this);
            thread = t;
            t.start();
        } else {
            LockSupport.unpark(t);
        }
    }

    /** Parks the calling thread (this carrier's) until it holds the baton again. */
    void await() {
        boolean interrupted = false;
        while (!permit) {
            LockSupport.park(this);
            if (Thread.interrupted()) interrupted = true;   // park would not block again: clear, restore later
        }
        permit = false;
        if (interrupted) Thread.currentThread().interrupt();
    }

    void addWaiter(Sc sc) {
        sc.prev = null;
        sc.next = waitHead;
        if (waitHead != null) waitHead.prev = sc;
        waitHead = sc;
        sc.waitingOn = this;
    }

    void removeWaiter(Sc sc) {
        if (sc.prev == null) waitHead = sc.next;
        else sc.prev.next = sc.next;
        if (sc.next != null) sc.next.prev = sc.prev;
        sc.prev = sc.next = null;
        sc.waitingOn = null;
    }
}
