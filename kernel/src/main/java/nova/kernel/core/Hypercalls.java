package nova.kernel.core;

/**
 * Object creation, object control and platform management hypercalls (§5.3–§5.5), called by
 * {@code Kernel.svc} with the arguments decoded per the aarch64 calling convention (§7.8). Each
 * returns the status for X0[7:0]; results other than the status go straight into the caller's
 * registers.
 */
final class Hypercalls {
    static final int SUCCESS = 0, TIMEOUT = 1, ABORTED = 2, OVRFLOW = 3, BAD_HYP = 4, BAD_CAP = 5, BAD_PAR = 6,
            BAD_FTR = 7, BAD_CPU = 8, BAD_DEV = 9, MEM_OBJ = 10, MEM_CAP = 11;
    /** Default memory attributes of kernel-made mappings: write-back, inner shareable (§7.7.5). */
    static final long MAD_DEFAULT = 0x7 | (0x3 << 3);

    private Hypercalls() {}

    /** True if {@code sel} is a valid selector holding a null capability (§4.1.1). */
    static boolean isNull(ObjSpace os, long sel) {
        return sel >= 0 && sel < os.selnum && os.get(sel) == null;
    }

    /** The PD behind a PD capability with permission {@code perm}, or null (BAD_CAP). */
    static Pd pdCap(ObjSpace os, long sel, int perm) {
        return os.get(sel) instanceof Pd p && (os.perms(sel) & perm) != 0 ? p : null;
    }

    static Ec ecCap(ObjSpace os, long sel, int perm) {
        return os.get(sel) instanceof Ec e && (os.perms(sel) & perm) != 0 ? e : null;
    }

    /**
     * Stores a new object's capability at {@code sel} after its memory was accounted to the owner;
     * on MEM_CAP the object's accounting is undone.
     */
    private static boolean install(Kernel k, Ec ec, long sel, Pd owner, long cost) {
        if (ec.pd.obj.ensure(k, sel, ec.pd)) return true;
        k.pool.release(owner, cost);
        return false;
    }

    // ---- §5.3.1 create_pd ------------------------------------------------------------------------

    static int createPd(Kernel k, Ec ec, long sel, int op, long pdSel) {
        ObjSpace os = ec.pd.obj;
        if (!isNull(os, sel)) return BAD_CAP;
        Pd pd = pdCap(os, pdSel, Perms.PD_PD);
        if (pd == null) return BAD_CAP;
        if (op > 6) return BAD_PAR;
        // No PIO or MSR spaces on Arm; DMA spaces only with an SMMU, and the HIP reports none
        // (§2.1 table and †, §7.7.1).
        if (op == 4 || op == 5 || op == 6) return BAD_FTR;
        if (op == 1 && pd.obj != null || op == 2 && pd.hst != null) return ABORTED;   // only one each (§2.1.1–2)
        long cost = op == 0 ? KernelPool.PD_BYTES : op == 1 ? KernelPool.OBJ_SPACE_BYTES : KernelPool.MEM_SPACE_BYTES;
        if (!k.pool.charge(pd, cost)) return MEM_OBJ;
        if (!install(k, ec, sel, pd, cost)) return MEM_CAP;
        switch (op) {
            case 0 -> os.set(k, sel, k.track(new Pd(pd, false)), os.perms(pdSel));   // inherits the permissions (§5.3.1)
            case 1 -> {
                ObjSpace s = k.track(new ObjSpace(pd, pd, Kernel.SELNUM));
                pd.obj = s;
                s.ref();
                os.set(k, sel, s, Perms.OBJ_ALL);
            }
            default -> {
                KObject.Kind kind = op == 2 ? KObject.Kind.HST_SPACE : op == 3 ? KObject.Kind.GST_SPACE : KObject.Kind.DMA_SPACE;
                MemSpace s = k.track(new MemSpace(kind, pd, pd));
                if (op == 2) pd.hst = s;
                else pd.others.add(s);
                s.ref();
                os.set(k, sel, s, op == 2 ? Perms.HST_ALL : op == 3 ? Perms.GST_ALL : Perms.DMA_ALL);
            }
        }
        return SUCCESS;
    }

    // ---- §5.3.2 create_ec --------------------------------------------------------------------------

