package nova.user.conformance;

import static nova.kernel.Status.ABORTED;
import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_CPU;
import static nova.kernel.Status.BAD_FTR;
import static nova.kernel.Status.BAD_PAR;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.user.sdk.CreatePdOp;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mtd;
import nova.user.sdk.Perm;
import nova.user.sdk.Utcb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §5.3.2 create_ec: every status-code bullet. */
class CreateEcTest {

    @Test
    @DisplayName("§5.3.2 create_ec SUCCESS: a local EC with its UTCB mapped at hvp; portals run it")
    void createEc_local_success() {
        Sandbox box = new Sandbox();
        long[] seen = new long[2];
        long utcbVa = Root.UTCB_AREA;
        long handler = box.code(ctx -> {
            Utcb u = new Utcb(utcbVa);
            seen[0] = u.word(ctx, 0);     // the message arrived in the UTCB at hvp << 12
            seen[1] = ctx.cpu();
            u.setWord(ctx, 0, seen[0] + 1);
            Hypercalls.ipcReply(ctx, Mtd.words(1));
        });
        Probe.Log log = new Probe.Log();
        box.run(r -> {
            long ec = r.sel();
            log.add(Hypercalls.createLocalEc(r.ctx, ec, r.pd(), r.utcbVa(), 0, 0, Root.DEAD_EVT));
            long pt = r.portal(ec, handler);
            r.utcb.setWord(r.ctx, 0, 41);
            log.add(Hypercalls.ipcCall(r.ctx, pt, Mtd.words(1)));
            log.add(r.utcb.word(r.ctx, 0));
        });
        assertEquals(List.of(SUCCESS, SUCCESS, 42L), log.entries());
        assertEquals(41, seen[0]);
        assertEquals(0, seen[1]);
    }

    @Test
    @DisplayName("§5.3.2 create_ec SUCCESS: the EC capability carries all permissions (CTRL, BIND_PT, BIND_SC)")
    void createEc_capabilityAllPermissions_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long local = r.sel(), global = r.sel();
            log.add(Hypercalls.createLocalEc(r.ctx, local, r.pd(), r.utcbVa(), 1, 0, Root.DEAD_EVT));
            log.add(Hypercalls.createGlobalEc(r.ctx, global, r.pd(), r.utcbVa(), 1, 0, Root.DEAD_EVT));
            log.add(Hypercalls.ctrlEc(r.ctx, local, false));                       // CTRL
            log.add(Hypercalls.createPt(r.ctx, r.sel(), r.pd(), local, 0));        // BIND_PT
            log.add(Hypercalls.ctrlEc(r.ctx, global, false));                      // CTRL
        });
        assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS, SUCCESS, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.3.2 create_ec ABORTED: the owner PD has no object/host space to bind to")
    void createEc_pdWithoutSpaces_aborted() {
        assertEquals(ABORTED, Probe.status(r -> {
            long child = r.sel();
            Root.expect(Hypercalls.createPd(r.ctx, CreatePdOp.PD, child, r.pd()), "create_pd");
            return Hypercalls.createLocalEc(r.ctx, r.sel(), child, 0x1000_0000L, 0, 0, 0);
        }));
    }

    @Test
    @DisplayName("§5.3.2 create_ec ABORTED: the owner PD has an object space but no host space")
    void createEc_pdWithoutHostSpace_aborted() {
        assertEquals(ABORTED, Probe.status(r -> {
            long child = r.sel();
            Root.expect(Hypercalls.createPd(r.ctx, CreatePdOp.PD, child, r.pd()), "create_pd");
            Root.expect(Hypercalls.createPd(r.ctx, CreatePdOp.OBJ_SPACE, r.sel(), child), "create obj space");
            return Hypercalls.createLocalEc(r.ctx, r.sel(), child, 0x1000_0000L, 0, 0, 0);
        }));
    }

    @Test
    @DisplayName("§5.3.2 create_ec BAD_CAP: sel did not refer to a null capability")
    void createEc_selectorInUse_badCap() {
        assertEquals(BAD_CAP, Probe.status(r ->
                Hypercalls.createLocalEc(r.ctx, r.sm(0), r.pd(), r.utcbVa(), 0, 0, 0)));
    }

    @Test
    @DisplayName("§5.3.2 create_ec BAD_CAP: pd did not refer to a PD capability")
    void createEc_pdNotPdCap_badCap() {
        assertEquals(BAD_CAP, Probe.status(r ->
                Hypercalls.createLocalEc(r.ctx, r.sel(), r.sc(), r.utcbVa(), 0, 0, 0)));
    }

    @Test
    @DisplayName("§5.3.2 create_ec BAD_CAP: pd capability lacks permission EC (§4.1.2.7)")
    void createEc_pdWithoutEcPermission_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long pd = r.copy(r.pd(), Perm.ALL & ~Perm.PD_EC);
            return Hypercalls.createLocalEc(r.ctx, r.sel(), pd, r.utcbVa(), 0, 0, 0);
        }));
    }

    @Test
    @DisplayName("§5.3.2 create_ec BAD_CPU: the CPU number is invalid (≥ CPUNUM from the HIP)")
    void createEc_cpuBeyondCpuNum_badCpu() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), r.utcbVa(), r.hip.cpuNum(), 0, 0));
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), r.utcbVa(), 0xfff, 0, 0));
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), r.utcbVa(), r.hip.cpuNum() - 1, 0, 0));
        });
        assertEquals(List.of(BAD_CPU, BAD_CPU, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.3.2 create_ec BAD_FTR: virtual CPUs are not supported on this platform")
    void createEc_vcpu_badFtr() {
        // the root PD has the spaces a vCPU requires (§2.2.2: object and host space)
        assertEquals(BAD_FTR, Probe.status(r ->
                Hypercalls.createEc(r.ctx, r.sel(), r.pd(), 0, 0, 0, 0, false, false, true)));
    }

    @Test
    @DisplayName("§5.3.2 create_ec BAD_PAR: the UTCB HVA lies outside the user-accessible range (§7.4.1)")
    void createEc_utcbBeyondUserRange_badPar() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), r.hip.userVaLimit(), 0, 0, 0));
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), -4096L, 0, 0, 0));
        });
        assertEquals(List.of(BAD_PAR, BAD_PAR), log.entries());
    }

    @Test
    @DisplayName("§5.3.2 create_ec ABORTED: the UTCB cannot be mapped where another UTCB or the HIP is")
    void createEc_utcbOverKernelPage_aborted() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long utcb = r.utcbVa();
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), utcb, 0, 0, 0));
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), utcb, 0, 0, 0));
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), r.hip.va(), 0, 0, 0));
            log.add(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), r.utcb.base(), 0, 0, 0));
        });
        assertEquals(List.of(SUCCESS, ABORTED, ABORTED, ABORTED), log.entries());
    }
}
