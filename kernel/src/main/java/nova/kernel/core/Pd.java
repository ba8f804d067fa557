package nova.kernel.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Protection domain (§2.1): the unit of spatial isolation. Holds its spaces; at most one object
 * space and one host space (§2.1.1–2), any number of guest and DMA spaces (§2.1.3–4).
 */
public final class Pd extends KObject {
    final boolean root;
    ObjSpace obj;
    MemSpace hst;
    final List<MemSpace> others = new ArrayList<>();
    /** Kernel memory currently accounted to this PD, in bytes. */
    long kmem;

    Pd(Pd owner, boolean root) {
        super(Kind.PD, owner, owner == null ? 0 : KernelPool.PD_BYTES);
        this.root = root;
    }

    public long kernelMemory() {
        return kmem;
    }

    @Override
    void destroy(Kernel k) {
        // The fields stay set: a dying EC of this PD may still translate through them (finding
        // nothing once the spaces are destroyed) until its carrier unwinds.
        if (obj != null) obj.unref(k);
        if (hst != null) hst.unref(k);
        for (MemSpace s : others) s.unref(k);
    }
}
