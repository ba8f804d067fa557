package nova.kernel;

import nova.kernel.core.Ec;

/**
 * What user code sees of its CPU: its registers and the memory its host space maps. One context
 * exists per execution context (EC); the kernel hands it to the EC's {@link UserCode}.
 */
public final class UserContext {
    private final Ec port;

    UserContext(Ec port) {
        this.port = port;
    }

    /** General-purpose register X{@code n}, n = 0..30. */
    public long x(int n) {
        return port.x(n);
    }

    public void setX(int n, long v) {
        port.setX(n, v);
    }

    public long sp() {
        return port.sp();
    }

    public long ip() {
        return port.ip();
    }

    /** The CPU this EC is bound to (§2.2). */
    public int cpu() {
        return port.cpu();
    }

    /**
     * The System Time Counter as this CPU reads it (§3.1.6: CNTVCT_EL0 on Arm). Simulated time:
     * it advances with the EC's work, so it is what timeouts (ctrl_sm) must be computed from. One
     * clock for all CPUs (§3.1.5): never less than the time of the event that made this EC run
     * (an up, its SC's creation, a timeout), even when that event came from another CPU.
     */
    public long stc() {
        return port.stc();
    }

    /**
     * Hypercall (svc #0, §7.8): the kernel reads X0.. and writes the results. Blocking hypercalls
     * block the caller; ipc_reply never returns normally.
     */
    public void svc() {
        port.svc();
    }

    public long read64(long va) {
        return port.read64(va);
    }

    public void write64(long va, long v) {
        port.write64(va, v);
    }

    public int read32(long va) {
        return port.read32(va);
    }

    public void write32(long va, int v) {
        port.write32(va, v);
    }

    public int read8(long va) {
        return port.read8(va);
    }

    public void write8(long va, int v) {
        port.write8(va, v);
    }

    public void readBytes(long va, byte[] dst, int off, int len) {
        port.readBytes(va, dst, off, len);
    }

    public void writeBytes(long va, byte[] src, int off, int len) {
        port.writeBytes(va, src, off, len);
    }
}
