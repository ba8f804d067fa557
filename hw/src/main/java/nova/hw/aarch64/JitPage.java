package nova.hw.aarch64;

import nova.hw.mem.Perm;
import nova.hw.mem.internal.Page;

/**
 * The translator's side table for one code page: execution counts and translated blocks per
 * instruction slot. Valid while the interpreter's decoded page it was built against is still
 * the page's current one ({@code page.decoded == code}) and the page is executable; a remap,
 * unmap, protect or privileged write drops that link and so this table with it.
 */
final class JitPage {
    final long vpn;
    final Page page;
    final CodePage code;
    /** Times a cold block starting at the slot was entered (saturates at the threshold). */
    final int[] count = new int[CodePage.SLOTS];
    final JitBlock[] blocks = new JitBlock[CodePage.SLOTS];
    /** Slots where translation was tried and nothing translatable starts. */
    final boolean[] untranslatable = new boolean[CodePage.SLOTS];
    /**
     * For a conditional branch at the slot: times the interpreter saw it taken minus times it
     * fell through (saturating), so a translated superblock can go on along the side it
     * mostly takes.
     */
    final short[] takenBias = new short[CodePage.SLOTS];
    /**
     * For a load or store at the slot: times a translated block left before it for the
     * interpreter because its inline case failed (misaligned, across pages, a TLB miss); and
     * whether it went that way often enough ({@link JitRunner#STOPS_BEFORE_CALL}) that blocks now call
     * the core's accessor there instead (see JitEmitter's guest memory section).
     */
    final short[] memStops = new short[CodePage.SLOTS];
    final boolean[] callsAccessor = new boolean[CodePage.SLOTS];

    JitPage(long vpn, Page page, CodePage code) {
        this.vpn = vpn;
        this.page = page;
        this.code = code;
    }

    boolean current() {
        return page.decoded == code && (page.perms & Perm.X) != 0;
    }
}
