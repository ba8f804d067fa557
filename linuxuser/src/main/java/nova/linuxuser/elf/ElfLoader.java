package nova.linuxuser.elf;

import nova.hw.mem.Perm;
import nova.linuxuser.mem.AddressSpace;
import nova.linuxuser.mem.Layout;

/**
 * Maps a validated {@link ElfFile} like Linux's binfmt_elf: each PT_LOAD becomes page-aligned
 * mappings whose first page carries the file bytes from the page-aligned file offset (what an
 * mmap of the file shows), the rest of p_memsz reads as zero. ET_DYN (static-pie) programs are
 * placed at {@link Layout#PIE_BASE}; their own startup code applies the relocations.
 */
public final class ElfLoader {
    private ElfLoader() {}

    public static LoadedProgram load(ElfFile elf, byte[] image, AddressSpace space) throws ElfException {
        long bias = 0;
        if (elf.type() == ElfFile.ET_DYN) {
            bias = Layout.PIE_BASE - Layout.pageDown(elf.loads().getFirst().vaddr());
        }
        long highest = 0;
        long mappedEnd = 0;
        for (ProgramHeader h : elf.loads()) {
            long vaddr = h.vaddr() + bias;
            if (vaddr < Layout.MIN_ADDR) {
                throw new ElfException(String.format("PT_LOAD at 0x%x lies below the lowest mappable address 0x%x",
                        vaddr, Layout.MIN_ADDR));
            }
            long start = Layout.pageDown(vaddr);
            long end = Layout.pageUp(vaddr + h.memsz());
            int perms = perms(h.flags());
            // Segments may share a boundary page: keep what the previous one mapped, widen its rights.
            long freshStart = Math.max(start, mappedEnd);
            if (start < mappedEnd) {
                Integer shared = space.regionAt(start) != null ? space.regionAt(start).perms() : null;
                space.protect(start, Math.min(end, mappedEnd), perms | (shared == null ? 0 : shared));
            }
            if (freshStart < end) {
                space.map(freshStart, end, perms, false);
            }
            long fileStart = Layout.pageDown(h.offset());
            int len = (int) (h.offset() - fileStart + h.filesz());
            space.memory().writeBytes(start, image, (int) fileStart, len);
            long tail = start + len;
            long tailEnd = Math.min(Layout.pageUp(tail), end);
            if (tail < tailEnd) {
                space.memory().fill(tail, tailEnd - tail, (byte) 0);
            }
            mappedEnd = Math.max(mappedEnd, end);
            highest = Math.max(highest, vaddr + h.memsz());
        }
        boolean execStack = false;
        for (ProgramHeader h : elf.headers()) {
            if (h.type() == ProgramHeader.PT_GNU_STACK) {
                execStack = (h.flags() & ProgramHeader.PF_X) != 0;
            }
        }
        return new LoadedProgram(elf.entry() + bias, phdrAddress(elf) + bias, elf.phnum(), bias,
                Layout.pageUp(highest), execStack);
    }

    /** AT_PHDR: PT_PHDR if present, else the PT_LOAD whose file bytes contain the headers. */
    private static long phdrAddress(ElfFile elf) {
        for (ProgramHeader h : elf.headers()) {
            if (h.type() == ProgramHeader.PT_PHDR) {
                return h.vaddr();
            }
        }
        long size = (long) elf.phnum() * ElfFile.PHENT_SIZE;
        for (ProgramHeader h : elf.loads()) {
            if (h.offset() <= elf.phoff() && elf.phoff() + size <= h.offset() + h.filesz()) {
                return h.vaddr() + (elf.phoff() - h.offset());
            }
        }
        // Linux's fallback: the headers' file offset relative to the first segment's mapping.
        ProgramHeader first = elf.loads().getFirst();
        return first.vaddr() - first.offset() + elf.phoff();
    }

    private static int perms(int flags) {
        int p = Perm.NONE;
        if ((flags & ProgramHeader.PF_R) != 0) {
            p |= Perm.R;
        }
        if ((flags & ProgramHeader.PF_W) != 0) {
            p |= Perm.W;
        }
        if ((flags & ProgramHeader.PF_X) != 0) {
            p |= Perm.X;
        }
        return p;
    }
}
