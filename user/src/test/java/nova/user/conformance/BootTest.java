package nova.user.conformance;

import static nova.kernel.Status.BAD_HYP;
import static nova.kernel.Status.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.kernel.PlatformConfig;
import nova.kernel.UserFault;
import nova.user.sdk.Event;
import nova.user.sdk.Hip;
import nova.user.sdk.Hypercalls;
import nova.user.sdk.Perm;
import nova.user.sdk.Sel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** §6 booting: the HIP, the root PD's initial capabilities and mappings; §5.1.1 reserved numbers. */
class BootTest {

    @Test
    @DisplayName("§6.3/§7.1.2 the root EC's SP points to a valid HIP describing the platform")
    void hip_describesPlatform() {
        Hip[] hip = new Hip[1];
        new Sandbox(new PlatformConfig(3, 4L << 20, 24_000_000L)).run(r -> hip[0] = r.hip);
        Hip h = hip[0];
        assertEquals(3, h.cpuNum());
        assertEquals(0, h.cpuBsp(), "ECROOT runs on the BSP");
        assertEquals(24_000_000L, h.stcHz());
        assertEquals(0, h.va() & 0xfff, "the HIP is page aligned");
        assertTrue(h.selNum() > Sel.NOVA_INTERRUPT_SM_BASE + h.intPin() + h.intMsi(), "interrupt selectors fit below SELNUM");
        assertTrue(h.selHostArch() >= 0x40, "SELHST/ARCH covers the 64 architectural events (§7.6.1)");
        assertTrue(h.rootStart() < h.rootEnd(), "root image range");
        assertTrue(h.length() >= 0x88, "length covers the aarch64 part");
    }

    @Test
    @DisplayName("§6.2.3.2 the HIP is mapped read-only; the root UTCB is mapped 4 KiB below it")
    void hip_readOnly_utcbBelow() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            try {
                r.ctx.write64(r.hip.va(), 0);
                log.add("HIP writable");
            } catch (UserFault f) {
                log.add("HIP read-only");
            }
            r.utcb.setWord(r.ctx, 511, 0x77);
            log.add(r.utcb.word(r.ctx, 511));
        });
        assertEquals(List.of("HIP read-only", 0x77L), log.entries());
    }

    @Test
    @DisplayName("§6.2.3.1 the root object space holds the NOVA space (TAKE), root space, PD, EC and SC")
    void rootObjectSpace_initialCapabilities() {
        Probe.Log log = new Probe.Log();
        Sandbox box = new Sandbox();
        long resume = box.code(ctx -> Hypercalls.ipcReply(ctx, 0));
        box.run(r -> {
            long s = r.selnum;
            // ctrl_ec recalls the root EC through its RECALL event portal (SELEVT=0, §6.2, §7.6.2)
            long recall = Event.hostEvent(0, r.hip, Event.RECALL);
            Root.expect(Hypercalls.createPt(r.ctx, recall, r.pd(), r.localEc(0, r.utcbVa()), resume), "recall portal");
            log.add(Hypercalls.ctrlPd(r.ctx, Sel.rootNovaObjSpace(s), r.obj(), Sel.novaConsoleSm(s), r.sel(), 0, Perm.ALL, 0)); // TAKE
            log.add(Hypercalls.ctrlPd(r.ctx, r.obj(), Sel.rootNovaObjSpace(s), r.sm(0), 0x100, 0, Perm.ALL, 0) == SUCCESS); // no GRANT
            log.add(Hypercalls.createSm(r.ctx, r.sel(), Sel.rootPd(s), 0));    // root PD: all permissions
            log.add(Hypercalls.ctrlEc(r.ctx, Sel.rootEc(s), false));          // root EC: CTRL
            log.add(Hypercalls.ctrlSc(r.ctx, Sel.rootSc(s)));                 // root SC: CTRL
            log.add(Hypercalls.createSm(r.ctx, r.sel(), Sel.rootObjSpace(s), 0) != SUCCESS); // not a PD
        });
        assertEquals(List.of(SUCCESS, false, SUCCESS, SUCCESS, SUCCESS, true), log.entries());
    }

    @Test
    @DisplayName("§6.1.3.1 the NOVA object space holds the idle SCs (CTRL) at selectors 0..CPUNUM-1")
    void novaObjectSpace_idleScs() {
        Probe.Log log = new Probe.Log();
        new Sandbox().run(r -> {
            for (int cpu = 0; cpu < r.hip.cpuNum(); cpu++)
                log.add(Hypercalls.ctrlSc(r.ctx, r.fromNova(Sel.novaIdleSc(cpu), Perm.ALL)));
        });
        assertEquals(List.of(SUCCESS, SUCCESS, SUCCESS, SUCCESS), log.entries());
    }

    @Test
    @DisplayName("§5.1.1 hypercall number 0xf is reserved: BAD_HYP")
    void reservedHypercallNumber_badHyp() {
        assertEquals(BAD_HYP, Probe.status(r -> Hypercalls.raw(r.ctx, 0xf, 0, 0, 0, 0)));
    }

    @Test
    @DisplayName("§7.8 X1–X4 are preserved (≡) across create_ec")
    void registersPreserved_acrossCreateEc() {
        long[] regs = new long[5];
        new Sandbox().run(r -> {
            Root.expect(Hypercalls.createLocalEc(r.ctx, r.sel(), r.pd(), 0x4000_0000L, 1, 0x1234, 0x99), "create_ec");
            for (int i = 1; i <= 4; i++) regs[i] = r.ctx.x(i);
            regs[0] = r.pd();
        });
        assertEquals(List.of(regs[0], 0x4000_0001L, 0x1234L, 0x99L), List.of(regs[1], regs[2], regs[3], regs[4]));
    }
}
