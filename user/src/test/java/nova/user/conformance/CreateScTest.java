package nova.user.conformance;

import static nova.kernel.Status.ABORTED;
import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_PAR;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import nova.user.sdk.Scd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §5.3.3 create_sc: every status-code bullet. */
class CreateScTest {

    private static long globalEc(Root r, int cpu) {
        long ec = r.sel();
        Root.expect(Hypercalls.createGlobalEc(r.ctx, ec, r.pd(), r.utcbVa(), cpu, 0, Root.DEAD_EVT), "create_ec");
        return ec;
    }

    @Test
    @DisplayName("§5.3.3 create_sc SUCCESS: the SC runs its global EC, which starts via its STARTUP portal")
    void createSc_success() {
        Sandbox box = new Sandbox();
        long starter = Root.registerStarter(box);
        int[] ran = new int[2];
        long entry = box.code(ctx -> {
            ran[0]++;
            ran[1] = ctx.cpu();
        });
        box.run(r -> {
            r.globalEc(starter, 2, entry, 5);   // create_ec, STARTUP portal, create_sc
            r.sleepUntil(r.now() + 1_000_000);
        });
        assertEquals(1, ran[0], "the global EC's entry ran once");
        assertEquals(2, ran[1], "on the SC's CPU");
    }

    @Test
    @DisplayName("§5.3.3 create_sc SUCCESS: the SC capability carries CTRL and ctrl_sc reports its time")
    void createSc_capabilityHasCtrl_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long ec = globalEc(r, 1);
            long sc = r.sel();
            log.add(Hypercalls.createSc(r.ctx, sc, r.pd(), ec, Scd.of(1, 1)));
            log.add(Hypercalls.ctrlSc(r.ctx, sc));
        });
        assertEquals(List.of(SUCCESS, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.3.3 create_sc ABORTED: the EC already has an SC bound and cannot bind another")
    void createSc_ecAlreadyHasSc_aborted() {
        assertEquals(ABORTED, Probe.status(r -> {
            long ec = globalEc(r, 1);
            Root.expect(Hypercalls.createSc(r.ctx, r.sel(), r.pd(), ec, Scd.of(1, 1)), "first create_sc");
            return Hypercalls.createSc(r.ctx, r.sel(), r.pd(), ec, Scd.of(1, 1));
        }));
    }

    @Test
    @DisplayName("§5.3.3 create_sc BAD_CAP: sel did not refer to a null capability")
    void createSc_selectorInUse_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createSc(r.ctx, r.sm(0), r.pd(), globalEc(r, 1), Scd.of(1, 1))));
    }

    @Test
    @DisplayName("§5.3.3 create_sc BAD_CAP: pd did not refer to a PD capability")
    void createSc_pdNotPdCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createSc(r.ctx, r.sel(), r.ec(), globalEc(r, 1), Scd.of(1, 1))));
    }

    @Test
    @DisplayName("§5.3.3 create_sc BAD_CAP: pd capability lacks permission SC (§4.1.2.7)")
    void createSc_pdWithoutScPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long pd = r.copy(r.pd(), Perm.ALL & ~Perm.PD_SC);
            return Hypercalls.createSc(r.ctx, r.sel(), pd, globalEc(r, 1), Scd.of(1, 1));
        }));
    }

    @Test
    @DisplayName("§5.3.3 create_sc BAD_CAP: ec did not refer to an EC capability")
    void createSc_ecNotEcCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.createSc(r.ctx, r.sel(), r.pd(), r.pd(), Scd.of(1, 1))));
    }

    @Test
    @DisplayName("§5.3.3 create_sc BAD_CAP: ec capability lacks permission BIND_SC (§4.1.2.8)")
    void createSc_ecWithoutBindScPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long ec = r.copy(globalEc(r, 1), Perm.ALL & ~Perm.EC_BIND_SC);
            return Hypercalls.createSc(r.ctx, r.sel(), r.pd(), ec, Scd.of(1, 1));
        }));
    }

    @Test
    @DisplayName("§5.3.3 create_sc BAD_CAP: binding fails because the EC is a local thread (§2.2.1)")
    void createSc_localEc_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long ec = r.localEc(1, r.utcbVa());
            return Hypercalls.createSc(r.ctx, r.sel(), r.pd(), ec, Scd.of(1, 1));
        }));
    }

    @ParameterizedTest(name = "budget={0} prio={1} cos={2}")
    @CsvSource({"0,1,0", "1,0,0", "1,1,1", "0,0,0"})
    @DisplayName("§5.3.3 create_sc BAD_PAR: an SCD field is invalid (§4.5: budget>0, prio>0, COS=0 on Arm §7.5)")
    void createSc_invalidScd_badPar(int budget, int prio, int cos) {
        assertEquals(BAD_PAR, Probe.status(r -> Hypercalls.createSc(r.ctx, r.sel(), r.pd(), globalEc(r, 1), Scd.of(budget, prio, cos))));
    }
}
