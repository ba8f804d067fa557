package nova.linuxuser.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nova.hw.mem.GuestMemory;
import nova.linuxuser.TestElf;
import nova.linuxuser.mem.AddressSpace;
import org.junit.jupiter.api.Test;

/** gABI "ELF Header" / "Program Header" validation: every malformed field is one clear error. */
class ElfFileTest {
    private static byte[] valid() {
        return TestElf.exitProgram(0);
    }

    private static byte[] with(byte[] image, int offset, int width, long value) {
        byte[] copy = image.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        switch (width) {
            case 1 -> b.put(offset, (byte) value);
            case 2 -> b.putShort(offset, (short) value);
            case 4 -> b.putInt(offset, (int) value);
            default -> b.putLong(offset, value);
        }
        return copy;
    }

    private static String error(byte[] image) {
        return assertThrows(ElfException.class, () -> ElfFile.parse(image)).getMessage();
    }

    @Test
    void validProgramParses() throws ElfException {
        ElfFile elf = ElfFile.parse(valid());
        assertEquals(ElfFile.ET_EXEC, elf.type());
        assertEquals(0x400000, elf.entry());
        assertEquals(1, elf.loads().size());
    }

    @Test
    void identMagicClassDataVersion() {
        assertTrue(error(with(valid(), 1, 1, 'X')).contains("not an ELF file"));
        assertTrue(error(new byte[] {0x7f, 'E', 'L', 'F', 2}).contains("truncated"));
        assertTrue(error(with(valid(), 4, 1, 1)).contains("not a 64-bit"));
        assertTrue(error(with(valid(), 5, 1, 2)).contains("little-endian"));
        assertTrue(error(with(valid(), 6, 1, 0)).contains("EI_VERSION"));
        assertTrue(error(with(valid(), 20, 4, 2)).contains("e_version"));
    }

    @Test
    void machineMustBeAarch64() {
        assertEquals("not an AArch64 program (e_machine 62, expected 183)", error(with(valid(), 18, 2, 62)));
    }

    @Test
    void typeMustBeExecOrDyn() {
        assertTrue(error(with(valid(), 16, 2, 1)).contains("e_type 1"));
        assertTrue(error(with(valid(), 16, 2, 4)).contains("e_type 4"));
    }

    @Test
    void programHeaderTableBounds() {
        assertTrue(error(with(valid(), 54, 2, 32)).contains("program header size 32"));
        assertTrue(error(with(valid(), 56, 2, 0)).contains("program header count 0"));
        assertTrue(error(with(valid(), 32, 8, 1L << 40)).contains("outside"));
        assertTrue(error(with(valid(), 32, 8, -8)).contains("outside"));
        assertTrue(error(with(valid(), 56, 2, 500)).contains("outside"));
    }

    @Test
    void loadSegmentFileSizeAtMostMemorySize() {
        // First program header at 64: p_filesz at +32, p_memsz at +40.
        assertTrue(error(with(valid(), 64 + 40, 8, 4)).contains("exceeds p_memsz"));
    }

    @Test
    void loadSegmentInsideFile() {
        assertTrue(error(with(valid(), 64 + 8, 8, 1L << 32)).contains("outside the"));
        assertTrue(error(with(with(valid(), 64 + 32, 8, 0x800), 64 + 40, 8, 0x1000)).contains("outside the"));
    }

    @Test
    void loadSegmentAlignmentAndCongruence() {
        assertTrue(error(with(valid(), 64 + 48, 8, 0x3000)).contains("power of two"));
        assertTrue(error(with(valid(), 64 + 16, 8, 0x400010)).contains("congruent"));
    }

    @Test
    void loadSegmentAddressRange() {
        assertTrue(error(with(valid(), 64 + 40, 8, 1L << 40)).contains("too large"));
        byte[] high = with(with(valid(), 64 + 16, 8, 0xffff_ffff_f000_0000L), 24, 8, 0xffff_ffff_f000_0000L);
        assertTrue(error(high).contains("outside the user address space"));
    }

    @Test
    void interpreterMeansDynamicallyLinked() {
        byte[] dyn = TestElf.exec(0x400000)
                .segment(TestElf.PT_INTERP, TestElf.R, 0x400800, "/lib/ld-linux-aarch64.so.1\0".getBytes(), 27)
                .load(TestElf.R | TestElf.X, 0x400000, TestElf.code(TestElf.SVC0), 0x1000).build();
        assertEquals("dynamically linked programs are not supported (PT_INTERP /lib/ld-linux-aarch64.so.1)", error(dyn));
    }

    @Test
    void entryMustBeInExecutableSegment() {
        assertTrue(error(with(valid(), 24, 8, 0x500000)).contains("entry point 0x500000"));
        byte[] noExec = TestElf.exec(0x400000).load(TestElf.R, 0x400000, TestElf.code(0), 0x1000).build();
        assertTrue(error(noExec).contains("entry point"));
    }

    @Test
    void segmentsMustNotOverlap() {
        byte[] overlap = TestElf.exec(0x400000)
                .load(TestElf.R | TestElf.X, 0x400000, TestElf.code(TestElf.SVC0), 0x2000)
                .load(TestElf.R | TestElf.W, 0x401000, new byte[8], 0x1000).build();
        assertTrue(error(overlap).contains("overlaps"));
    }

    @Test
    void noLoadSegment() {
        byte[] none = TestElf.exec(0x400000).segment(TestElf.PT_GNU_STACK, 6, 0, new byte[0], 0).build();
        assertEquals("no PT_LOAD segment", error(none));
    }

    /** Adversarial input: any corruption of a valid image is parsed, loaded, or refused with ElfException. */
    @Property(tries = 200, seed = "20261125")
    void corruptedImagesNeverThrowAnythingElse(@ForAll @IntRange(min = 0, max = 175) int offset,
            @ForAll byte value, @ForAll @IntRange(min = 0, max = 2) int extra) {
        byte[] image = valid();
        image[offset % image.length] = value;
        if (extra > 0) {
            image[(offset * 7 + 13) % image.length] ^= (byte) (value * 31 + extra);
        }
        try {
            ElfFile elf = ElfFile.parse(image);
            ElfLoader.load(elf, image, new AddressSpace(new GuestMemory()));
        } catch (ElfException expected) {
            assertTrue(!expected.getMessage().isEmpty() && !expected.getMessage().contains("\n"));
        }
    }
}
