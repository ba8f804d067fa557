package nova.kernel.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nova.kernel.JavaImage;
import nova.kernel.PlatformConfig;
import nova.kernel.UserFault;
import org.junit.jupiter.api.Test;

/** User memory access through the host space (§2.1.2, §4.1.3) and the validation of the exported records. */
class MemoryAccessTest {
    static final long NOVA_HST = 91, ROOT_HST = 90, VA = 0x4000_0000L;

    @Test
    void accessesFollowMappingsAndRevocation_2_1_2() {
        List<String> log = new ArrayList<>();
        Root.run(c -> {
            Root.takeNovaHostSpace(c, NOVA_HST);
            Root.takeRootHostSpace(c, ROOT_HST);
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, 0x300, VA >>> 12, 1, Perms.MEM_R | Perms.MEM_W, 0x7));
            c.write64(VA + 4092, 0x1122334455667788L);                 // crosses into the second page
            log.add(Long.toHexString(c.read64(VA + 4092)) + " " + Integer.toHexString(c.read32(VA + 4096)));
            byte[] b = new byte[6000];
            c.readBytes(VA + 100, b, 0, b.length);
            log.add("bytes " + Integer.toHexString(b[3992] & 0xff));
            // revoke the second page (a null source): the cached translation must not survive
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, 0x300, (VA >>> 12) + 1, 0, 0, 0x7));
            try {
                c.read32(VA + 4096);
                log.add("read after revocation");
            } catch (UserFault f) {
                log.add("fault " + Long.toHexString(f.address()));
            }
            // a write crossing into the unmapped page changes nothing
            try {
                c.write64(VA + 4092, 0);
            } catch (UserFault f) {
                log.add("split fault " + Long.toHexString(f.address()) + " kept " + Integer.toHexString(c.read32(VA + 4092)));
            }
            // read-only mapping
            assertEquals(0, Hc.ctrlPd(c, NOVA_HST, ROOT_HST, 0x300, VA >>> 12, 0, Perms.MEM_R, 0x7));
            try {
                c.write8(VA, 1);
            } catch (UserFault f) {
                log.add("ro fault");
            }
            log.add("ro read " + c.read8(VA + 4093));
        });
        assertEquals(List.of("1122334455667788 11223344", "bytes 88", "fault 40001000", "split fault 40001000 kept 55667788",
                "ro fault", "ro read 119"), log);
    }

    @Test
    void platformConfigAndImageValidation() {
        assertThrows(IllegalArgumentException.class, () -> new PlatformConfig(0, 1 << 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlatformConfig(65, 1 << 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlatformConfig(1, (1 << 20) + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlatformConfig(1, 1 << 19, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlatformConfig(1, 1 << 20, 0));
        assertEquals(new PlatformConfig(4, 64L << 20, 1_000_000_000L), PlatformConfig.defaults());
        assertThrows(IllegalArgumentException.class, () -> JavaImage.builder(0x1001));
        assertThrows(IllegalArgumentException.class, () -> JavaImage.builder(0x1000).code(0x1002, c -> {}));
        assertThrows(IllegalArgumentException.class, () -> JavaImage.builder(0x1000).code(0x800, c -> {}));
        assertThrows(IllegalArgumentException.class, () -> JavaImage.builder(0x1000).code(0x1000, c -> {}).code(0x1000, c -> {}));
        assertThrows(IllegalArgumentException.class, () -> JavaImage.builder(0x1000).code(0x1000, c -> {}).build());
        assertThrows(IllegalArgumentException.class, () -> JavaImage.builder(0x1000).entry(Long.MAX_VALUE - 3, c -> {}).build());
        JavaImage img = JavaImage.builder(0x10000).entry(0x10004, c -> {}).code(0x12000, c -> {}).data(5000).build();
        assertEquals(0x10000, img.base());
        assertEquals(0x3000 + 0x2000, img.size());
        assertEquals(0x10004, img.entry());
        assertThrows(IllegalArgumentException.class,
                () -> nova.kernel.Nova.boot(new PlatformConfig(1, 1 << 20, 1000), JavaImage.builder(0).entry(0, c -> {}).data(1 << 20).build()));
    }
}
