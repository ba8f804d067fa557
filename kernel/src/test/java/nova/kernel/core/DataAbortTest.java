package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A global EC's memory fault is its Data Abort event (§7.6.1) with ESR/FAR (§7.7.3–4). */
class DataAbortTest {
    static final long HANDLER_UTCB = 0x300000, VA = 0x5000_0000L, NOVA_HST = 91, ROOT_HST = 90;

    @Test
    void faultIsDeliveredToTheEventPortalAndTheCodeRestartsAtTheRepliedIp() {
        List<String> log = new ArrayList<>();
        Root r = Root.run(c -> {
            Root.takeNovaHostSpace(c, NOVA_HST);
            Root.takeRootHostSpace(c, ROOT_HST);
            assertEquals(0, Hc.createEc(c, 20, Hc.ROOT_PD, 0, 0, HANDLER_UTCB, 0, 0));
            assertEquals(0, Hc.createPt(c, Ipc.EVT_DATA_ABORT, Hc.ROOT_PD, 20, Root.H1));   // the root's SELEVT is 0
            assertEquals(0, Hc.ctrlPt(c, Ipc.EVT_DATA_ABORT, 0x24, Ipc.MTD_EL2_ESR_FAR | Ipc.MTD_EL2_ELR_SPSR | Ipc.MTD_GPR));
            c.setX(9, 99);
            log.add("read " + c.read64(VA + 8));                   // faults: the pager maps the page and resumes at H2
            log.add("not reached");
        }, c -> {
            long esr = c.read64(HANDLER_UTCB + Ipc.U_ESR), far = c.read64(HANDLER_UTCB + Ipc.U_FAR);
            log.add("abort pid " + Long.toHexString(c.x(0)) + " esr " + Long.toHexString(esr) + " far " + Long.toHexString(far)
                    + " x9 " + c.read64(HANDLER_UTCB + 9 * 8));
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, 0x380, far >>> 12, 0, Perms.MEM_R | Perms.MEM_W, 0x7));
            c.write64(HANDLER_UTCB + Ipc.U_ELR, Root.H2);
            Hc.reply(c, Ipc.MTD_EL2_ELR_SPSR);
        }, c -> {
            log.add("resumed at " + Long.toHexString(c.ip()) + " x9 " + c.x(9) + " read " + c.read64(VA + 8));
        });
        assertEquals(List.of("abort pid 24 esr 92000007 far 50000008 x9 99", "resumed at 100200 x9 99 read 0"), log, r.nova.statistics());
        assertEquals(1, r.kernel.stats.faults);
        assertEquals(0, r.kernel.stats.kills);
    }
}
