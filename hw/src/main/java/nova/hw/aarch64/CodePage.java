package nova.hw.aarch64;

import java.lang.foreign.MemorySegment;
import nova.hw.mem.internal.Page;

/**
 * Decoded instructions of one 4 KiB code page: the raw word and its operation number, filled on
 * first execution of each slot. Valid while {@code page.decoded == this}; any write to the page
 * replaces that link (see {@code Cpu.invalidateCode} and {@code GuestMemory}).
 */
final class CodePage {
    static final int SLOTS = 1024;

    final Page page;
    final MemorySegment data;
    final int[] insn = new int[SLOTS];
    /** Operation numbers from {@link Op}; 0 = not decoded yet. */
    final char[] op = new char[SLOTS];

    CodePage(Page page, MemorySegment data) {
        this.page = page;
        this.data = data;
    }

    int decode(int idx) {
        int word = data.get(Cpu.LE32, (long) idx * 4);
        int o = Decoder.decode(word);
        insn[idx] = word;
        op[idx] = (char) o;
        return o;
    }
}
