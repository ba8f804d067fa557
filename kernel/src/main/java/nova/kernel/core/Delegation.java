package nova.kernel.core;

/**
 * ctrl_pd (§5.4.1): delegates the capabilities of an order-aligned selector range from a source
 * space to a destination space, masking permissions with pmm; whatever the destination held in the
 * range is revoked first. Empty parts of both ranges are skipped a table at a time, so even an
 * order-31 range costs time only where capabilities exist. Kernel-owned pages (UTCBs, HIP) are
 * neither delegated nor overwritten (§4.3, §6.3).
 */
final class Delegation {
    private Delegation() {}

    static int ctrlPd(Kernel k, Ec ec, long srcSel, long dstSel, long x2, long x3, long mad) {
        ObjSpace os = ec.pd.obj;
        KObject src = os.get(srcSel), dst = os.get(dstSel);
        if (src == null || dst == null || (os.perms(srcSel) & Perms.SPC_TAKE) == 0 || (os.perms(dstSel) & Perms.SPC_GRANT) == 0)
            return Hypercalls.BAD_CAP;
        boolean objects = src instanceof ObjSpace && dst instanceof ObjSpace;
        boolean memory = src instanceof MemSpace s && s.kind == KObject.Kind.HST_SPACE && dst instanceof MemSpace;
        if (!objects && !memory) return Hypercalls.BAD_CAP;
        int ord = (int) (x2 & 0x1f);
        long ssb = x2 >>> 12, dsb = x3 >>> 12;
        int pmm = (int) (x3 & 0x1f);
        long n = 1L << ord;
        if ((ssb & (n - 1)) != 0 || (dsb & (n - 1)) != 0) return Hypercalls.BAD_PAR;
        long max = objects ? Kernel.SELNUM - 1 : MemSpace.PAGES - 1;
        if (ssb + n - 1 > max || dsb + n - 1 > max) return Hypercalls.BAD_PAR;
        if (objects) return objects(k, (ObjSpace) src, (ObjSpace) dst, ssb, dsb, n, pmm);
        MemSpace ms = (MemSpace) src;
        if (ms.nova && !validMad(mad)) return Hypercalls.BAD_PAR;
        return memory(k, ms, (MemSpace) dst, ssb, dsb, n, pmm, mad & 0x1f);
    }

    /** §7.7.5: CA 0x4 and SH 0x1 are reserved encodings. */
    static boolean validMad(long mad) {
        return (mad & 0x7) != 0x4 && ((mad >>> 3) & 0x3) != 0x1;
    }

    private static int objects(Kernel k, ObjSpace so, ObjSpace ds, long ssb, long dsb, long n, int pmm) {
        final long chunk = 1L << ObjSpace.CHUNK_BITS;
        for (long i = 0; i < n; ) {
            long s = ssb + i, d = dsb + i;
            if (!so.hasStorage(s) && !ds.hasStorage(d)) {
                i += Math.min(chunk - (s & (chunk - 1)), chunk - (d & (chunk - 1)));
                continue;
            }
            KObject o = so.get(s);
            int p = so.perms(s) & pmm;
            if (o == null || p == 0 || o.destroyed) {
                ds.set(k, d, null, 0);
            } else {
                if (!ds.ensure(k, d, ds.pd)) return Hypercalls.MEM_CAP;   // partial failure (§5.4.1)
                ds.set(k, d, o, p);
            }
            i++;
        }
        return Hypercalls.SUCCESS;
    }

    private static int memory(Kernel k, MemSpace sm, MemSpace dm, long ssb, long dsb, long n, int pmm, long mad) {
        final long region = 1L << 27, block = 512;
        for (long i = 0; i < n; ) {
            long s = ssb + i, d = dsb + i;
            // The NOVA host space is dense, but with no permission left after masking it grants
            // only null capabilities: then it is as empty as an unpopulated space.
            boolean srcEmpty = sm.nova && (pmm & Perms.MEM_ALL) == 0;
            if (srcEmpty || !sm.nova) {
                if ((srcEmpty || sm.regionEmpty(s)) && dm.regionEmpty(d)) {
                    i += Math.min(region - (s & (region - 1)), region - (d & (region - 1)));
                    continue;
                }
                if ((srcEmpty || !sm.blockPresent(s)) && !dm.blockPresent(d)) {
                    i += Math.min(block - (s & (block - 1)), block - (d & (block - 1)));
                    continue;
                }
            }
            i++;
            long de = dm.lookup(d);
            if ((de & MemSpace.KOWNED) != 0) continue;
            long e = sm.lookup(s);
            long p = e & pmm & Perms.MEM_ALL;
            if (e == 0 || (e & MemSpace.KOWNED) != 0 || p == 0) {
                if (de != 0) dm.set(k, d, 0);
                continue;
            }
            long attr = sm.nova ? mad : (e >>> MemSpace.MAD_SHIFT) & 0x1f;
            long ne = (e & MemSpace.PA_MASK) | attr << MemSpace.MAD_SHIFT | p;
            if (ne != de && !dm.set(k, d, ne)) return Hypercalls.MEM_CAP;   // partial failure (§5.4.1)
        }
        return Hypercalls.SUCCESS;
    }
}
