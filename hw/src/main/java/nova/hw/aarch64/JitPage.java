package nova.hw.aarch64;

import nova.hw.mem.internal.Page;

/**
 * The translator's side table for one code page: execution counts and translated blocks per
 * instruction slot. Valid while the interpreter's decoded page it was built against is still
 * the page's current one ({@code page.decoded == code}); a remap, unmap or privileged write
 * drops that link and so this table with it.
 */
final class JitPage {
    final long vpn;
    final Page page;
    final CodePage code;
    /** Times a cold block starting at the slot was entered (saturates at the threshold). */
    final int[] count = new int[CodePage.SLOTS];
    final Compiled[] blocks = new Compiled[CodePage.SLOTS];
    /** Slots where translation was tried and nothing translatable starts. */
    final boolean[] untranslatable = new boolean[CodePage.SLOTS];

    JitPage(long vpn, Page page, CodePage code) {
        this.vpn = vpn;
        this.page = page;
        this.code = code;
    }

    boolean current() {
        return page.decoded == code;
    }

    /**
     * A translated block and what it was translated from: the instruction words of slots
     * {@code [slot, slot + words.length)}, checked against the decoded page whenever
     * something may have written code since the last check ({@link JitRunner#seq}).
     */
    static final class Compiled {
        final JitBlock block;
        final int slot;
        final int[] words;
        long checkedSeq;

        Compiled(JitBlock block, int slot, int[] words, long checkedSeq) {
            this.block = block;
            this.slot = slot;
            this.words = words;
            this.checkedSeq = checkedSeq;
        }

        int length() {
            return words.length;
        }

        /** The decoded page still holds exactly these words (a store clears a slot's op). */
        boolean matches(CodePage cp) {
            for (int k = 0; k < words.length; k++) {
                if (cp.op[slot + k] == 0 || cp.insn[slot + k] != words[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
