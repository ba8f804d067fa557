package nova.kernel.core;

/**
 * Object space (§2.1.1): SELNUM slots, each a null capability or an object capability (§4.1.2).
 * Stored as a two-level table of 512-slot chunks allocated on first use and accounted to the PD
 * (capability storage, MEM_CAP); a chunk returns to the pool when its last capability goes.
 */
public final class ObjSpace extends KObject {
    public static final int CHUNK_BITS = 9;
    static final int CHUNK = 1 << CHUNK_BITS;

    private static final class Chunk {
        final KObject[] obj = new KObject[CHUNK];
        final byte[] perm = new byte[CHUNK];
        final Pd payer;
        int used;

        Chunk(Pd payer) {
            this.payer = payer;
        }
    }

    final Pd pd;            // the PD this space belongs to (not counted: the PD holds the space)
    final long selnum;
    private final Chunk[] chunks;

    ObjSpace(Pd pd, Pd owner, long selnum) {
        super(Kind.OBJ_SPACE, owner, owner == null ? 0 : KernelPool.OBJ_SPACE_BYTES);
        this.pd = pd;
        this.selnum = selnum;
        this.chunks = new Chunk[(int) (selnum >>> CHUNK_BITS)];
    }

    /** The object at {@code sel}, or null for a null capability or an out-of-range selector. */
    public KObject get(long sel) {
        if (sel < 0 || sel >= selnum) return null;
        Chunk c = chunks[(int) (sel >>> CHUNK_BITS)];
        return c == null ? null : c.obj[(int) sel & (CHUNK - 1)];
    }

    /** Permissions of the capability at {@code sel} (0 for a null capability). */
    public int perms(long sel) {
        if (sel < 0 || sel >= selnum) return 0;
        Chunk c = chunks[(int) (sel >>> CHUNK_BITS)];
        return c == null ? 0 : c.perm[(int) sel & (CHUNK - 1)];
    }

    /** Makes storage for {@code sel} exist, accounting it to {@code payer}; false on MEM_CAP. */
    boolean ensure(Kernel k, long sel, Pd payer) {
        int ci = (int) (sel >>> CHUNK_BITS);
        if (chunks[ci] != null) return true;
        if (!k.pool.charge(payer, KernelPool.TABLE_BYTES)) return false;
        chunks[ci] = new Chunk(payer);
        return true;
    }

    /**
     * Stores a capability (or a null capability when {@code o == null} or {@code perms == 0}) at
     * {@code sel}, dropping whatever was there. Storage must exist unless a null is stored.
     */
    void set(Kernel k, long sel, KObject o, int perms) {
        int ci = (int) (sel >>> CHUNK_BITS);
        Chunk c = chunks[ci];
        int i = (int) sel & (CHUNK - 1);
        if (o == null || perms == 0) {
            if (c == null || c.obj[i] == null) return;
            KObject old = c.obj[i];
            c.obj[i] = null;
            c.perm[i] = 0;
            if (--c.used == 0) {
                chunks[ci] = null;
                k.pool.release(c.payer, KernelPool.TABLE_BYTES);
            }
            old.unref(k);
            return;
        }
        KObject old = c.obj[i];
        o.ref();
        c.obj[i] = o;
        c.perm[i] = (byte) perms;
        if (old == null) c.used++;
        else old.unref(k);
    }

    /** Returns the chunk holding {@code sel} to the pool if no capability uses it (failure paths). */
    void trim(Kernel k, long sel) {
        int ci = (int) (sel >>> CHUNK_BITS);
        Chunk c = chunks[ci];
        if (c != null && c.used == 0) {
            chunks[ci] = null;
            k.pool.release(c.payer, KernelPool.TABLE_BYTES);
        }
    }

    /** True if storage exists for the chunk holding {@code sel}. */
    boolean hasStorage(long sel) {
        return chunks[(int) (sel >>> CHUNK_BITS)] != null;
    }

    /** Number of capabilities this space holds to {@code o} (invariant checking). */
    long countRefsTo(java.util.IdentityHashMap<KObject, long[]> acc) {
        long n = 0;
        for (Chunk c : chunks) {
            if (c == null) continue;
            int used = 0;
            for (KObject o : c.obj)
                if (o != null) {
                    used++;
                    n++;
                    acc.computeIfAbsent(o, x -> new long[1])[0]++;
                }
            if (used != c.used) throw new IllegalStateException("object-space chunk count " + c.used + " != " + used);
        }
        return n;
    }

    /** Adds the storage of this space's chunks to the per-payer account (invariant checking). */
    void accountStorage(java.util.IdentityHashMap<Pd, long[]> acc) {
        for (Chunk c : chunks)
            if (c != null) acc.computeIfAbsent(c.payer, x -> new long[1])[0] += KernelPool.TABLE_BYTES;
    }

    @Override
    void destroy(Kernel k) {
        for (int ci = 0; ci < chunks.length; ci++) {
            Chunk c = chunks[ci];
            if (c == null) continue;
            for (int i = 0; i < CHUNK; i++) {
                if (c.obj[i] != null) set(k, ((long) ci << CHUNK_BITS) | i, null, 0);
            }
        }
    }
}
