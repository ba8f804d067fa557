package nova.difftest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a static little-endian ELF64 AArch64 executable the in-test loader needs:
 * entry point, PT_LOAD segments and the symbol table (case labels of generated programs).
 * Independent of the linuxuser module's loader on purpose: a loader bug there must not hide
 * or fake a CPU mismatch here.
 */
public record ElfImage(byte[] file, long entry, List<Segment> segments, Map<String, Long> symbols) {

    /** One PT_LOAD segment; {@code flags} are the ELF PF_R/PF_W/PF_X bits. */
    public record Segment(long vaddr, long memsz, long offset, long filesz, int flags) {}

    public static ElfImage read(Path path) throws IOException {
        byte[] f = Files.readAllBytes(path);
        ByteBuffer b = ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN);
        if (f.length < 64 || b.getInt(0) != 0x464c457f || f[4] != 2 || f[5] != 1 || b.getShort(18) != 183) {
            throw new IOException(path + ": not a little-endian ELF64 AArch64 file");
        }
        long entry = b.getLong(24);
        long phoff = b.getLong(32);
        long shoff = b.getLong(40);
        int phentsize = b.getShort(54) & 0xffff, phnum = b.getShort(56) & 0xffff;
        int shentsize = b.getShort(58) & 0xffff, shnum = b.getShort(60) & 0xffff;
        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int p = (int) (phoff + (long) i * phentsize);
            if (b.getInt(p) != 1) continue; // PT_LOAD
            segs.add(new Segment(b.getLong(p + 16), b.getLong(p + 40), b.getLong(p + 8), b.getLong(p + 32),
                    b.getInt(p + 4)));
        }
        Map<String, Long> syms = new HashMap<>();
        for (int i = 0; i < shnum; i++) {
            int s = (int) (shoff + (long) i * shentsize);
            if (b.getInt(s + 4) != 2) continue; // SHT_SYMTAB
            long symOff = b.getLong(s + 24), symSize = b.getLong(s + 32);
            int link = b.getInt(s + 40);
            int str = (int) (shoff + (long) link * shentsize);
            long strOff = b.getLong(str + 24);
            for (long e = symOff; e + 24 <= symOff + symSize; e += 24) {
                int nameIdx = b.getInt((int) e);
                if (nameIdx == 0) continue;
                int start = (int) (strOff + nameIdx), end = start;
                while (f[end] != 0) end++;
                syms.put(new String(f, start, end - start, StandardCharsets.US_ASCII), b.getLong((int) e + 8));
            }
        }
        return new ElfImage(f, entry, List.copyOf(segs), Map.copyOf(syms));
    }

    public long symbol(String name) {
        Long v = symbols.get(name);
        if (v == null) throw new IllegalArgumentException("no symbol " + name);
        return v;
    }
}
