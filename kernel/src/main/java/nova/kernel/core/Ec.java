package nova.kernel.core;

import nova.kernel.UserContext;
import nova.kernel.UserFault;

/**
 * Execution context (§2.2): a host EC with its registers, UTCB (§4.3) and binding to one CPU and
 * to its PD's object and host space. Local ECs (T=0) run when one of their portals is called;
 * global ECs (T=1) run on their SC on their own {@link Carrier}. Also the kernel side of the
 * {@link UserContext}: register access and memory access through the host space (§2.1.2) with a
 * one-entry translation cache per direction, so steady-state accesses allocate nothing.
 */
public final class Ec extends KObject {
    final Kernel k;
    final Pd pd;
    final int cpu;
    final boolean global;
    final boolean fpu;
    final long evtBase;
    final long utcbPa;      // physical address of the UTCB page (§4.3)
    final long utcbVa;
    final boolean isRoot;

    // Architectural state (§7.7.3, host EC part)
    final long[] x = new long[31];
    long sp, ip, tpidr, tpidrro, spsr;
    long esr, far;           // syndrome of the last exception

    Sc sc;                   // bound SC (global ECs only)
    Carrier carrier;         // the carrier executing this EC now (null: a free local EC)
    Ec caller;               // local EC: who called (null: free)
    boolean callerIsEvent;   // the pending reply goes to an architectural event (§4.4.2)
    long callerMtd;          // the MTD the caller's message was sent with
    boolean dead;
    boolean recallPending;   // §5.4.2
    boolean started;
    UserContext ctx;

    // Semaphore queue and timeout state (§5.4.5)
    Ec smPrev, smNext;
    Sm blockedOn;
    int wakeStatus;
    long deadline;
    long timeoutSeq;
    int heapIdx = -1;

    // Translation caches (virtual page → physical page base), valid while host-space gen matches
    private long rVpn = -1, rBase, rGen = -1, wVpn = -1, wBase, wGen = -1;

    Ec(Kernel k, Pd owner, Pd pd, int cpu, boolean global, boolean fpu, long evtBase, long utcbPa, long utcbVa, boolean root) {
        super(Kind.EC, owner, owner == null ? 0 : KernelPool.EC_BYTES);
        this.k = k;
        this.pd = pd;
        this.cpu = cpu;
        this.global = global;
        this.fpu = fpu;
        this.evtBase = evtBase;
        this.utcbPa = utcbPa;
        this.utcbVa = utcbVa;
        this.isRoot = root;
    }

    @Override
    void destroy(Kernel k) {
        dead = true;
        if (blockedOn != null) {          // destroyed while blocked (its SC went): leave the queue
            Sm sm = blockedOn;
            sm.remove(this);
            k.sched.cancelTimeout(this);
            sm.unref(k);
        }
        if (utcbPa >= 0) {
            if (pd.hst != null && (pd.hst.lookup(utcbVa >>> 12) & MemSpace.PA_MASK) == utcbPa) pd.hst.set(k, utcbVa >>> 12, 0);
            k.pool.freePage(pd, utcbPa);   // the UTCB page is always accounted to the EC's PD
        }
        pd.unref(k);
    }

    // ---- UserContext side ------------------------------------------------------------------

    public long x(int n) {
        return x[n];
    }

    public void setX(int n, long v) {
        x[n] = v;
    }

    public long sp() {
        return sp;
    }

    public long ip() {
        return ip;
    }

    public int cpu() {
        return cpu;
    }

    public long stc() {
        return k.sched.cpus[cpu].clock;
    }

    public void svc() {
        if ((x[0] & 0xf) == 1) {
            // ipc_reply (§5.2.2): the kernel transfers the reply, then the handler's code is
            // unwound from here. Thrown in this tiny method, which the JIT inlines through the
            // handler into the calling frame, so the unwinding compiles to a plain jump.
            k.reply(this);
            throw KernelSignal.REPLY;
        }
        k.svc(this);
    }

    private long readPa(long va, int len) {
        k.userStep(this);
        long vpn = va >>> 12;
        if (vpn == rVpn && pd.hst.gen == rGen && (va & 0xfff) <= 4096 - len) return rBase | (va & 0xfff);
        return slowPa(va, len, false);
    }

