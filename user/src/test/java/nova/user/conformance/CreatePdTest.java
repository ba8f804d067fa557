package nova.user.conformance;

import static nova.kernel.Status.ABORTED;
import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_FTR;
import static nova.kernel.Status.BAD_PAR;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.user.sdk.CreatePdOp;
import nova.user.sdk.Hip;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §5.3.1 create_pd: every status-code bullet. */
class CreatePdTest {

    @Test
    @DisplayName("§5.3.1 create_pd SUCCESS (OP=0): the new PD capability inherits the owner's permissions")
    void createPd_pd_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            // owner capability with only PD: the created PD cap carries PD but not SM
            long owner = r.copy(r.pd(), Perm.PD_PD);
            long child = r.sel();
            log.add(Hypercalls.createPd(r.ctx, CreatePdOp.PD, child, owner));
            log.add(Hypercalls.createPd(r.ctx, CreatePdOp.PD, r.sel(), child)); // PD inherited
            log.add(Hypercalls.createSm(r.ctx, r.sel(), child, 0));             // SM not inherited
            long full = r.sel();
            log.add(Hypercalls.createPd(r.ctx, CreatePdOp.PD, full, r.pd()));
            log.add(Hypercalls.createSm(r.ctx, r.sel(), full, 0));              // SM inherited from root
        });
        assertEquals(List.of(SUCCESS, SUCCESS, BAD_CAP, SUCCESS, SUCCESS), log.entries());
    }

    @ParameterizedTest(name = "OP={0}")
    @ValueSource(ints = {CreatePdOp.OBJ_SPACE, CreatePdOp.HOST_SPACE})
    @DisplayName("§5.3.1 create_pd SUCCESS (OP=1,2): a new space of the PD")
    void createPd_space_success(int op) {
        assertEquals(SUCCESS, Probe.status(r -> {
            long child = r.sel();
            Root.expect(Hypercalls.createPd(r.ctx, CreatePdOp.PD, child, r.pd()), "create_pd");
            return Hypercalls.createPd(r.ctx, op, r.sel(), child);
        }));
    }

    @Test
    @DisplayName("§5.3.1 create_pd SUCCESS (OP=1): the object space capability has all permissions (GRANT, TAKE)")
    void createPd_objSpaceCapability_allPermissions() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            Root.Child c = r.child();
            long sm = r.sm(0);
            // GRANT: root → child; TAKE: child → root
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), c.obj(), sm, 0x10, 0, Perm.ALL, 0));
            log.add(Hypercalls.ctrlPd(r.ctx, c.obj(), r.obj(), 0x10, r.sel(), 0, Perm.ALL, 0));
        });
        assertEquals(List.of(SUCCESS, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.3.1 create_pd ABORTED (OP>0): a second object space cannot bind to the PD (§2.1.1)")
    void createPd_secondObjSpace_aborted() {
        assertEquals(ABORTED, Probe.status(r -> {
            Root.Child c = r.child();
            return Hypercalls.createPd(r.ctx, CreatePdOp.OBJ_SPACE, r.sel(), c.pd());
        }));
    }

    @Test
    @DisplayName("§5.3.1 create_pd ABORTED (OP>0): a second host space cannot bind to the PD (§2.1.2)")
    void createPd_secondHostSpace_aborted() {
        assertEquals(ABORTED, Probe.status(r -> {
            Root.Child c = r.child();
            return Hypercalls.createPd(r.ctx, CreatePdOp.HOST_SPACE, r.sel(), c.pd());
        }));
    }

    @Test
    @DisplayName("§5.3.1 create_pd ABORTED (OP>0): the root PD already has its object space (§6.2)")
    void createPd_rootObjSpace_aborted() {
        assertEquals(ABORTED, Probe.status(r -> Hypercalls.createPd(r.ctx, CreatePdOp.OBJ_SPACE, r.sel(), r.pd())));
    }

    @Test
    @DisplayName("§5.3.1 create_pd BAD_CAP: sel did not refer to a null capability")
    void createPd_selectorInUse_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createPd(r.ctx, CreatePdOp.PD, r.sm(0), r.pd())));
    }

    @Test
    @DisplayName("§5.3.1 create_pd BAD_CAP: pd did not refer to a PD capability")
    void createPd_pdNotPdCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createPd(r.ctx, CreatePdOp.PD, r.sel(), r.ec())));
    }

    @Test
    @DisplayName("§5.3.1 create_pd BAD_CAP: pd capability lacks permission PD (§4.1.2.7)")
    void createPd_pdWithoutPdPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long pd = r.copy(r.pd(), Perm.ALL & ~Perm.PD_PD);
            return Hypercalls.createPd(r.ctx, CreatePdOp.HOST_SPACE, r.sel(), pd);
        }));
    }

    @ParameterizedTest(name = "OP={0}")
    @ValueSource(ints = {7, 8, 15})
    @DisplayName("§5.3.1 create_pd BAD_PAR: the requested operation is invalid")
    void createPd_invalidOp_badPar(int op) {
        assertEquals(BAD_PAR, Probe.status(r -> Hypercalls.createPd(r.ctx, op, r.sel(), r.pd())));
    }

    @ParameterizedTest(name = "OP={0}")
    @ValueSource(ints = {CreatePdOp.PIO_SPACE, CreatePdOp.MSR_SPACE})
    @DisplayName("§5.3.1 create_pd BAD_FTR: PIO and MSR spaces do not exist on Arm (§2.1)")
    void createPd_spaceNotOnArm_badFtr(int op) {
        assertEquals(BAD_FTR, Probe.status(r -> {
            long child = r.sel();
            Root.expect(Hypercalls.createPd(r.ctx, CreatePdOp.PD, child, r.pd()), "create_pd");
            return Hypercalls.createPd(r.ctx, op, r.sel(), child);
        }));
    }

    @Test
    @DisplayName("§5.3.1 create_pd BAD_FTR: DMA spaces need an SMMU (§2.1, HIP feature §7.7.1)")
    void createPd_dmaSpaceWithoutSmmu_badFtr() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long child = r.sel();
            Root.expect(Hypercalls.createPd(r.ctx, CreatePdOp.PD, child, r.pd()), "create_pd");
            log.add((r.hip.features() & Hip.FEATURE_SMMU) != 0);
            log.add(Hypercalls.createPd(r.ctx, CreatePdOp.DMA_SPACE, r.sel(), child));
        });
        List<Object> e = log.entries();
        assertEquals(Boolean.TRUE.equals(e.get(0)) ? SUCCESS : BAD_FTR, e.get(1));
    }
}
