package nova.linuxuser.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nova.hw.mem.Perm;
import nova.linuxuser.mem.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brk(2), mmap(2), munmap(2), mprotect(2), mremap(2), madvise(2) semantics on the guest address space. */
class MemorySyscallsTest extends SyscallTestBase {
    static final int PROT_RW = 3;
    static final int MAP_PRIVATE_ANON = 0x22;

    long mmapAnon(long addr, long len, int extraFlags) {
        return call(Nr.MMAP, addr, len, PROT_RW, MAP_PRIVATE_ANON | extraFlags, -1, 0);
    }

    @Test
    void brkGrowsZeroFilledAndShrinks() {
        long start = call(Nr.BRK, 0);
        assertEquals(0x60_0000, start);
        assertEquals(start + 0x1234, call(Nr.BRK, start + 0x1234));
        assertEquals(Perm.RW, memory.perms(start + 0x1000));
        assertArrayEquals(new byte[0x1234], get(start, 0x1234));
        assertEquals(start + 0x10, call(Nr.BRK, start + 0x10));
        assertEquals(-1, memory.perms(start + 0x1000), "shrinking unmaps whole pages above the break");
        assertEquals(start + 0x10, call(Nr.BRK, start - 0x1000), "below the start: the break stays");
    }

    @Test
    void brkRefusesToRunIntoAMapping() {
        long start = call(Nr.BRK, 0);
        mmapAnon(start + 0x4000, 0x1000, 0x10);
        assertEquals(start, call(Nr.BRK, start + 0x8000));
        assertEquals(start + 0x3000, call(Nr.BRK, start + 0x3000));
    }

    @Test
    void anonymousMmapIsTopDownAndDeterministic() {
        long a = mmapAnon(0, 0x3000, 0);
        long b = mmapAnon(0, 0x1000, 0);
        assertEquals(Layout.MMAP_TOP - 0x3000, a);
        assertEquals(a - 0x1000, b);
        assertEquals(Perm.RW, memory.perms(a));
        assertArrayEquals(new byte[0x3000], get(a, 0x3000));
        assertEquals(0, call(Nr.MUNMAP, a, 0x3000));
        assertEquals(a + 0x1000, mmapAnon(0, 0x2000, 0), "freed space is reused: highest fit below the top");
    }

    @Test
    void mmapHintIsUsedWhenFree() {
        assertEquals(0x2000_0000L, mmapAnon(0x2000_0000L, 0x1000, 0));
        assertNotEquals(0x2000_0000L, mmapAnon(0x2000_0000L, 0x1000, 0), "an occupied hint is not replaced");
    }

    @Test
    void mapFixedReplacesAndNoReplaceRefuses() {
        long a = mmapAnon(0x3000_0000L, 0x2000, 0x10);
        assertEquals(0x3000_0000L, a);
        put(a, new byte[] {7});
        assertEquals(a, mmapAnon(a, 0x1000, 0x10));
        assertEquals(0, get(a, 1)[0], "MAP_FIXED replaces the old pages");
        assertEquals(-Errno.EEXIST, mmapAnon(a + 0x1000, 0x1000, 0x100000));
        assertEquals(a + 0x4000, mmapAnon(a + 0x4000, 0x1000, 0x100000));
    }

    @Test
    void mmapArgumentErrors() {
        assertEquals(-Errno.EINVAL, mmapAnon(0, 0, 0));
        assertEquals(-Errno.EINVAL, mmapAnon(0x3000_0010L, 0x1000, 0x10));
        assertEquals(-Errno.EINVAL, call(Nr.MMAP, 0, 0x1000, PROT_RW, 0x20, -1, 0), "neither shared nor private");
        assertEquals(-Errno.EINVAL, call(Nr.MMAP, 0, 0x1000, 0x10, MAP_PRIVATE_ANON, -1, 0));
        assertEquals(-Errno.EBADF, call(Nr.MMAP, 0, 0x1000, 1, 2, 77, 0));
        assertEquals(-Errno.EPERM, mmapAnon(0x1000, 0x1000, 0x10));
        assertEquals(-Errno.ENOMEM, mmapAnon(0, -4096, 0));
    }

