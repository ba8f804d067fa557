package nova.kernel.core;

/**
 * Semaphore (§2.5): a counter and a FIFO queue of blocked ECs (§5.4.5). Interrupt semaphores
 * (§6.1.3.1) additionally carry the routing that assign_int configured (§5.5.2).
 */
public final class Sm extends KObject {
    long counter;            // unsigned
    Ec head, tail;           // FIFO of blocked ECs (Ec.smPrev/smNext)
    final int irq;           // interrupt number, or -1 for a regular semaphore
    // assign_int state (§5.5.2); an interrupt is masked until first assigned
    int irqCpu = -1;
    boolean masked = true, level, activeLow, guest;

    Sm(Pd owner, long counter, int irq) {
        super(Kind.SM, owner, owner == null ? 0 : KernelPool.SM_BYTES);
        this.counter = counter;
        this.irq = irq;
    }

    boolean isInterrupt() {
        return irq >= 0;
    }

    void enqueue(Ec e) {
        e.smPrev = tail;
        e.smNext = null;
        if (tail == null) head = e;
        else tail.smNext = e;
        tail = e;
        e.blockedOn = this;
    }

    void remove(Ec e) {
        if (e.smPrev == null) head = e.smNext;
        else e.smPrev.smNext = e.smNext;
        if (e.smNext == null) tail = e.smPrev;
        else e.smNext.smPrev = e.smPrev;
        e.smPrev = e.smNext = null;
        e.blockedOn = null;
    }

    @Override
    void destroy(Kernel k) {
        // Blocked ECs hold a reference, so the queue is empty here.
    }
}
