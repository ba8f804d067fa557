package nova.kernel.core;

import nova.kernel.UserCode;

/** Portal (§2.4): an entry point into a PD, bound to a local EC, with IP, MTD and PID. */
public final class Pt extends KObject {
    final Ec ec;
    final long ip;
    long mtd;     // set by ctrl_pt (§5.4.4); initially 0
    long pid;     // set by ctrl_pt; initially 0
    // Cached code lookup for ip: valid while the EC's host space has generation codeGen.
    UserCode code;
    long codeGen = -1;

    Pt(Pd owner, Ec ec, long ip) {
        super(Kind.PT, owner, KernelPool.PT_BYTES);
        this.ec = ec;
        this.ip = ip;
    }

    @Override
    void destroy(Kernel k) {
        ec.unref(k);
    }
}
