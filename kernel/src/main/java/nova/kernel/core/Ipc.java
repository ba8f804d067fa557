package nova.kernel.core;

import nova.kernel.UserCode;
import nova.kernel.UserFault;

/**
 * Portal traversal: regular IPC (§4.3.1, §4.4.1, §5.2) and the implicit calls that deliver
 * architectural and microhypervisor events (§4.4.2, §7.6). The callee's user code runs directly on
 * the caller's carrier thread, so a call to a free handler needs no thread switch, no lock and no
 * allocation; the SC stays the CPU's current SC, which is donation (§2.3.5): the handler's time is
 * charged to it. ipc_reply unwinds the handler with a preallocated signal.
 */
final class Ipc {
    static final int SUCCESS = 0, TIMEOUT = 1, ABORTED = 2, BAD_CAP = 5, BAD_CPU = 8;

    // MTD bits of the aarch64 architectural layout (§7.7.4)
    static final long MTD_POISON = 1L << 0, MTD_GPR = 1L << 2, MTD_EL0_SP = 1L << 4, MTD_EL0_IDR = 1L << 5,
            MTD_EL2_ELR_SPSR = 1L << 25, MTD_EL2_ESR_FAR = 1L << 26;
    // UTCB architectural layout offsets, host EC part (§7.7.3)
    static final int U_X0 = 0x000, U_SP_EL0 = 0x0f8, U_TPIDR = 0x100, U_TPIDRRO = 0x108, U_ELR = 0x1e0, U_SPSR = 0x1e8,
            U_ESR = 0x1f0, U_FAR = 0x1f8;
    /** SELHST/ARCH (§7.6.1: 64 architectural events) and the microhypervisor events after them (§7.6.2). */
    static final long SEL_ARCH = 0x40, EVT_STARTUP = SEL_ARCH, EVT_RECALL = SEL_ARCH + 1;
    /** Data Abort from a lower EL (§7.6.1). */
    static final long EVT_DATA_ABORT = 0x24;

    private Ipc() {}

    /** ipc_call (§5.2.1). */
    static int call(Kernel k, Carrier car, Ec caller, long sel, long mtd, boolean noHelp) {
        ObjSpace os = caller.pd.obj;
        if (!(os.get(sel) instanceof Pt pt) || (os.perms(sel) & Perms.PT_CALL) == 0) return BAD_CAP;
        return traverse(k, car, caller, pt, mtd, noHelp, false);
    }

    /**
     * Runs the portal's handler for {@code caller} and returns the caller's status once the handler
     * replied (SUCCESS) or died (ABORTED).
     */
    static int traverse(Kernel k, Carrier car, Ec caller, Pt pt, long mtd, boolean noHelp, boolean event) {
        Ec callee = pt.ec;
        if (callee.cpu != caller.cpu) return BAD_CPU;
        for (;;) {
            if (callee.dead) return ABORTED;
            Carrier busy = callee.carrier;
            if (busy == null) break;
            if (noHelp) return TIMEOUT;
            // The callee serves a call further down our own chain: helping could never finish.
            if (busy == car) return ABORTED;
            // §5.2.1 T=0: help the callee's current chain run to completion on our SC, then retry.
            k.stats.helps++;
            car.helping = callee;
            k.switchFrom(car);
            car.helping = null;
        }
        UserCode code = codeFor(k, pt);
        if (event) storeArchState(k, caller, callee, pt.mtd);
        else copyWords(k.mem, caller.utcbPa, callee.utcbPa, (int) (mtd & 0x1ff) + 1);
        callee.caller = caller;
        callee.callerIsEvent = event;
        callee.carrier = car;
        callee.ref();
        car.top = callee;
        callee.x[0] = pt.pid;
        callee.x[1] = event ? pt.mtd : mtd;
        callee.ip = pt.ip;
        k.stats.ipcs++;
        int status;
        if (code == null) {
            k.kill(callee, "no executable Java code at portal IP 0x" + Long.toHexString(pt.ip));
            status = ABORTED;
        } else {
            try {
                code.run(callee.ctx);
                status = callee.carrier == null && car.top == caller ? SUCCESS : returnedWithoutReply(k, callee);
            } catch (KernelSignal s) {
                if (s == KernelSignal.REPLY) status = SUCCESS;
                else if (s == KernelSignal.KILLED && !caller.dead) status = ABORTED;
                else throw s;
            } catch (UserFault f) {
                k.kill(callee, "unhandled " + f.getMessage());
                status = ABORTED;
            } catch (Throwable e) {   // the handler's own failure (including Errors): it dies
                k.kill(callee, "handler threw " + e);
                k.stats.userErrors++;
                status = ABORTED;
            }
        }
        if (callee.carrier == car) {             // not replied: unlink the dead callee
            callee.caller = null;
            callee.carrier = null;
            car.top = caller;
            released(k, car, callee);
        }
        callee.unref(k);
        return status;
    }

    private static int returnedWithoutReply(Kernel k, Ec callee) {
        k.kill(callee, "handler code returned without ipc_reply");
        return ABORTED;
    }

