package nova.hw.aarch64;

import java.lang.foreign.MemorySegment;
import nova.hw.mem.internal.AddressSpace;
import nova.hw.mem.internal.Page;

/**
 * Decoded instructions of one 4 KiB code page: the raw word and its operation number, filled on
 * first execution of each slot. Valid while {@code page.decoded == this}: a guest store clears
 * the slots it overlaps ({@link #forget}); a privileged write, remap or unmap drops the page's
 * link altogether (see {@code GuestMemory}).
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

    /** Forgets the decoded slots overlapping bytes {@code [off, off+len)} of the page. */
    void forget(int off, int len) {
        for (int slot = off >>> 2, last = (off + len - 1) >>> 2; slot <= last; slot++) {
            op[slot] = 0;
        }
    }

    int decode(int idx) {
        // The page's longs hold its bytes in little-endian order on a little-endian host (no var
        // handle needed: the first one used costs milliseconds of class spinning).
        int word = AddressSpace.HOST_LITTLE_ENDIAN
                ? (int) (page.words[idx >>> 1] >>> ((idx & 1) << 5))
                : data.get(Cpu.Le.LE32, (long) idx * 4);
        int o = Decoder.decode(word);
        insn[idx] = word;
        op[idx] = (char) o;
        return o;
    }
}
