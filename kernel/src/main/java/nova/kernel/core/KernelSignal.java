package nova.kernel.core;

/**
 * Preallocated, stackless control-flow throwables the kernel uses to unwind user code on a
 * carrier: a reply ends the handler's {@code UserCode.run} (§5.2.2), a killed EC's code is
 * abandoned, and shutdown ends every carrier when a run is over. An {@link Error} so that user
 * code catching {@code Exception} does not swallow it.
 */
final class KernelSignal extends Error {
    static final KernelSignal REPLY = new KernelSignal("ipc_reply");
    static final KernelSignal KILLED = new KernelSignal("EC killed");
    static final KernelSignal SHUTDOWN = new KernelSignal("kernel shut down");

    private KernelSignal(String what) {
        super(what, null, false, false);
    }
}