    /** ipc_reply (§5.2.2): transfers the reply; the caller then unwinds the handler's code. */
    static void reply(Kernel k, Carrier car, Ec callee, long mtd) {
        Ec caller = callee.caller;
        if (caller == null) waitForever(k, car, callee);
        if (callee.callerIsEvent) {
            loadArchState(k, callee, caller, mtd);
        } else {
            copyWords(k.mem, callee.utcbPa, caller.utcbPa, (int) (mtd & 0x1ff) + 1);
            caller.x[1] = mtd;
        }
        callee.caller = null;
        callee.carrier = null;
        car.top = caller;
        released(k, car, callee);
    }

    /** Copies message words low to high (§4.3.1); short messages word by word, long ones in bulk. */
    private static void copyWords(PhysMemory m, long from, long to, int words) {
        if (words <= 8) {
            for (int i = 0; i < words; i++) m.set64(to + 8L * i, m.get64(from + 8L * i));
        } else {
            m.copy(from, to, (long) words << 3);
        }
    }

    /** A reply without caller: wait for a next message that, for an EC without portals, never comes. */
    private static void waitForever(Kernel k, Carrier car, Ec ec) {
        k.sched.block(car, ec.cpu);
        for (;;) k.switchFrom(car);
    }

    /** A callee became free: if another SC is helping us right now, let it retry (§5.2.1). */
    private static void released(Kernel k, Carrier car, Ec callee) {
        CpuState c = k.sched.cpus[callee.cpu];
        if (c.current != null && (car.bottom == null || c.current != car.bottom.sc)) c.resched = true;
    }

    /**
     * Delivers event {@code evt} of {@code ec} through its event portal (§7.6); the EC is killed if
     * there is no suitable portal or the handler does not reply.
     */
    static void event(Kernel k, Carrier car, Ec ec, long evt) {
        long sel = ec.evtBase + evt;
        ObjSpace os = ec.pd.obj;
        if (!(os.get(sel) instanceof Pt pt) || (os.perms(sel) & Perms.PT_EVENT) == 0 || pt.ec.cpu != ec.cpu) {
            k.kill(ec, "no event portal with EVENT permission on CPU " + ec.cpu + " at selector 0x" + Long.toHexString(sel));
            return;
        }
        k.stats.events++;
        int st = traverse(k, car, ec, pt, 0, false, true);
        if (st != SUCCESS && !ec.dead) k.kill(ec, "event handler did not reply (status " + st + ")");
    }

    /** The Java code at the portal's IP in the callee's host space (cached per space generation). */
    static UserCode codeFor(Kernel k, Pt pt) {
        MemSpace hst = pt.ec.pd.hst;
        if (pt.codeGen == hst.gen && !hst.destroyed) return pt.code;
        UserCode c = k.codeAt(pt.ec, pt.ip);
        pt.code = c;
        pt.codeGen = hst.gen;
        return c;
    }

    /** Architectural state of the affected EC into the handler's UTCB, per MTD (§4.3.2, §7.7.4). */
    private static void storeArchState(Kernel k, Ec from, Ec to, long mtd) {
        PhysMemory m = k.mem;
        long u = to.utcbPa;
        if ((mtd & MTD_GPR) != 0) for (int i = 0; i < 31; i++) m.set64(u + U_X0 + 8L * i, from.x[i]);
        if ((mtd & MTD_EL0_SP) != 0) m.set64(u + U_SP_EL0, from.sp);
        if ((mtd & MTD_EL0_IDR) != 0) {
            m.set64(u + U_TPIDR, from.tpidr);
            m.set64(u + U_TPIDRRO, from.tpidrro);
        }
        if ((mtd & MTD_EL2_ELR_SPSR) != 0) {
            m.set64(u + U_ELR, from.ip);
            m.set64(u + U_SPSR, from.spsr);
        }
        if ((mtd & MTD_EL2_ESR_FAR) != 0) {
            m.set64(u + U_ESR, from.esr);
            m.set64(u + U_FAR, from.far);
        }
    }

    /** The handler's UTCB into the affected EC's state, per the reply MTD (§4.4.2, §7.7.4). */
    private static void loadArchState(Kernel k, Ec from, Ec to, long mtd) {
        PhysMemory m = k.mem;
        long u = from.utcbPa;
        if ((mtd & MTD_POISON) != 0) {
            k.kill(to, "killed by POISON in the event reply");
            return;
        }
        if ((mtd & MTD_GPR) != 0) for (int i = 0; i < 31; i++) to.x[i] = m.get64(u + U_X0 + 8L * i);
        if ((mtd & MTD_EL0_SP) != 0) to.sp = m.get64(u + U_SP_EL0);
        if ((mtd & MTD_EL0_IDR) != 0) {
            to.tpidr = m.get64(u + U_TPIDR);
            to.tpidrro = m.get64(u + U_TPIDRRO);
        }
        if ((mtd & MTD_EL2_ELR_SPSR) != 0) {
            to.ip = m.get64(u + U_ELR);
            // Only the condition flags of SPSR_EL2 are writable for a host EC (§7.7.4 note).
            to.spsr = (to.spsr & 0x0fff_ffffL) | (m.get64(u + U_SPSR) & 0xf000_0000L);
        }
    }
}