    private long writePa(long va, int len) {
        k.userStep(this);
        long vpn = va >>> 12;
        if (vpn == wVpn && pd.hst.gen == wGen && (va & 0xfff) <= 4096 - len) return wBase | (va & 0xfff);
        return slowPa(va, len, true);
    }

    /** Translates through the host space; -1 if the access crosses a page (byte-wise path). */
    private long slowPa(long va, int len, boolean write) {
        long base = pageBase(va, write);
        if ((va & 0xfff) > 4096 - len) return -1;
        if (write) {
            wVpn = va >>> 12;
            wBase = base;
            wGen = pd.hst.gen;
        } else {
            rVpn = va >>> 12;
            rBase = base;
            rGen = pd.hst.gen;
        }
        return base | (va & 0xfff);
    }

    private long pageBase(long va, boolean write) {
        long e = pd.hst.lookup(va >>> 12);
        int need = write ? Perms.MEM_W : Perms.MEM_R;
        if ((e & need) == 0) {
            fault(va, write, e == 0 ? DFSC_TRANSLATION_L3 : DFSC_PERMISSION_L3);
            throw new UserFault(va, write ? "write to an address not mapped writable" : "read from an address not mapped readable");
        }
        long base = e & MemSpace.PA_MASK;
        if (!k.mem.inRam(base, 4096)) {
            fault(va, write, DFSC_EXTERNAL_ABORT);
            throw new UserFault(va, "access to a page without memory behind it");
        }
        return base;
    }

    // Data Abort syndrome (Arm ARM ESR_ELx): EC 0x24 (lower EL), IL, WnR, fault status code
    private static final long ESR_DABT_LOWER = 0x24L << 26 | 1L << 25, ESR_WNR = 1L << 6;
    private static final int DFSC_TRANSLATION_L3 = 0x07, DFSC_PERMISSION_L3 = 0x0f, DFSC_EXTERNAL_ABORT = 0x10;

    /** Records the syndrome of a faulting access for the Data Abort event (§7.6.1, EL2_ESR_FAR). */
    private void fault(long va, boolean write, int dfsc) {
        esr = ESR_DABT_LOWER | (write ? ESR_WNR : 0) | dfsc;
        far = va;
    }

    private long readSplit(long va, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) v |= (long) k.mem.get8(pageBase(va + i, false) | ((va + i) & 0xfff)) << (8 * i);
        return v;
    }

    private void writeSplit(long va, int len, long v) {
        for (int i = 0; i < len; i++) pageBase(va + i, true);   // all-or-nothing: check every page first
        for (int i = 0; i < len; i++) k.mem.set8(pageBase(va + i, true) | ((va + i) & 0xfff), (int) (v >>> (8 * i)));
    }

    public long read64(long va) {
        long pa = readPa(va, 8);
        return pa >= 0 ? k.mem.get64(pa) : readSplit(va, 8);
    }

    public void write64(long va, long v) {
        long pa = writePa(va, 8);
        if (pa >= 0) k.mem.set64(pa, v);
        else writeSplit(va, 8, v);
    }

    public int read32(long va) {
        long pa = readPa(va, 4);
        return pa >= 0 ? k.mem.get32(pa) : (int) readSplit(va, 4);
    }

    public void write32(long va, int v) {
        long pa = writePa(va, 4);
        if (pa >= 0) k.mem.set32(pa, v);
        else writeSplit(va, 4, v);
    }

    public int read8(long va) {
        return k.mem.get8(readPa(va, 1));
    }

    public void write8(long va, int v) {
        k.mem.set8(writePa(va, 1), v);
    }

    public void readBytes(long va, byte[] dst, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, dst.length);
        k.userStep(this);
        for (int done = 0; done < len; ) {
            long a = va + done;
            int n = (int) Math.min(len - done, 4096 - (a & 0xfff));
            k.mem.read(pageBase(a, false) | (a & 0xfff), dst, off + done, n);
            done += n;
        }
    }

    public void writeBytes(long va, byte[] src, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, src.length);
        k.userStep(this);
        for (int done = 0; done < len; ) {      // check every page before writing any
            long a = va + done;
            int n = (int) Math.min(len - done, 4096 - (a & 0xfff));
            pageBase(a, true);
            done += n;
        }
        for (int done = 0; done < len; ) {
            long a = va + done;
            int n = (int) Math.min(len - done, 4096 - (a & 0xfff));
            k.mem.write(pageBase(a, true) | (a & 0xfff), src, off + done, n);
            done += n;
        }
    }
}
