package nova.kernel.core;

import nova.kernel.UserContext;

/** Minimal hypercall stubs for white-box tests, per the aarch64 calling convention (§7.8). */
final class Hc {
    static final long SELNUM = Kernel.SELNUM;
    static final long ROOT_OBJ = SELNUM - 2, ROOT_PD = SELNUM - 3, ROOT_EC = SELNUM - 4, ROOT_SC = SELNUM - 5, NOVA_OBJ = SELNUM - 1;
    static final long ROOT_UTCB = Boot.ROOT_UTCB_VA;

    private Hc() {}

    static int raw(UserContext c, int nr, int flags, long sel, long... args) {
        c.setX(0, sel << 8 | (long) flags << 4 | nr);
        for (int i = 0; i < args.length; i++) c.setX(i + 1, args[i]);
        c.svc();
        return (int) (c.x(0) & 0xff);
    }

    static int createPd(UserContext c, long sel, long pd, int op) {
        return raw(c, 2, op, sel, pd);
    }

    static int createEc(UserContext c, long sel, long pd, int flags, int cpu, long utcbVa, long sp, long evt) {
        return raw(c, 3, flags, sel, pd, utcbVa | cpu, sp, evt);
    }

    static int createSc(UserContext c, long sel, long pd, long ec, int prio, int budgetMs) {
        return raw(c, 4, 0, sel, pd, ec, (long) prio << 16 | budgetMs);
    }

    static int createPt(UserContext c, long sel, long pd, long ec, long ip) {
        return raw(c, 5, 0, sel, pd, ec, ip);
    }

    static int createSm(UserContext c, long sel, long pd, long cnt) {
        return raw(c, 6, 0, sel, pd, cnt);
    }

    static int ctrlPd(UserContext c, long src, long dst, long ssb, long dsb, int ord, int pmm, long mad) {
        return raw(c, 7, 0, src, dst, ssb << 12 | ord, dsb << 12 | pmm, mad);
    }

    static int call(UserContext c, long pt, long mtd, boolean noHelp) {
        return raw(c, 0, noHelp ? 1 : 0, pt, mtd);
    }

    static void reply(UserContext c, long mtd) {
        raw(c, 1, 0, 0, mtd);
    }

    static int up(UserContext c, long sm) {
        return raw(c, 0xb, 0, sm, 0);
    }

    static int down(UserContext c, long sm, boolean zero, long timeout) {
        return raw(c, 0xb, 1 | (zero ? 2 : 0), sm, timeout);
    }

    static int ctrlPt(UserContext c, long pt, long pid, long mtd) {
        return raw(c, 0xa, 0, pt, pid, mtd);
    }

    static int ctrlSc(UserContext c, long sc) {
        return raw(c, 9, 0, sc);
    }

    static int ctrlEc(UserContext c, long ec, boolean strong) {
        return raw(c, 8, strong ? 1 : 0, ec);
    }
}
