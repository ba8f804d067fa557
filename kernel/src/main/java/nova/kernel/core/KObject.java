package nova.kernel.core;

/**
 * A kernel object (§2). Reference counted: every capability slot that holds the object and every
 * binding from another object (a PT or SC to its EC, an EC or space to its PD) counts once. When
 * the count drops to zero the object is destroyed and its kernel memory returns to the PD it was
 * accounted to.
 */
public abstract sealed class KObject permits Pd, ObjSpace, MemSpace, Ec, Sc, Pt, Sm {
    /** What a capability to this object is (§4.1.2). */
    public enum Kind { PD, OBJ_SPACE, HST_SPACE, GST_SPACE, DMA_SPACE, EC, SC, PT, SM }

    final Kind kind;
    final Pd owner;        // the PD the object's memory was accounted to (null for boot-time NOVA objects)
    final long cost;       // bytes accounted for the object itself
    int refs;
    boolean destroyed;

    KObject(Kind kind, Pd owner, long cost) {
        this.kind = kind;
        this.owner = owner;
        this.cost = cost;
    }

    public final Kind kind() {
        return kind;
    }

    final void ref() {
        refs++;
    }

    final void unref(Kernel k) {
        if (--refs == 0 && !destroyed) {
            destroyed = true;
            k.live.remove(this);
            destroy(k);
            k.pool.release(owner, cost);
        }
    }

    /** Releases what the object holds; called once, when the last reference goes. */
    abstract void destroy(Kernel k);
}
