package nova.user.conformance;

import static nova.kernel.Status.BAD_CAP;
import static nova.kernel.Status.BAD_PAR;
import static nova.kernel.Status.SUCCESS;
import static nova.kernel.Status.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nova.kernel.UserFault;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Mad;
import nova.user.sdk.Perm;
import nova.user.sdk.Sel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §5.4.1 ctrl_pd: every status-code bullet and the delegation rules. */
class CtrlPdTest {
    /** A free HVA range of the root host space for remapping tests. */
    static final long ALIAS_VA = 0x6000_0000L;

    @Test
    @DisplayName("§5.4.1 ctrl_pd SUCCESS (object spaces): 2^ord capabilities are delegated with permissions masked by pmm")
    void ctrlPd_objectRange_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long src = r.sels(2), dst = r.sels(2);
            for (int i = 0; i < 4; i++) Root.expect(Hypercalls.createSm(r.ctx, src + i, r.pd(), 1), "create_sm");
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), src, dst, 2, Perm.SM_UP, 0));
            for (int i = 0; i < 4; i++) {
                log.add(Hypercalls.smUp(r.ctx, dst + i));                  // kept
                log.add(Hypercalls.smDown(r.ctx, dst + i, 0, false));      // masked away
            }
            log.add(Hypercalls.smUp(r.ctx, dst + 4));                      // outside the range
        });
        assertEquals(List.of(SUCCESS, SUCCESS, BAD_CAP, SUCCESS, BAD_CAP, SUCCESS, BAD_CAP, SUCCESS, BAD_CAP, BAD_CAP),
                log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd SUCCESS: a null source or zero permissions after masking gives a null destination")
    void ctrlPd_nullSourceOrZeroPermissions_nullDestination() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long a = r.sm(1), b = r.sm(1);
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), r.sel(), a, 0, Perm.ALL, 0));   // null over a
            log.add(Hypercalls.smUp(r.ctx, a));
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), b, b, 0, 0, 0));             // pmm 0 over itself
            log.add(Hypercalls.smUp(r.ctx, b));
            log.add(Hypercalls.createSm(r.ctx, b, r.pd(), 0));                                // the slot is null
        });
        assertEquals(List.of(SUCCESS, BAD_CAP, SUCCESS, BAD_CAP, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd SUCCESS (host spaces): pages are delegated with masked permissions; R-only faults on write")
    void ctrlPd_hostPages_success() {
        Probe.Log log = new Probe.Log();
        Sandbox box = new Sandbox().data(8 * 4096);
        box.run(r -> {
            long data = Sandbox.dataBase();
            r.ctx.write64(data, 0x5eed);
            log.add(Hypercalls.ctrlPd(r.ctx, r.hostSpace(), r.hostSpace(), Sel.hostPage(data), Sel.hostPage(ALIAS_VA), 0,
                    Perm.MEM_R, 0));
            log.add(r.ctx.read64(ALIAS_VA));               // same frame
            r.ctx.write64(data, 0xbeef);
            log.add(r.ctx.read64(ALIAS_VA));
            try {
                r.ctx.write64(ALIAS_VA, 1);
                log.add("write allowed");
            } catch (UserFault f) {
                log.add("fault at " + Long.toHexString(f.address()));
            }
        });
        assertEquals(List.of(SUCCESS, 0x5eedL, 0xbeefL, "fault at " + Long.toHexString(ALIAS_VA)), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd SUCCESS (NOVA host space): physical pages are mapped with the MAD's attributes")
    void ctrlPd_fromNovaHostSpace_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long nova = r.fromNova(Sel.novaHostSpace(r.selnum), Perm.ALL);
            // the root image's first page (code) lives at physical ROOT Start (HIP §6.3)
            long frame = r.hip.rootStart() >>> 12;
            log.add(Hypercalls.ctrlPd(r.ctx, nova, r.hostSpace(), frame, Sel.hostPage(ALIAS_VA), 0, Perm.MEM_R, Mad.RAM));
            log.add(r.ctx.read64(ALIAS_VA) == r.ctx.read64(Sandbox.IMAGE_BASE));
            log.add(r.ctx.read64(ALIAS_VA + 0xff8) == r.ctx.read64(Sandbox.IMAGE_BASE + 0xff8));
        });
        assertEquals(List.of(SUCCESS, true, true), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd SUCCESS: pre-existing destination capabilities are revoked (replaced)")
    void ctrlPd_overwritesDestination_success() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long a = r.sm(0), b = r.sm(5);
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), b, a, 0, Perm.ALL, 0));
            // a now names b's semaphore (count 5): five downs without blocking
            for (int i = 0; i < 5; i++) log.add(Hypercalls.smDown(r.ctx, a, 0, false));
            log.add(Hypercalls.smDown(r.ctx, b, 1, false));
        });
        assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS, SUCCESS, SUCCESS, SUCCESS, TIMEOUT), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_CAP: src and dst are not compatible spaces (object → host)")
    void ctrlPd_incompatibleSpaces_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> Hypercalls.ctrlPd(r.ctx, r.obj(), r.hostSpace(), 0, 0, 0, Perm.ALL, 0)));
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_CAP: src or dst are not space capabilities")
    void ctrlPd_notSpaces_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ctrlPd(r.ctx, r.pd(), r.obj(), 0, 0, 0, Perm.ALL, 0));
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.ec(), 0, 0, 0, Perm.ALL, 0));
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.sel(), 0, 0, 0, Perm.ALL, 0));
        });
        assertEquals(List.of(BAD_CAP, BAD_CAP, BAD_CAP), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_CAP: the source space capability lacks TAKE (§4.1.2.1)")
    void ctrlPd_sourceWithoutTake_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long src = r.copy(r.obj(), Perm.ALL & ~Perm.SPACE_TAKE);
            return Hypercalls.ctrlPd(r.ctx, src, r.obj(), r.sm(0), r.sel(), 0, Perm.ALL, 0);
        }));
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_CAP: the destination space capability lacks GRANT (§4.1.2.1)")
    void ctrlPd_destinationWithoutGrant_badCap() {
        assertEquals(BAD_CAP, Probe.status(r -> {
            long dst = r.copy(r.obj(), Perm.ALL & ~Perm.SPACE_GRANT);
            return Hypercalls.ctrlPd(r.ctx, r.obj(), dst, r.sm(0), r.sel(), 0, Perm.ALL, 0);
        }));
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_CAP: the NOVA object space is TAKE-only and cannot be a destination (§6.1.3.1)")
    void ctrlPd_novaSpaceAsDestination_badCap() {
        assertEquals(BAD_CAP, Probe.status(r ->
                Hypercalls.ctrlPd(r.ctx, r.obj(), Sel.rootNovaObjSpace(r.selnum), r.sm(0), 0x100, 0, Perm.ALL, 0)));
    }

    @ParameterizedTest(name = "ssb={0}")
    @ValueSource(longs = {0x101, 0x102, 0x104})
    @DisplayName("§5.4.1 ctrl_pd BAD_PAR: ssb is not order-aligned")
    void ctrlPd_sourceUnaligned_badPar(long ssb) {
        assertEquals(BAD_PAR, Probe.status(r -> Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), ssb, 0x200, 3, Perm.ALL, 0)));
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_PAR: dsb is not order-aligned")
    void ctrlPd_destinationUnaligned_badPar() {
        assertEquals(BAD_PAR, Probe.status(r -> Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), 0x200, 0x301, 1, Perm.ALL, 0)));
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_PAR: ssb+2^ord-1 or dsb+2^ord-1 is larger than the maximum selector")
    void ctrlPd_rangeBeyondSelNum_badPar() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long max = r.selnum - 1;                                     // selectors are 0..SELNUM-1
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), max + 1, 0x100, 0, Perm.ALL, 0));
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), 0x100, max + 1, 0, Perm.ALL, 0));
            int ord = 64 - Long.numberOfLeadingZeros(r.selnum);           // 2^ord > SELNUM
            log.add(ord <= 31 ? Hypercalls.ctrlPd(r.ctx, r.obj(), r.obj(), 0, 0, ord, Perm.ALL, 0) : BAD_PAR);
        });
        assertEquals(List.of(BAD_PAR, BAD_PAR, BAD_PAR), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_PAR: from the NOVA host space, a reserved MAD field is invalid (§7.7.5)")
    void ctrlPd_invalidMad_badPar() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            long nova = r.fromNova(Sel.novaHostSpace(r.selnum), Perm.ALL);
            long frame = r.hip.rootStart() >>> 12;
            log.add(Hypercalls.ctrlPd(r.ctx, nova, r.hostSpace(), frame, Sel.hostPage(ALIAS_VA), 0, Perm.MEM_R,
                    Mad.of(0x4, Mad.SH_INNER)));                               // CA 0x4 is reserved
            log.add(Hypercalls.ctrlPd(r.ctx, nova, r.hostSpace(), frame, Sel.hostPage(ALIAS_VA), 0, Perm.MEM_R,
                    Mad.of(Mad.MEM_WB, 0x1)));                                 // SH 0x1 is reserved
        });
        assertEquals(List.of(BAD_PAR, BAD_PAR), log.entries());
    }

    @Test
    @DisplayName("§5.4.1 ctrl_pd BAD_PAR (PIO/MSR ssb≠dsb): unreachable on Arm — the NOVA PIO/MSR selectors are null (§6.1.3.1 †)")
    void ctrlPd_pioMsrSpacesOnArm_badCap() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            log.add(Hypercalls.ctrlPd(r.ctx, Sel.rootNovaObjSpace(r.selnum), r.obj(), Sel.novaPioSpace(r.selnum), r.sel(), 0, Perm.ALL, 0));
            log.add(Hypercalls.ctrlPd(r.ctx, Sel.rootNovaObjSpace(r.selnum), r.obj(), Sel.novaMsrSpace(r.selnum), r.sel(), 0, Perm.ALL, 0));
        });
        // taking a null capability succeeds and yields a null capability; using it as a space fails
        assertEquals(List.of(SUCCESS, SUCCESS), log.entries());
        assertEquals(BAD_CAP, Probe.status(r -> {
            long pio = r.fromNova(Sel.novaPioSpace(r.selnum), Perm.ALL);
            return Hypercalls.ctrlPd(r.ctx, pio, pio, 0x3f8, 0x3f9, 0, Perm.ALL, 0);
        }));
    }
}