    static int createEc(Kernel k, Ec ec, long sel, int fl, long pdSel, long x2, long sp, long evt) {
        ObjSpace os = ec.pd.obj;
        if (!isNull(os, sel)) return BAD_CAP;
        Pd pd = pdCap(os, pdSel, Perms.PD_EC);
        if (pd == null) return BAD_CAP;
        int cpu = (int) (x2 & 0xfff);
        if (cpu >= k.cfg.cpus()) return BAD_CPU;
        if ((fl & 1) != 0) return BAD_FTR;            // G=1: virtual CPUs need the virtualization extension work
        long hvp = x2 >>> 12;
        if (hvp >= MemSpace.PAGES) return BAD_PAR;      // UTCB outside the user-accessible range (§7.4.1)
        if (pd.obj == null || pd.hst == null || pd.hst.destroyed) return ABORTED;
        if ((pd.hst.lookup(hvp) & MemSpace.KOWNED) != 0) return ABORTED;   // slot holds another UTCB or the HIP
        if (!k.pool.charge(pd, KernelPool.EC_BYTES)) return MEM_OBJ;
        long utcb = k.pool.allocPage(pd, k.mem);
        if (utcb < 0) {
            k.pool.release(pd, KernelPool.EC_BYTES);
            return MEM_OBJ;
        }
        if (!pd.hst.set(k, hvp, utcb | MAD_DEFAULT << MemSpace.MAD_SHIFT | MemSpace.KOWNED | Perms.MEM_R | Perms.MEM_W)) {
            k.pool.freePage(pd, utcb);
            k.pool.release(pd, KernelPool.EC_BYTES);
            return MEM_OBJ;
        }
        if (!os.ensure(k, sel, ec.pd)) {
            pd.hst.set(k, hvp, 0);
            k.pool.freePage(pd, utcb);
            k.pool.release(pd, KernelPool.EC_BYTES);
            return MEM_CAP;
        }
        Ec e = k.track(new Ec(k, pd, pd, cpu, (fl & 2) != 0, (fl & 4) != 0, evt, utcb, hvp << 12, false));
        pd.ref();
        e.sp = sp;
        e.ctx = k.contexts.apply(e);
        os.set(k, sel, e, Perms.EC_ALL);
        return SUCCESS;
    }

    // ---- §5.3.3 create_sc --------------------------------------------------------------------------

    static int createSc(Kernel k, Ec ec, long sel, long pdSel, long ecSel, long scd) {
        ObjSpace os = ec.pd.obj;
        if (!isNull(os, sel)) return BAD_CAP;
        Pd pd = pdCap(os, pdSel, Perms.PD_SC);
        if (pd == null) return BAD_CAP;
        Ec t = ecCap(os, ecSel, Perms.EC_BINDSC);
        if (t == null || !t.global) return BAD_CAP;     // local threads cannot have SCs (§2.2.1)
        long budget = scd & 0xffff;                      // §4.5
        int prio = (int) (scd >>> 16) & 0x7f;
        long cos = (scd >>> 23) & 0xffff;
        if (budget == 0 || prio == 0 || cos != 0) return BAD_PAR;   // COS unsupported on Arm (§7.5)
        if (t.dead || t.sc != null) return ABORTED;
        if (!k.pool.charge(pd, KernelPool.SC_BYTES)) return MEM_OBJ;
        if (!install(k, ec, sel, pd, KernelPool.SC_BYTES)) return MEM_CAP;
        Sc s = k.track(new Sc(pd, t, t.cpu, prio, budgetTicks(k, budget)));
        t.ref();
        t.sc = s;
        os.set(k, sel, s, Perms.SC_ALL);
        k.sched.admit(s, k.sched.now(ec.cpu));
        return SUCCESS;
    }

    static long budgetTicks(Kernel k, long ms) {
        long hz = k.cfg.stcHz();
        return Math.multiplyHigh(ms, hz) != 0 || ms * hz < 0 ? Long.MAX_VALUE / 2 : Math.max(1, ms * hz / 1000);
    }

    // ---- §5.3.4 create_pt, §5.3.5 create_sm ----------------------------------------------------------

    static int createPt(Kernel k, Ec ec, long sel, long pdSel, long ecSel, long ip) {
        ObjSpace os = ec.pd.obj;
        if (!isNull(os, sel)) return BAD_CAP;
        Pd pd = pdCap(os, pdSel, Perms.PD_PT);
        if (pd == null) return BAD_CAP;
        Ec t = ecCap(os, ecSel, Perms.EC_BINDPT);
        if (t == null || t.global) return BAD_CAP;      // portals bind to local threads only (§2.2.1)
        if (t.dead) return ABORTED;
        if (!k.pool.charge(pd, KernelPool.PT_BYTES)) return MEM_OBJ;
        if (!install(k, ec, sel, pd, KernelPool.PT_BYTES)) return MEM_CAP;
        Pt p = k.track(new Pt(pd, t, ip));
        t.ref();
        os.set(k, sel, p, Perms.PT_ALL);
        return SUCCESS;
    }

    static int createSm(Kernel k, Ec ec, long sel, long pdSel, long cnt) {
        ObjSpace os = ec.pd.obj;
        if (!isNull(os, sel)) return BAD_CAP;
        Pd pd = pdCap(os, pdSel, Perms.PD_SM);
        if (pd == null) return BAD_CAP;
        if (!k.pool.charge(pd, KernelPool.SM_BYTES)) return MEM_OBJ;
        if (!install(k, ec, sel, pd, KernelPool.SM_BYTES)) return MEM_CAP;
        os.set(k, sel, k.track(new Sm(pd, cnt, -1)), Perms.SM_ALL);
        return SUCCESS;
    }

