package nova.kernel.core;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The kernel's invariants, checked on demand (tests and the fuzz test run it after every
 * hypercall): every object's reference count equals the references that exist, every PD's
 * kernel-memory account equals what it pays for, the pool total matches, every SC is in exactly
 * the queue its state says, and semaphore queues and timeout heaps are well formed.
 */
final class Invariants {
    private final Kernel k;
    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<KObject, long[]> expected = new IdentityHashMap<>();

    Invariants(Kernel k) {
        this.k = k;
    }

    String check() {
        if (k.stats.lastResortGuards != 0) fail("last-resort guard fired " + k.stats.lastResortGuards + " times");
        countReferences();
        checkAccounting();
        checkScheduler();
        return out.toString();
    }

    private void fail(String s) {
        if (out.length() < 4000) out.append(s).append('\n');
    }

    private void refTo(KObject o) {
        if (o == null) return;
        long[] c = expected.get(o);
        if (c == null) {
            fail(o.kind + " is referenced but " + (o.destroyed ? "destroyed" : "not tracked as live"));
            return;
        }
        c[0]++;
    }

    /** Counts every reference that every live object (and the kernel itself) holds. */
    private void countReferences() {
        for (KObject o : k.live) {
            expected.put(o, new long[1]);
            if (o.destroyed) fail(o.kind + " is destroyed but still live");
        }
        refTo(k.novaObj);
        refTo(k.novaHst);
        for (Carrier car : k.carriers)
            for (Ec e = car.top; e != null && e != car.bottom; e = e.caller) if (!e.global) refTo(e);
        for (KObject o : k.live) {
            switch (o) {
                case ObjSpace os -> {
                    IdentityHashMap<KObject, long[]> caps = new IdentityHashMap<>();
                    try {
                        os.countRefsTo(caps);
                    } catch (IllegalStateException e) {
                        fail(e.getMessage());
                    }
                    for (Map.Entry<KObject, long[]> en : caps.entrySet()) {
                        long[] c = expected.get(en.getKey());
                        if (c == null) fail(en.getKey().kind + " in an object space is destroyed");
                        else c[0] += en.getValue()[0];
                    }
                }
                case Pd pd -> {
                    refTo(pd.obj);
                    refTo(pd.hst);
                    for (MemSpace s : pd.others) refTo(s);
                }
                case Ec e -> {
                    refTo(e.pd);
                    if (e.blockedOn != null) refTo(e.blockedOn);
                }
                case Sc sc -> refTo(sc.ec);
                case Pt p -> refTo(p.ec);
                case MemSpace m -> {}
                case Sm m -> {
                    for (Ec e = m.head; e != null; e = e.smNext)
                        if (e.blockedOn != m || e.destroyed) fail("EC in a semaphore queue is not blocked on it");
                }
            }
        }
        for (Map.Entry<KObject, long[]> en : expected.entrySet()) {
            KObject o = en.getKey();
            if (o.refs != en.getValue()[0]) fail(o.kind + " has refs=" + o.refs + " but " + en.getValue()[0] + " references exist");
        }
    }

    private void checkAccounting() {
        IdentityHashMap<Pd, long[]> paid = new IdentityHashMap<>();
        long total = 0;
        for (KObject o : expected.keySet()) {
            long own = o.cost;
            if (o instanceof Ec e && e.utcbPa >= 0) paid.computeIfAbsent(e.pd, x -> new long[1])[0] += 4096;
            if (own != 0) paid.computeIfAbsent(o.owner, x -> new long[1])[0] += own;
            if (o instanceof ObjSpace os) os.accountStorage(paid);
            if (o instanceof MemSpace ms) ms.accountStorage(paid);
        }
        for (Map.Entry<Pd, long[]> en : paid.entrySet()) {
            total += en.getValue()[0];
            Pd pd = en.getKey();
            if (pd != null && pd.kmem != en.getValue()[0])
                fail("PD accounts " + pd.kmem + " bytes but pays for " + en.getValue()[0]);
        }
        for (KObject o : expected.keySet())
            if (o instanceof Pd pd && !paid.containsKey(pd) && pd.kmem != 0) fail("PD accounts " + pd.kmem + " bytes but pays for none");
        if (total != k.pool.used()) fail("kernel pool used " + k.pool.used() + " but live objects account " + total);
    }

    private void checkScheduler() {
        IdentityHashMap<Sc, Boolean> seen = new IdentityHashMap<>();
        for (CpuState c : k.sched.cpus) {
            int n = 0;
            for (int p = 0; p < CpuState.PRIOS; p++) {
                Sc h = c.heads[p];
                boolean bit = p < 64 ? (c.bits0 & (1L << p)) != 0 : (c.bits1 & (1L << (p - 64))) != 0;
                if (bit != (h != null)) fail("cpu" + c.id + " priority bitmap wrong at " + p);
                if (h == null) continue;
                Sc s = h;
                do {
                    if (s.state != Sc.State.READY || s.cpu != c.id || s.prio != p) fail("cpu" + c.id + " queue holds an SC in state " + s.state);
                    if (seen.put(s, Boolean.TRUE) != null) fail("SC queued twice");
                    if (s.next.prev != s) fail("cpu" + c.id + " queue links broken");
                    n++;
                    s = s.next;
                } while (s != h && n <= 1_000_000);
            }
            if (n != c.readyCount) fail("cpu" + c.id + " ready count " + c.readyCount + " but " + n + " queued");
            if (c.current != null) {
                if (c.current.state != Sc.State.CURRENT) fail("cpu" + c.id + " current SC in state " + c.current.state);
                if (seen.put(c.current, Boolean.TRUE) != null) fail("current SC also queued");
            }
            for (int i = 0; i < c.heapSize; i++) {
                Ec e = c.heap[i];
                if (e.heapIdx != i) fail("timeout heap index wrong");
                if (i > 0 && Long.compareUnsigned(c.heap[(i - 1) / 2].deadline, e.deadline) > 0) fail("timeout heap order broken");
                if (e.blockedOn == null) fail("timeout for an EC that is not blocked");
            }
        }
        for (Carrier car : k.carriers)
            for (Sc s = car.waitHead; s != null; s = s.next) {
                if (s.state != Sc.State.WAITING || s.waitingOn != car) fail("SC in a wait list in state " + s.state);
                if (seen.put(s, Boolean.TRUE) != null) fail("waiting SC also queued");
            }
        for (KObject o : expected.keySet()) {
            if (!(o instanceof Sc s) || s.ec == null) continue;
            boolean listed = seen.containsKey(s);
            boolean should = s.state == Sc.State.READY || s.state == Sc.State.CURRENT || s.state == Sc.State.WAITING;
            if (listed != should) fail("SC in state " + s.state + (listed ? " is" : " is not") + " on a queue");
            if (s.state == Sc.State.DEAD) fail("live SC in state DEAD");
        }
    }
}
