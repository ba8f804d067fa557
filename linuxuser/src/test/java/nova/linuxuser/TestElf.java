package nova.linuxuser;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small ELF64 images in memory for loader and harness tests: a header, program headers,
 * and segment contents at file offsets congruent to their addresses modulo the page size.
 */
public final class TestElf {
    /** A segment to emit: type, flags, address, file bytes, memory size, alignment. */
    public record Segment(int type, int flags, long vaddr, byte[] data, long memsz, long align) {}

    public static final int PT_LOAD = 1;
    public static final int PT_INTERP = 3;
    public static final int PT_GNU_STACK = 0x6474e551;
    public static final int R = 4;
    public static final int W = 2;
    public static final int X = 1;

    private final List<Segment> segments = new ArrayList<>();
    private int type = 2;
    private long entry;

    public static TestElf exec(long entry) {
        TestElf e = new TestElf();
        e.entry = entry;
        return e;
    }

    public TestElf type(int t) {
        type = t;
        return this;
    }

    public TestElf segment(int segType, int flags, long vaddr, byte[] data, long memsz) {
        segments.add(new Segment(segType, flags, vaddr, data, memsz, 0x1000));
        return this;
    }

    public TestElf load(int flags, long vaddr, byte[] data, long memsz) {
        return segment(PT_LOAD, flags, vaddr, data, memsz);
    }

    /** The file image; offsets of segment data are recorded in the program headers. */
    public byte[] build() {
        int phnum = segments.size();
        int headerEnd = 64 + 56 * phnum;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long[] offsets = new long[phnum];
        long at = headerEnd;
        for (int i = 0; i < phnum; i++) {
            Segment s = segments.get(i);
            long want = s.vaddr() & 0xfff;
            long off = (at & ~0xfffL) + want;
            if (off < at) {
                off += 0x1000;
            }
            if (s.data().length == 0) {
                off = at;
                if ((off & 0xfff) != (s.vaddr() & 0xfff)) {
                    off = ((at + 0xfff) & ~0xfffL) + (s.vaddr() & 0xfff);
                }
            }
            while (headerEnd + body.size() < off) {
                body.write(0);
            }
            body.writeBytes(s.data());
            offsets[i] = off;
            at = headerEnd + body.size();
        }
        ByteBuffer b = ByteBuffer.allocate(headerEnd + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        b.putShort(16, (short) type).putShort(18, (short) 183).putInt(20, 1).putLong(24, entry).putLong(32, 64)
                .putLong(40, 0).putInt(48, 0).putShort(52, (short) 64).putShort(54, (short) 56)
                .putShort(56, (short) phnum).putShort(58, (short) 64).putShort(60, (short) 0).putShort(62, (short) 0);
        for (int i = 0; i < phnum; i++) {
            Segment s = segments.get(i);
            int p = 64 + 56 * i;
            b.putInt(p, s.type()).putInt(p + 4, s.flags()).putLong(p + 8, offsets[i]).putLong(p + 16, s.vaddr())
                    .putLong(p + 24, s.vaddr()).putLong(p + 32, s.data().length).putLong(p + 40, s.memsz())
                    .putLong(p + 48, s.align());
        }
        b.put(headerEnd, body.toByteArray());
        return b.array();
    }

    /** Little-endian A64 instruction words as bytes. */
    public static byte[] code(int... words) {
        ByteBuffer b = ByteBuffer.allocate(4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }

    /** MOVZ Xd, #imm16. */
    public static int movz(int rd, int imm16) {
        return 0xD2800000 | (imm16 << 5) | rd;
    }

    public static final int SVC0 = 0xD4000001;

    /** A program at 0x400000 that exits with {@code status} through exit_group. */
    public static byte[] exitProgram(int status) {
        return exec(0x400000).load(R | X, 0x400000, code(movz(0, status), movz(8, 94), SVC0), 0x1000).build();
    }
}