    // ---- §5.4.2–§5.4.5 ---------------------------------------------------------------------------------

    /**
     * ctrl_ec: pends a recall (§5.4.2), delivered through the recall event portal (§7.6.2) when the
     * EC next leaves the kernel. Java ECs only ever stop inside the kernel (at a hypercall or memory
     * access), so a strong recall is observed as soon as it is pended, like a weak one.
     */
    static int ctrlEc(Ec ec, long sel) {
        Ec t = ecCap(ec.pd.obj, sel, Perms.EC_CTRL);
        if (t == null) return BAD_CAP;
        t.recallPending = true;
        return SUCCESS;
    }

    static int ctrlSc(Ec ec, long sel) {
        ObjSpace os = ec.pd.obj;
        if (!(os.get(sel) instanceof Sc s) || (os.perms(sel) & Perms.SC_CTRL) == 0) return BAD_CAP;
        ec.x[1] = ec.k.sched.consumed(s, ec.k.sched.now(ec.cpu));
        return SUCCESS;
    }

    static int ctrlPt(Ec ec, long sel, long pid, long mtd) {
        ObjSpace os = ec.pd.obj;
        if (!(os.get(sel) instanceof Pt p) || (os.perms(sel) & Perms.PT_CTRL) == 0) return BAD_CAP;
        p.pid = pid;
        p.mtd = mtd & 0xffff_ffffL;
        return SUCCESS;
    }

    static int ctrlSm(Kernel k, Carrier car, Ec ec, long sel, int fl, long timeout) {
        ObjSpace os = ec.pd.obj;
        boolean down = (fl & 1) != 0, zero = (fl & 2) != 0;
        if (!(os.get(sel) instanceof Sm sm) || (os.perms(sel) & (down ? Perms.SM_DN : Perms.SM_UP)) == 0) return BAD_CAP;
        if (!down) {
            Ec w = sm.head;
            if (w != null) {                                  // release the first waiter (FIFO)
                sm.remove(w);
                k.sched.cancelTimeout(w);
                w.wakeStatus = SUCCESS;
                k.sched.wake(w.carrier, k.sched.now(ec.cpu));
                sm.unref(k);
                return SUCCESS;
            }
            if (sm.counter == -1L) return OVRFLOW;           // the unsigned counter would wrap
            sm.counter++;
            return SUCCESS;
        }
        if (sm.isInterrupt() && sm.irqCpu >= 0 && sm.irqCpu != ec.cpu) return BAD_CPU;
        if (sm.counter != 0) {
            sm.counter = zero ? 0 : sm.counter - 1;
            return SUCCESS;
        }
        long now = k.sched.now(ec.cpu);
        if (timeout != 0 && Long.compareUnsigned(now, timeout) >= 0) return TIMEOUT;   // already reached
        sm.ref();
        sm.enqueue(ec);
        if (timeout != 0) k.sched.addTimeout(ec, timeout);
        k.sched.block(car, ec.cpu);
        while (ec.blockedOn == sm) k.switchFrom(car);
        return ec.wakeStatus;
    }

    // ---- §5.5 platform management ------------------------------------------------------------------

    /** ctrl_hw: root only; this platform has neither ACPI sleep states nor QOS (§5.5.1). */
    static int ctrlHw(Ec ec, int op) {
        if (!ec.pd.root) return BAD_HYP;
        return op == 0 || op >= 4 && op <= 7 ? BAD_FTR : BAD_PAR;
    }

    /** assign_int (§5.5.2) on the pin interrupts of this platform; MSI address/data are 0 for pins. */
    static int assignInt(Kernel k, Ec ec, long sel, int fl, long cpu) {
        ObjSpace os = ec.pd.obj;
        if (!(os.get(sel) instanceof Sm sm) || (os.perms(sel) & Perms.SM_ASSIGN) == 0 || !sm.isInterrupt()) return BAD_CAP;
        if (cpu < 0 || cpu >= k.cfg.cpus()) return BAD_CPU;
        sm.irqCpu = (int) cpu;
        sm.masked = (fl & 1) != 0;
        sm.level = (fl & 2) != 0;
        sm.activeLow = (fl & 4) != 0;
        sm.guest = (fl & 8) != 0;
        ec.x[1] = 0;
        ec.x[2] = 0;
        return SUCCESS;
    }

    /** assign_dev (§5.5.3): this platform has no SMMU, so no address names one (BAD_DEV). */
    static int assignDev(Ec ec, long sel) {
        if (!ec.pd.root) return BAD_HYP;
        ObjSpace os = ec.pd.obj;
        if (!(os.get(sel) instanceof MemSpace s) || s.kind != KObject.Kind.DMA_SPACE || (os.perms(sel) & Perms.SPC_ASSIGN) == 0)
            return BAD_CAP;
        return BAD_DEV;
    }
}
