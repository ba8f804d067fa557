package nova.hw.mem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sparse guest address space: mapping, permissions and the privileged copies. */
class GuestMemoryTest {
    private static final int P = GuestMemory.PAGE_SIZE;

    @Test
    void mapZeroFillsAndReportsPermissions() {
        GuestMemory m = new GuestMemory();
        m.map(0x10000, 3 * P, Perm.RW);
        assertTrue(m.isMapped(0x10000, 3 * P));
        assertFalse(m.isMapped(0x10000, 3 * P + 1));
        assertEquals(Perm.RW, m.perms(0x10000 + 2 * P + 5));
        assertEquals(-1, m.perms(0x10000 + 3 * P));
        byte[] b = new byte[3 * P];
        b[7] = 1;
        m.readBytes(0x10000, b, 0, b.length);
        assertArrayEquals(new byte[3 * P], b);
    }

    @Test
    void writeThenReadAcrossPages() {
        GuestMemory m = new GuestMemory();
        m.map(0, 2 * P, Perm.R);
        byte[] src = new byte[100];
        for (int i = 0; i < src.length; i++) {
            src[i] = (byte) (i * 7);
        }
        m.writeBytes(P - 50, src, 0, 100); // privileged: ignores the missing W
        byte[] dst = new byte[100];
        m.readBytes(P - 50, dst, 0, 100);
        assertArrayEquals(src, dst);
    }

    @Test
    void copiesTouchingUnmappedPages_throwAccessFaultBeforeWriting() {
        GuestMemory m = new GuestMemory();
        m.map(0x5000, P, Perm.RW);
        byte[] src = {1, 2, 3, 4};
        AccessFault f = assertThrows(AccessFault.class, () -> m.writeBytes(0x5000 + P - 2, src, 0, 4));
        assertEquals(0x6000, f.address());
        byte[] check = new byte[2];
        m.readBytes(0x5000 + P - 2, check, 0, 2);
        assertArrayEquals(new byte[2], check);
        assertEquals(0x4FFF, assertThrows(AccessFault.class, () -> m.readBytes(0x4FFF, check, 0, 2)).address());
        assertThrows(AccessFault.class, () -> m.fill(0x5000, P + 1, (byte) 1));
    }

    @Test
    void fillSetsBytes() {
        GuestMemory m = new GuestMemory();
        m.map(0x5000, 2 * P, Perm.RW);
        m.fill(0x5000 + 10, P, (byte) 0x5A);
        byte[] b = new byte[P + 20];
        m.readBytes(0x5000, b, 0, b.length);
        for (int i = 0; i < b.length; i++) {
            assertEquals(i >= 10 && i < P + 10 ? (byte) 0x5A : 0, b[i], "byte " + i);
        }
    }

    @Test
    void unmapAndRemapGiveFreshZeroPages() {
        GuestMemory m = new GuestMemory();
        m.map(0x5000, P, Perm.RW);
        m.fill(0x5000, P, (byte) 9);
        m.unmap(0x5000, P);
        assertFalse(m.isMapped(0x5000, 1));
        assertEquals(0, m.mappedPages());
        m.map(0x5000, P, Perm.RW);
        byte[] b = new byte[P];
        m.readBytes(0x5000, b, 0, P);
        assertArrayEquals(new byte[P], b);
    }

    @Test
    void protectChangesOnlyMappedPages() {
        GuestMemory m = new GuestMemory();
        m.map(0x5000, P, Perm.RW);
        m.protect(0x4000, 3 * P, Perm.RX);
        assertEquals(Perm.RX, m.perms(0x5000));
        assertEquals(-1, m.perms(0x4000));
    }

    @Test
    void badArguments_areRejectedWithClearErrors() {
        GuestMemory m = new GuestMemory();
        assertThrows(IllegalArgumentException.class, () -> m.map(0x5001, P, Perm.RW));
        assertThrows(IllegalArgumentException.class, () -> m.map(0x5000, 100, Perm.RW));
        assertThrows(IllegalArgumentException.class, () -> m.map(0x5000, P, 8));
        assertThrows(IllegalArgumentException.class, () -> m.map(-P, 2L * P, Perm.RW));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBytes(0, new byte[4], 2, 4));
    }

    @Test
    void topOfAddressSpace_isUsable() {
        GuestMemory m = new GuestMemory();
        m.map(-P, P, Perm.RW);
        byte[] b = {1, 2, 3};
        m.writeBytes(-3, b, 0, 3);
        byte[] r = new byte[3];
        m.readBytes(-3, r, 0, 3);
        assertArrayEquals(b, r);
        assertTrue(m.isMapped(-P, P));
        assertFalse(m.isMapped(-2, 4)); // wraps past the top
    }

    @Test
    void largeReservation_costsNoBackingUntilTouched() {
        GuestMemory m = new GuestMemory();
        m.map(0x1000_0000L, 64L << 20, Perm.NONE); // 64 MiB, like a PROT_NONE arena
        assertEquals(16384, m.mappedPages());
        m.unmap(0x1000_0000L, 64L << 20);
        assertEquals(0, m.mappedPages());
    }

    @Test
    void hugeReservation_isRefusedWithoutChange() {
        GuestMemory m = new GuestMemory();
        m.map(0, P, Perm.R);
        assertThrows(IllegalArgumentException.class,
                () -> m.map(0x1000_0000_0000L, GuestMemory.MAX_PAGES * P, Perm.NONE));
        assertEquals(1, m.mappedPages());
    }

    @Test
    void hugeUnmapProtectAndIsMapped_costOnlyTheMappedPages() {
        GuestMemory m = new GuestMemory();
        m.map(0x5000, 2 * P, Perm.RW);
        m.map(0x7000_0000_0000L, P, Perm.RW);
        long huge = 1L << 60;
        assertFalse(m.isMapped(0, huge));
        m.protect(0, huge, Perm.R);
        assertEquals(Perm.R, m.perms(0x6000));
        assertEquals(Perm.R, m.perms(0x7000_0000_0000L));
        m.unmap(0x6000, huge);
        assertEquals(Perm.R, m.perms(0x5000));
        assertEquals(-1, m.perms(0x6000));
        assertEquals(-1, m.perms(0x7000_0000_0000L));
        assertEquals(1, m.mappedPages());
    }
}
