package nova.user.conformance;

import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_CPU;
import static nova.kernel.Status.BAD_FTR;
import static nova.kernel.Status.BAD_HYP;
import static nova.kernel.Status.BAD_PAR;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import nova.kernel.Status;
import nova.kernel.UserContext;
import nova.user.sdk.AssignInt;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import nova.user.sdk.Sel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * §5.5.1 ctrl_hw, §5.5.2 assign_int, §5.5.3 assign_dev: every status-code bullet reachable on this
 * platform. Not reachable: ctrl_hw SUCCESS/ABORTED (no ACPI sleep states, no QOS); assign_dev
 * SUCCESS/BAD_DEV/BAD_PAR (no SMMU, hence no DMA space capability to pass, §2.1 †).
 */
class PlatformTest {

    /**
     * Runs {@code step} in a child PD: root creates the PD with object and host space, maps the code
     * page, creates a local EC there with a portal and calls it; the handler records the status.
     */
    static Status inChildPd(Function<UserContext, Status> step) {
        Sandbox box = new Sandbox();
        Status[] got = new Status[1];
        long handler = box.code(ctx -> {
            got[0] = step.apply(ctx);
            Hypercalls.ipcReply(ctx, 0);
        });
        box.run(r -> {
            Root.Child c = r.child();
            r.mapCode(c);
            long ec = r.sel();
            Root.expect(Hypercalls.createLocalEc(r.ctx, ec, c.pd(), 0x4000_0000L, 0, 0x4000_0000L, Root.DEAD_EVT),
                    "create_ec in child");
            long pt = r.sel();
            Root.expect(Hypercalls.createPt(r.ctx, pt, c.pd(), ec, handler), "create_pt");
            Root.expect(Hypercalls.ipcCall(r.ctx, pt, 0), "call child");
        });
        if (got[0] == null) throw new AssertionError("the child's handler did not run");
        return got[0];
    }

    @Test
    @DisplayName("§5.5.1 ctrl_hw BAD_HYP: not invoked from the root PD")
    void ctrlHw_fromChildPd_badHyp() {
        assertEquals(BAD_HYP, inChildPd(ctx -> Hypercalls.ctrlHw(ctx, 0, 1)));
    }

    @ParameterizedTest(name = "OP={0}")
    @ValueSource(ints = {4, 5, 6, 7})
    @DisplayName("§5.5.1 ctrl_hw BAD_FTR: QOS, CAT/CDP and MBA are x86 features, not supported here")
    void ctrlHw_qosOnArm_badFtr(int op) {
        assertEquals(BAD_FTR, Probe.status(r -> Hypercalls.ctrlHw(r.ctx, op, 0)));
    }

    @ParameterizedTest(name = "OP={0}")
    @ValueSource(ints = {1, 2, 3, 8, 15})
    @DisplayName("§5.5.1 ctrl_hw BAD_PAR: otherwise the requested operation (OP) is invalid")
    void ctrlHw_invalidOp_badPar(int op) {
        assertEquals(BAD_PAR, Probe.status(r -> Hypercalls.ctrlHw(r.ctx, op, 0)));
    }

    @ParameterizedTest(name = "S={0}")
    @ValueSource(ints = {1, 3, 5, 7})
    @DisplayName("§5.5.1 ctrl_hw BAD_FTR (OP=0): the simulated platform has no ACPI sleep states or reset")
    void ctrlHw_sleepStateUnsupported_badFtr(int s) {
        assertEquals(BAD_FTR, Probe.status(r -> Hypercalls.ctrlHw(r.ctx, 0, s)));
    }

    @Test
    @DisplayName("§5.5.2 assign_int SUCCESS: routes an interrupt semaphore; pin interrupts return MSI 0/0")
    void assignInt_success() {
        long[] msi = {-1, -1};
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long irq = r.fromNova(Sel.NOVA_INTERRUPT_SM_BASE, Perm.ALL);
            log.add(Hypercalls.assignInt(r.ctx, irq, AssignInt.LEVEL, 0, 0));
            msi[0] = Hypercalls.msiAddress(r.ctx);
            msi[1] = Hypercalls.msiData(r.ctx);
            log.add(Hypercalls.smDown(r.ctx, irq, r.now() + 10_000, false)); // routed here: waits, times out
        });
        assertEquals(List.of(SUCCESS, Status.TIMEOUT), log.entries());
        assertEquals(0, msi[0]);
        assertEquals(0, msi[1]);
    }

    @Test
    @DisplayName("§5.5.2 assign_int BAD_CPU: the specified CPU number is invalid")
    void assignInt_cpuBeyondCpuNum_badCpu() {
        assertEquals(BAD_CPU, Probe.status(r ->
                Hypercalls.assignInt(r.ctx, r.fromNova(Sel.NOVA_INTERRUPT_SM_BASE, Perm.ALL), 0, r.hip.cpuNum(), 0)));
    }

    @Test
    @DisplayName("§5.5.2 assign_int BAD_CAP: sm did not refer to an SM capability")
    void assignInt_notSm_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.assignInt(r.ctx, r.pd(), 0, 0, 0)));
    }

    @Test
    @DisplayName("§5.5.2 assign_int BAD_CAP: the SM capability lacks permission ASSIGN (§4.1.2.11)")
    void assignInt_withoutAssignPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r ->
                Hypercalls.assignInt(r.ctx, r.fromNova(Sel.NOVA_INTERRUPT_SM_BASE, Perm.SM_DOWN), 0, 0, 0)));
    }

    @Test
    @DisplayName("§5.5.2 assign_int BAD_CAP: the SM is not an interrupt semaphore")
    void assignInt_regularSemaphore_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.assignInt(r.ctx, r.sm(0), 0, 0, 0)));
    }

    @Test
    @DisplayName("§5.5.3 assign_dev BAD_HYP: not invoked from the root PD")
    void assignDev_fromChildPd_badHyp() {
        assertEquals(BAD_HYP, inChildPd(ctx -> Hypercalls.assignDev(ctx, 0, 0, 0)));
    }

    @Test
    @DisplayName("§5.5.3 assign_dev BAD_CAP: dma did not refer to a DMA space capability")
    void assignDev_notDmaSpace_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.assignDev(r.ctx, r.sel(), 0x0800_0000L, 0));
            log.add(Hypercalls.assignDev(r.ctx, r.obj(), 0x0800_0000L, 0));
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP), log.entries());
    }
}
