package nova.kernel.core;

import java.util.function.Function;
import nova.kernel.JavaImage;
import nova.kernel.PlatformConfig;
import nova.kernel.UserCode;
import nova.kernel.UserContext;

/**
 * Boot (§6): physical layout, HIP, the NOVA object and host spaces (§6.1.3), the root PD with its
 * spaces (§6.2.3), and the root EC and SC on the bootstrap CPU (§6.2, §7.1.2).
 *
 * <p>Physical memory: [0, 64 KiB) is the NOVA image region (MBUF console page and HIP in its top
 * pages), the root image follows at 64 KiB, and the top eighth of memory is the kernel pool. The
 * NOVA host space protects the NOVA region and the pool.
 */
final class Boot {
    static final long NOVA_END = 0x10000, MBUF = 0xe000, HIP = 0xf000, ROOT_PA = 0x10000;
    /** HIP at the top of user-accessible memory, root UTCB 4 KiB below it (§6.2.3.2). */
    static final long HIP_VA = (1L << MemSpace.VA_BITS) - 4096, ROOT_UTCB_VA = HIP_VA - 4096;
    /** Root SC: highest priority, 1000 ms budget (§6.2). */
    static final int ROOT_PRIO = 127;
    static final long ROOT_BUDGET_MS = 1000;

    private Boot() {}

    static Kernel boot(PlatformConfig cfg, JavaImage image, Function<Ec, UserContext> contexts) {
        Kernel k = new Kernel(cfg, contexts);
        k.novaStart = 0;
        k.novaEnd = NOVA_END;
        k.mbufStart = MBUF;
        k.mbufEnd = MBUF + 4096;
        k.hipPa = HIP;
        k.hipVa = HIP_VA;
        k.rootStart = ROOT_PA;
        k.rootEnd = ROOT_PA + image.size();
        if (k.rootEnd > k.pool.base() || k.rootEnd < ROOT_PA)
            throw new IllegalArgumentException("root image of " + image.size() + " bytes does not fit in " + cfg.memoryBytes()
                    + " bytes of memory");
        if (image.base() + image.size() > ROOT_UTCB_VA || image.base() + image.size() < image.base())
            throw new IllegalArgumentException("root image overlaps the UTCB and HIP at the top of the address space");

        // The root image's code is placed at physical addresses (§6.2.1).
        int n = image.codeCount();
        long[] pas = new long[n];
        UserCode[] codes = new UserCode[n];
        for (int i = 0; i < n; i++) {
            pas[i] = ROOT_PA + (image.codeAddress(i) - image.base());
            codes[i] = image.code(i);
        }
        k.mem.placeCode(pas, codes);

        // §6.1.3: NOVA spaces; the kernel keeps a reference so they live forever.
        k.novaObj = k.track(new ObjSpace(null, null, Kernel.SELNUM));
        k.novaObj.ref();
        k.novaHst = k.track(new MemSpace(k));
        k.novaHst.ref();
        ObjSpace no = k.novaObj;
        for (int c = 0; c < cfg.cpus(); c++) {                      // idle SCs at 0..CPUNUM-1
            Sc idle = k.track(new Sc(null, null, c, 0, Long.MAX_VALUE));
            k.sched.cpus[c].idle = idle;
            put(k, no, c, idle, Perms.SC_CTRL);
        }
        for (int i = 0; i < Kernel.INTPIN; i++) {                  // interrupt semaphores at 2^16...
            k.irqSm[i] = k.track(new Sm(null, 0, i));
            put(k, no, Kernel.INT_SEL_BASE + i, k.irqSm[i], Perms.SM_ASSIGN | Perms.SM_DN);
        }
        long sn = Kernel.SELNUM;
        put(k, no, sn - 1, k.track(new Sm(null, 0, -1)), Perms.SM_ALL);       // console semaphore
        put(k, no, sn - 2, k.novaObj, Perms.SPC_TAKE);
        put(k, no, sn - 3, k.novaHst, Perms.SPC_TAKE);
        // SELNUM-4, -5 (PIO and MSR spaces) and -8 (root PIO space) stay null on Arm.

        // §6.2: root PD with object and host space.
        Pd root = k.track(new Pd(null, true));
        k.rootPd = root;
        root.obj = k.track(new ObjSpace(root, null, Kernel.SELNUM));
        root.obj.ref();
        root.hst = k.track(new MemSpace(KObject.Kind.HST_SPACE, root, null));
        root.hst.ref();
        put(k, no, sn - 6, root.obj, Perms.OBJ_ALL);
        put(k, no, sn - 7, root.hst, Perms.HST_ALL);

        // §6.2.3.2: image pages (code R+XU, data R+W), HIP read-only, root UTCB.
        long codeBytes = image.size() == 0 ? 0 : pageUp(image.codeAddress(n - 1) + 4 - image.base());
        for (long off = 0; off < image.size(); off += 4096) {
            long perms = off < codeBytes ? Perms.MEM_R | Perms.MEM_XU : Perms.MEM_R | Perms.MEM_W;
            map(k, root.hst, (image.base() + off) >>> 12, (ROOT_PA + off) | Hypercalls.MAD_DEFAULT << MemSpace.MAD_SHIFT | perms);
        }
        Hip.write(k, HIP);
        map(k, root.hst, HIP_VA >>> 12, HIP | Hypercalls.MAD_DEFAULT << MemSpace.MAD_SHIFT | MemSpace.KOWNED | Perms.MEM_R);
        long utcb = k.pool.allocPage(root, k.mem);
        if (utcb < 0) throw new IllegalArgumentException("memory too small for the kernel pool");
        map(k, root.hst, ROOT_UTCB_VA >>> 12,
                utcb | Hypercalls.MAD_DEFAULT << MemSpace.MAD_SHIFT | MemSpace.KOWNED | Perms.MEM_R | Perms.MEM_W);

        // §6.2, §7.1.2: root EC on the BSP with SELEVT = 0, IP = entry, SP = HIP.
        Ec ec = k.track(new Ec(k, null, root, 0, true, true, 0, utcb, ROOT_UTCB_VA, true));
        root.ref();
        ec.ip = image.entry();
        ec.sp = HIP_VA;
        ec.x[1] = ROOT_PA;         // X1: physical address of the root image as the boot loader passed it
        ec.ctx = contexts.apply(ec);
        k.rootEc = ec;
        Sc sc = k.track(new Sc(null, ec, 0, ROOT_PRIO, Hypercalls.budgetTicks(k, ROOT_BUDGET_MS)));
        ec.ref();
        ec.sc = sc;
        k.rootSc = sc;

        // §6.2.3.1: the root object space.
        ObjSpace ro = root.obj;
        put(k, ro, sn - 1, k.novaObj, Perms.SPC_TAKE);
        put(k, ro, sn - 2, root.obj, Perms.OBJ_ALL);
        put(k, ro, sn - 3, root, Perms.PD_ALL);
        put(k, ro, sn - 4, ec, Perms.EC_ALL);
        put(k, ro, sn - 5, sc, Perms.SC_ALL);
        k.sched.admit(sc, 0);
        return k;
    }

    private static long pageUp(long v) {
        return (v + 4095) & ~4095L;
    }

    private static void put(Kernel k, ObjSpace os, long sel, KObject o, int perms) {
        if (!os.ensure(k, sel, os.pd)) throw new IllegalArgumentException("memory too small for the kernel pool");
        os.set(k, sel, o, perms);
    }

    private static void map(Kernel k, MemSpace s, long page, long entry) {
        if (!s.set(k, page, entry)) throw new IllegalArgumentException("memory too small for the kernel pool");
    }
}
