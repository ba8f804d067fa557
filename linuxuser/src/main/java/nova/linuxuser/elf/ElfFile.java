package nova.linuxuser.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nova.linuxuser.mem.Layout;

/**
 * A validated static AArch64 Linux executable: the ELF64 header and program headers, checked
 * field by field (System V gABI, "ELF Header" and "Program Header") before anything is mapped.
 */
public record ElfFile(int type, long entry, long phoff, int phnum, List<ProgramHeader> headers) {
    public static final int ET_EXEC = 2;
    public static final int ET_DYN = 3;
    public static final int EM_AARCH64 = 183;
    public static final int PHENT_SIZE = 56;
    private static final int EHDR_SIZE = 64;
    /** Larger segments are refused: a guest this harness runs never needs them, and they cost host memory. */
    private static final long MAX_SEGMENT = 1L << 31;

    public List<ProgramHeader> loads() {
        return headers.stream().filter(h -> h.type() == ProgramHeader.PT_LOAD).toList();
    }

    /** Parses and validates {@code image}; every violation is an {@link ElfException} with one line. */
    public static ElfFile parse(byte[] image) throws ElfException {
        if (image.length < 4 || image[0] != 0x7f || image[1] != 'E' || image[2] != 'L' || image[3] != 'F') {
            throw new ElfException("not an ELF file (bad magic)");
        }
        if (image.length < EHDR_SIZE) {
            throw new ElfException("truncated ELF header (" + image.length + " bytes)");
        }
        if (image[4] != 2) {
            throw new ElfException("not a 64-bit ELF file (EI_CLASS " + image[4] + ")");
        }
        if (image[5] != 1) {
            throw new ElfException("not a little-endian ELF file (EI_DATA " + image[5] + ")");
        }
        if (image[6] != 1) {
            throw new ElfException("unknown ELF version (EI_VERSION " + image[6] + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getShort(16) & 0xffff;
        int machine = b.getShort(18) & 0xffff;
        long version = b.getInt(20) & 0xffffffffL;
        long entry = b.getLong(24);
        long phoff = b.getLong(32);
        int ehsize = b.getShort(52) & 0xffff;
        int phentsize = b.getShort(54) & 0xffff;
        int phnum = b.getShort(56) & 0xffff;
        if (machine != EM_AARCH64) {
            throw new ElfException("not an AArch64 program (e_machine " + machine + ", expected 183)");
        }
        if (type != ET_EXEC && type != ET_DYN) {
            throw new ElfException("not an executable (e_type " + type + ", expected ET_EXEC or ET_DYN)");
        }
        if (version != 1) {
            throw new ElfException("unknown ELF version (e_version " + version + ")");
        }
        if (ehsize < EHDR_SIZE) {
            throw new ElfException("bad ELF header size " + ehsize);
        }
        if (phentsize != PHENT_SIZE) {
            throw new ElfException("bad program header size " + phentsize + " (expected 56)");
        }
        if (phnum == 0 || phnum == 0xffff) {
            throw new ElfException("unsupported program header count " + phnum);
        }
        if (phoff < 0 || phoff > image.length || (long) phnum * PHENT_SIZE > image.length - phoff) {
            throw new ElfException(String.format("program headers at 0x%x x %d lie outside the %d-byte file",
                    phoff, phnum, image.length));
        }
        List<ProgramHeader> headers = new ArrayList<>(phnum);
        for (int i = 0; i < phnum; i++) {
            int at = (int) phoff + i * PHENT_SIZE;
            headers.add(new ProgramHeader(b.getInt(at), b.getInt(at + 4), b.getLong(at + 8), b.getLong(at + 16),
                    b.getLong(at + 32), b.getLong(at + 40), b.getLong(at + 48)));
        }
        ElfFile elf = new ElfFile(type, entry, phoff, phnum, List.copyOf(headers));
        elf.validateSegments(image);
        return elf;
    }

    private void validateSegments(byte[] image) throws ElfException {
        long previousEnd = -1;
        boolean entryExecutable = false;
        int index = 0;
        for (ProgramHeader h : headers) {
            if (h.type() == ProgramHeader.PT_INTERP) {
                throw new ElfException("dynamically linked programs are not supported (PT_INTERP "
                        + interpreter(image, h) + ")");
            }
            if (h.type() == ProgramHeader.PT_LOAD) {
                checkLoad(image, h, index);
                if (h.vaddr() < previousEnd) {
                    throw new ElfException(String.format(
                            "PT_LOAD %d at 0x%x overlaps or precedes the previous segment (ends 0x%x)",
                            index, h.vaddr(), previousEnd));
                }
                previousEnd = h.vaddr() + h.memsz();
                if ((h.flags() & ProgramHeader.PF_X) != 0 && Long.compareUnsigned(entry - h.vaddr(), h.memsz()) < 0) {
                    entryExecutable = true;
                }
            }
            index++;
        }
        if (previousEnd < 0) {
            throw new ElfException("no PT_LOAD segment");
        }
        if (!entryExecutable) {
            throw new ElfException(String.format("entry point 0x%x is not inside an executable PT_LOAD segment", entry));
        }
    }

    private static void checkLoad(byte[] image, ProgramHeader h, int index) throws ElfException {
        String what = "PT_LOAD " + index;
        if (Long.compareUnsigned(h.filesz(), h.memsz()) > 0) {
            throw new ElfException(what + ": p_filesz 0x" + Long.toHexString(h.filesz())
                    + " exceeds p_memsz 0x" + Long.toHexString(h.memsz()));
        }
        if (h.offset() < 0 || h.offset() > image.length || h.filesz() < 0 || h.filesz() > image.length - h.offset()) {
            throw new ElfException(String.format("%s: file range 0x%x+0x%x lies outside the %d-byte file",
                    what, h.offset(), h.filesz(), image.length));
        }
        if (h.memsz() < 0 || h.memsz() > MAX_SEGMENT) {
            throw new ElfException(what + ": p_memsz 0x" + Long.toHexString(h.memsz()) + " is too large");
        }
        if (!Layout.fitsUser(h.vaddr(), h.memsz()) || h.vaddr() + h.memsz() > Layout.PIE_BASE) {
            throw new ElfException(String.format("%s: address range 0x%x+0x%x is outside the user address space",
                    what, h.vaddr(), h.memsz()));
        }
        long align = h.align();
        if (align > 1 && Long.bitCount(align) != 1) {
            throw new ElfException(what + ": p_align 0x" + Long.toHexString(align) + " is not a power of two");
        }
        if ((h.vaddr() - h.offset()) % Layout.PAGE != 0) {
            throw new ElfException(String.format("%s: p_vaddr 0x%x and p_offset 0x%x are not congruent modulo the page size",
                    what, h.vaddr(), h.offset()));
        }
    }

    private static String interpreter(byte[] image, ProgramHeader h) {
        if (h.offset() < 0 || h.offset() >= image.length || h.filesz() <= 0) {
            return "?";
        }
        int len = (int) Math.min(h.filesz(), Math.min(256, image.length - h.offset()));
        String s = new String(image, (int) h.offset(), len, StandardCharsets.ISO_8859_1);
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }
}
