package nova.linuxuser.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.linuxuser.TestElf;
import nova.linuxuser.mem.AddressSpace;
import nova.linuxuser.mem.Layout;
import org.junit.jupiter.api.Test;

/** binfmt_elf behaviour: file bytes at p_vaddr, zero-filled bss, segment permissions, brk, PIE bias. */
class ElfLoaderTest {
    private final GuestMemory memory = new GuestMemory();
    private final AddressSpace space = new AddressSpace(memory);

    private LoadedProgram load(byte[] image) throws ElfException {
        return ElfLoader.load(ElfFile.parse(image), image, space);
    }

    private byte[] read(long va, int len) {
        byte[] b = new byte[len];
        memory.readBytes(va, b, 0, len);
        return b;
    }

    @Test
    void textAndDataSegmentsWithBss() throws ElfException {
        byte[] text = TestElf.code(TestElf.movz(0, 1), TestElf.SVC0);
        byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
        byte[] image = TestElf.exec(0x400000)
                .load(TestElf.R | TestElf.X, 0x400000, text, text.length)
                .load(TestElf.R | TestElf.W, 0x411010, data, 0x3000).build();
        // Dirty the bss page first: loading must zero what p_memsz covers beyond p_filesz.
        LoadedProgram p = load(image);
        assertArrayEquals(text, read(0x400000, text.length));
        assertArrayEquals(data, read(0x411010, 8));
        assertArrayEquals(new byte[0x3000 - 8], read(0x411018, 0x3000 - 8));
        assertEquals(Perm.RX, memory.perms(0x400000));
        assertEquals(Perm.RW, memory.perms(0x411000));
        assertEquals(Perm.RW, memory.perms(0x413000));
        assertEquals(Perm.RW, memory.perms(0x414000));
        assertEquals(-1, memory.perms(0x415000));
        assertEquals(0x415000, p.brkStart(), "brk starts at the page after the highest segment");
        assertEquals(0x400000, p.entry());
        assertEquals(0, p.loadBias());
    }

    @Test
    void atPhdrFromPtPhdr() throws ElfException {
        byte[] image = TestElf.exec(0x400000)
                .segment(6, TestElf.R, 0x400040, new byte[0], 0) // PT_PHDR
                .load(TestElf.R | TestElf.X, 0x400000, TestElf.code(TestElf.SVC0), 4).build();
        LoadedProgram p = load(image);
        assertEquals(0x400040, p.phdr());
        assertEquals(2, p.phnum());
    }

    @Test
    void atPhdrFallsBackToFirstSegmentMapping() throws ElfException {
        // The builder puts the segment at file offset 0x1000, so the headers (offset 64) lie outside
        // any PT_LOAD: Linux then reports first p_vaddr - p_offset + e_phoff.
        LoadedProgram p = load(TestElf.exitProgram(0));
        assertEquals(0x400000 - 0x1000 + 64, p.phdr());
    }

    @Test
    void staticPieIsPlacedAtTheFixedBase() throws ElfException {
        byte[] text = TestElf.code(TestElf.SVC0);
        byte[] image = TestElf.exec(0x100).type(ElfFile.ET_DYN).load(TestElf.R | TestElf.X, 0x100, text, 0x100)
                .build();
        LoadedProgram p = load(image);
        assertEquals(Layout.PIE_BASE, p.loadBias());
        assertEquals(Layout.PIE_BASE + 0x100, p.entry());
        assertArrayEquals(text, read(Layout.PIE_BASE + 0x100, 4));
        assertFalse(memory.isMapped(0x100, 1));
    }

    @Test
    void execStackFromPtGnuStack() throws ElfException {
        byte[] image = TestElf.exec(0x400000)
                .load(TestElf.R | TestElf.X, 0x400000, TestElf.code(TestElf.SVC0), 4)
                .segment(TestElf.PT_GNU_STACK, TestElf.R | TestElf.W | TestElf.X, 0, new byte[0], 0).build();
        assertTrue(load(image).execStack());
    }

    @Test
    void sharedBoundaryPageGetsBothSegmentsRights() throws ElfException {
        byte[] text = TestElf.code(TestElf.SVC0);
        byte[] image = TestElf.exec(0x400000)
                .load(TestElf.R | TestElf.X, 0x400000, text, 0x800)
                .load(TestElf.R | TestElf.W, 0x400900, new byte[] {9}, 0x10).build();
        load(image);
        assertEquals(Perm.RWX, memory.perms(0x400000));
        assertArrayEquals(text, read(0x400000, 4));
        assertEquals(9, read(0x400900, 1)[0]);
    }

    @Test
    void segmentBelowMinimumAddressIsRefused() {
        byte[] image = TestElf.exec(0x1000).load(TestElf.R | TestElf.X, 0x1000, TestElf.code(TestElf.SVC0), 4).build();
        ElfException e = org.junit.jupiter.api.Assertions.assertThrows(ElfException.class, () -> load(image));
        assertTrue(e.getMessage().contains("lowest mappable address"));
    }
}