    @Test
    void absurdSizesAreEnomemNotHostExhaustion() {
        assertEquals(-Errno.ENOMEM, mmapAnon(0, 1L << 40, 0));
        long start = call(Nr.BRK, 0);
        assertEquals(start, call(Nr.BRK, start + (32L << 30)));
        long a = mmapAnon(0, 0x1000, 0);
        assertEquals(-Errno.ENOMEM, call(Nr.MREMAP, a, 0x1000, 1L << 40, 1));
    }

    @Test
    void mprotectChangesRightsAndNeedsMappedPages() {
        long a = mmapAnon(0, 0x3000, 0);
        assertEquals(0, call(Nr.MPROTECT, a + 0x1000, 0x1000, 1));
        assertEquals(Perm.RW, memory.perms(a));
        assertEquals(Perm.R, memory.perms(a + 0x1000));
        assertEquals(Perm.RW, memory.perms(a + 0x2000));
        assertEquals(-Errno.ENOMEM, call(Nr.MPROTECT, a + 0x2000, 0x2000, 1));
        assertEquals(-Errno.EINVAL, call(Nr.MPROTECT, a + 1, 0x1000, 1));
    }

    @Test
    void mremapGrowsInPlaceOrMovesKeepingData() {
        long a = mmapAnon(0x4000_0000L, 0x1000, 0);
        put(a, new byte[] {1, 2, 3});
        assertEquals(a, call(Nr.MREMAP, a, 0x1000, 0x3000, 0));
        assertEquals(Perm.RW, memory.perms(a + 0x2000));
        mmapAnon(a + 0x3000, 0x1000, 0x10);
        assertEquals(-Errno.ENOMEM, call(Nr.MREMAP, a, 0x3000, 0x5000, 0));
        long moved = call(Nr.MREMAP, a, 0x3000, 0x5000, 1);
        assertNotEquals(a, moved);
        assertArrayEquals(new byte[] {1, 2, 3}, get(moved, 3));
        assertEquals(-1, memory.perms(a));
        assertEquals(moved, call(Nr.MREMAP, moved, 0x5000, 0x1000, 0));
        assertEquals(-1, memory.perms(moved + 0x1000));
        assertEquals(-Errno.EFAULT, call(Nr.MREMAP, UNMAPPED, 0x1000, 0x2000, 1));
    }

    @Test
    void madviseDontneedZeroesAnonymousPages() {
        long a = mmapAnon(0, 0x2000, 0);
        put(a + 0x1000, new byte[] {5});
        assertEquals(0, call(Nr.MADVISE, a, 0x2000, 4));
        assertEquals(0, get(a + 0x1000, 1)[0]);
        assertEquals(-Errno.ENOMEM, call(Nr.MADVISE, UNMAPPED, 0x1000, 4));
    }

    @Test
    void privateFileMappingShowsFileContents(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("data.bin");
        byte[] content = new byte[5000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7);
        }
        Files.write(f, content);
        long fd = call(Nr.OPENAT, -100, putString(SCRATCH, f.toString()), 0, 0);
        assertEquals(0, fd, "lowest free descriptor (no stdio here)");
        long a = call(Nr.MMAP, 0, 0x2000, 1, 2, fd, 0x1000);
        assertTrue(a > 0);
        byte[] expect = new byte[0x2000];
        System.arraycopy(content, 0x1000, expect, 0, content.length - 0x1000);
        assertArrayEquals(expect, get(a, 0x2000), "file bytes from the offset, zero past EOF");
        assertEquals(Perm.R, memory.perms(a));
        assertEquals(-Errno.EINVAL, call(Nr.MMAP, 0, 0x1000, 1, 2, fd, 0x10), "unaligned offset");
    }
}
