package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.JavaImage;
import nova.kernel.Nova;
import nova.kernel.PlatformConfig;
import nova.kernel.TestAccess;
import org.junit.jupiter.api.Test;

class IpcSmokeTest {
    static final long BASE = 0x100000, HANDLER = BASE + 0x100, ENTRY = BASE;
    static final long UTCB1 = 0x200000;

    @Test
    void callAndReplyTransferWords_5_2() {
        List<String> log = new ArrayList<>();
        JavaImage img = JavaImage.builder(BASE)
                .entry(ENTRY, c -> {
                    log.add("ec " + Hc.createEc(c, 10, Hc.ROOT_PD, 0, 0, UTCB1, 0x1234, 0));
                    log.add("pt " + Hc.createPt(c, 11, Hc.ROOT_PD, 10, HANDLER));
                    log.add("ctrl_pt " + Hc.ctrlPt(c, 11, 77, 0));
                    c.write64(Hc.ROOT_UTCB, 41);
                    c.write64(Hc.ROOT_UTCB + 8, 1000);
                    log.add("call " + Hc.call(c, 11, 1, false));
                    log.add("x1 " + c.x(1) + " w0 " + c.read64(Hc.ROOT_UTCB) + " w1 " + c.read64(Hc.ROOT_UTCB + 8));
                })
                .code(HANDLER, c -> {
                    log.add("handler pid " + c.x(0) + " mtd " + c.x(1) + " sp " + Long.toHexString(c.sp()));
                    c.write64(UTCB1, c.read64(UTCB1) + 1);
                    c.write64(UTCB1 + 8, c.read64(UTCB1 + 8) + 1);
                    Hc.reply(c, 0);
                    log.add("not reached");
                })
                .data(8192).build();
        Nova n = Nova.boot(PlatformConfig.defaults(), img);
        Nova.RunResult r = n.run(1_000_000_000L);
        assertEquals(List.of("ec 0", "pt 0", "ctrl_pt 0", "handler pid 77 mtd 1 sp 1234", "call 0", "x1 0 w0 42 w1 1000"), log,
                n.statistics());
        assertEquals(Nova.Reason.ROOT_EXITED, r.reason());
        assertEquals("", TestAccess.kernel(n).checkInvariants());
    }
}
