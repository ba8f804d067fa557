/**
 * The architecture-independent core of the NOVA microhypervisor: kernel objects (§2), capability
 * spaces (§2.1, §4.1–4.2), hypercalls (§5), IPC (§4.3–4.4), scheduling (§2.3), timeouts (§3.1,
 * §5.4.5), kernel-memory accounting and boot (§6). Not exported: user components reach it only
 * through {@code nova.kernel.UserContext#svc()} with the aarch64 register convention (§7.8).
 *
 * <h2>Execution model</h2>
 *
 * <p><b>Carriers and the baton.</b> Java user code runs on host threads. Every global EC (one with
 * an SC) gets a {@code Carrier}: a virtual thread started the first time its SC is
 * scheduled. Exactly one carrier runs at any time — it holds the baton; all kernel state is
 * touched only by the baton holder, so the kernel has no locks, and the volatile handoff orders
 * memory between threads. A carrier gives up the baton only at a preemption point: a hypercall
 * or a user memory access through {@code UserContext}. Java code between those points cannot be
 * preempted (a loop that neither calls the kernel nor touches memory starves its CPU).
 *
 * <p><b>Calls run on the caller's thread.</b> {@code ipc_call} to a portal whose local EC is free
 * runs the handler's {@code UserCode} directly on the calling carrier: the caller's Java stack
 * below the handler <em>is</em> the donation chain, and the CPU's current SC simply keeps running
 * (and being charged) — donation (§2.3.5) without any bookkeeping. {@code ipc_reply} copies the
 * reply and unwinds the handler with a preallocated, stackless signal that the call frame
 * catches; the handler EC's next call starts its code afresh at the portal IP (§5.2.2). A 0-word
 * call + reply therefore needs no allocation, no lock and no thread switch.
 *
 * <p><b>Blocking.</b> A semaphore down (§5.4.5), helping (§5.2.1, T=0) or a reply without caller
 * blocks the whole carrier: the EC on top waits, and nothing below it could run before the reply
 * anyway. The SC that was running it waits on the carrier and becomes ready again when the
 * carrier is woken. Helping: the helper's SC stays current but runs the carrier that executes the
 * busy callee; when the callee replies, the helper retries its call.
 *
 * <p><b>Faults.</b> A user memory access that the host space does not permit throws
 * {@code UserFault} into the user code. If a global EC's code does not catch it, it becomes the
 * EC's Data Abort event (§7.6.1); after the handler's reply the EC's code restarts at its IP,
 * because Java code cannot resume inside the faulting access. Without an event portal the EC is
 * killed (§7.6). A portal handler that fails is killed and its caller gets ABORTED.
 *
 * <p><b>Deterministic time.</b> The STC is simulated: a hypercall costs 100 ns, a user memory
 * access 1 ns (scaled to the STC frequency); nothing reads host time. There is one global clock
 * (§3.1.5): the scheduler always runs the CPU with work whose clock is smallest, for at most 1 µs
 * at a time, so busy CPUs advance in lockstep and idle CPUs advance with the global time. An
 * effect on another CPU (a semaphore up, an SC created, a timeout) is delivered at the sender's
 * time, and the receiving CPU's clock first catches up with it, so no EC ever reads a time
 * earlier than the event that made it run. A timeout fires at its deadline (no slice runs past
 * the next one); when no CPU has work, time jumps to the earliest deadline; without one the
 * system is idle. Within a CPU, the highest-priority SC runs until its budget is exhausted
 * (round robin within a priority); an SC made ready with a higher priority preempts at the next
 * preemption point of the running code. Same configuration and image:
 * same interleaving, same STC values, same output.
 *
 * <p><b>Threads end with the run.</b> When {@code Nova.run} returns IDLE or ROOT_EXITED, the
 * system cannot continue, and every carrier is unwound (a shutdown signal through its user code)
 * and ends; after TIME_LIMIT the carriers stay parked for the next {@code run}. Carriers are
 * virtual threads, so a Nova abandoned after TIME_LIMIT holds no platform thread.
 */
package nova.kernel.core;
