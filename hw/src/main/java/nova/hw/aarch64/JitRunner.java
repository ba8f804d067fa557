package nova.hw.aarch64;

import java.util.Arrays;
import java.util.HashMap;
import nova.hw.mem.Perm;
import nova.hw.mem.internal.Page;

/**
 * Tiered execution for one {@link Cpu}: cold code runs in the interpreter one basic block at a
 * time ({@code Cpu.run(n)} with n up to the block's branch), and a block entered
 * {@link #threshold} times is translated to JVM bytecode by {@link JitCompiler} and from then on
 * runs as a hidden class. {@link #run} is a drop-in replacement for {@link Cpu#run}: same exits,
 * same architectural state and exactly the same retired-instruction count.
 *
 * <p>Code changes: a translated block is checked against the interpreter's decoded page
 * (instruction words, and a store clearing a slot) whenever something may have written code
 * since its last check, which {@link #seq} counts: every entry to {@code run} (the software
 * above may have written memory), every interpreted block that contains a store, and every
 * translated store that reaches a page holding translated code ({@link #codeFilter}).
 *
 * <p>One runner per core, used by the thread that runs that core (like {@link Cpu} itself).
 */
public final class JitRunner {
    /** Cold entries before a block is translated. */
    public static final int DEFAULT_THRESHOLD = 64;

    private static final int PAGE_SHIFT = 12;
    private static final int PAGE_CACHE = 4096;
    static final int FILTER_BITS = 10;
    static final long FILTER_COLLISION = -2;
    /** Longest block translated: bounds the bytecode (and HotSpot compile time) per block. */
    static final int MAX_BLOCK = 32;

    private final Cpu c;
    private final int threshold;
    private final JitCompiler compiler = new JitCompiler();
    private final HashMap<Long, JitPage> pages = new HashMap<>();
    private final JitPage[] pageCache = new JitPage[PAGE_CACHE];
    private int seenEpoch;

    /** The retired count at which the current {@link #run} ends (a self-looping block checks it). */
    long end;
    /** Set by a block that stopped at an instruction only the interpreter can report on. */
    boolean interpretNext;
    /** Bumped whenever code may have been written; see the class comment. */
    long seq = 1;
    /**
     * Virtual page numbers holding translated code (and the page before each, so a store that
     * crosses into a code page is seen from its first byte), direct-mapped by the low bits;
     * {@link #FILTER_COLLISION} where two collide, -1 where empty. Translated stores look here.
     */
    final long[] codeFilter = new long[1 << FILTER_BITS];

    private long translatedBlocks;
    private long blockRuns;
    private long interpretedBlocks;
    private long interpretedInstructions;
    private long rechecks;
    private long translatedInstructions;

    public JitRunner(Cpu c) {
        this(c, DEFAULT_THRESHOLD);
    }

    public JitRunner(Cpu c, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold + " (>= 1)");
        }
        this.c = c;
        this.threshold = threshold;
        Arrays.fill(codeFilter, -1L);
        this.seenEpoch = c.space.epoch();
    }

    public Cpu cpu() {
        return c;
    }

    /** Blocks translated so far (for tests and reports). */
    public long translatedBlocks() {
        return translatedBlocks;
    }

    public long translatedInstructions() {
        return translatedInstructions;
    }

    /** Translations that failed with an internal error (the interpreter ran those blocks). */
    long translationFailures() {
        return compiler.failures;
    }

    Throwable lastTranslationFailure() {
        return compiler.lastFailure;
    }

    /** Counters for measurements: one line. */
    public String statistics() {
        return String.format("translated %d blocks (%d insns); ran %d translated blocks, %d interpreted blocks"
                + " (%d insns); %d re-checks", translatedBlocks, translatedInstructions, blockRuns,
                interpretedBlocks, interpretedInstructions, rechecks);
    }

    /**
     * Executes until an exit, like {@link Cpu#run}: {@link Exit.BudgetExhausted} after
     * {@code maxInstructions} retired instructions.
     */
    public Exit run(long maxInstructions) {
        c.run(0); // lets the core flush its TLB if the memory map changed since it last ran
        int epoch = c.space.epoch();
        if (epoch != seenEpoch) {
            Arrays.fill(pageCache, null); // permissions may have changed
            seenEpoch = epoch;
        }
        seq++;
        long end = c.retired + Math.max(0, maxInstructions);
        this.end = end;
        long pc = c.pc;
        try {
            while (true) {
                long left = end - c.retired;
                if (left <= 0) {
                    return new Exit.BudgetExhausted();
                }
                pc = runTranslated(pc, end);
                left = end - c.retired;
                if (left <= 0) {
                    return new Exit.BudgetExhausted();
                }
                JitPage jp = (pc & 3) == 0 ? page(pc) : null;
                if (jp == null) {
                    // Not (yet) a decoded executable page, or misaligned: the interpreter
                    // decodes the page or reports the fault (setPc makes it check the fetch).
                    c.setPc(pc);
                    Exit e = c.run(1);
                    if (!(e instanceof Exit.BudgetExhausted)) {
                        return e;
                    }
                    pc = c.pc;
                    continue;
                }
                int slot = (int) (pc >>> 2) & (CodePage.SLOTS - 1);
                JitPage.Compiled b = jp.blocks[slot];
                if (b != null) {
                    if (b.checkedSeq != seq) {
                        rechecks++;
                        if (b.matches(jp.code)) {
                            b.checkedSeq = seq;
                        } else {
                            jp.blocks[slot] = null;
                            jp.count[slot] = 0;
                            b = null;
                        }
                    }
                    if (b != null && b.length() <= left) {
                        blockRuns++;
                        pc = b.block.exec(c, this);
                        c.pc = pc;
                        if (!interpretNext) {
                            continue;
                        }
                        interpretNext = false;
                        jp = page(pc);
                        if (jp == null) {
                            continue;
                        }
                        Exit e = interpretBlock(jp, (int) (pc >>> 2) & (CodePage.SLOTS - 1), pc, end - c.retired);
                        if (e != null) {
                            return e;
                        }
                        pc = c.pc;
                        continue;
                    }
                } else if (!jp.untranslatable[slot] && ++jp.count[slot] >= threshold) {
                    if (translate(jp, slot)) {
                        continue;
                    }
                }
                Exit e = interpretBlock(jp, slot, pc, left);
                if (e != null) {
                    return e;
                }
                pc = c.pc;
            }
        } catch (MemFault f) {
            if (f.alignment) {
                return new Exit.AlignmentFault(c.pc, f.address);
            }
            return new Exit.MemoryFault(c.pc, f.address, f.access);
        } finally {
            c.setPc(c.pc); // the interpreter re-checks its fetch page
        }
    }

    /**
     * The hot path: runs translated blocks back to back while the next one is translated,
     * checked and within the budget, at most {@value #CHAIN} of them so this small method is
     * compiled normally (not on-stack-replaced) and recovers quickly from deoptimization.
     * Returns the PC where the general loop must take over.
     */
    private long runTranslated(long pc, long end) {
        for (int k = 0; k < CHAIN; k++) {
            JitPage jp = pageCache[(int) (pc >>> PAGE_SHIFT) & (PAGE_CACHE - 1)];
            if ((pc & 3) != 0 || jp == null || jp.vpn != pc >>> PAGE_SHIFT || !jp.current()) {
                return pc;
            }
            JitPage.Compiled b = jp.blocks[(int) (pc >>> 2) & (CodePage.SLOTS - 1)];
            if (b == null || b.checkedSeq != seq || b.length() > end - c.retired) {
                return pc;
            }
            blockRuns++;
            pc = b.block.exec(c, this);
            c.pc = pc;
            if (interpretNext) {
                return pc;
            }
        }
        return pc;
    }

    private static final int CHAIN = 256;

    /** Runs the cold block at {@code pc} in the interpreter; null unless it ended in an exit. */
    private Exit interpretBlock(JitPage jp, int slot, long pc, long left) {
        CodePage cp = jp.code;
        int n = 0;
        boolean stores = false;
        for (int s = slot; s < CodePage.SLOTS && n < left; s++) {
            int op = cp.op[s];
            if (op == 0) {
                op = cp.decode(s);
            }
            n++;
            stores |= JitCompiler.mayStore(op);
            if (JitCompiler.endsBlock(op)) {
                break;
            }
        }
        c.setPc(pc);
        interpretedBlocks++;
        interpretedInstructions += n;
        Exit e = c.run(n);
        if (stores) {
            seq++;
        }
        return e instanceof Exit.BudgetExhausted ? null : e;
    }

    private boolean translate(JitPage jp, int slot) {
        JitPage.Compiled b = compiler.compile(jp, slot, seq);
        if (b == null) {
            jp.untranslatable[slot] = true;
            return false;
        }
        jp.blocks[slot] = b;
        translatedBlocks++;
        translatedInstructions += b.length();
        addToFilter(jp.vpn);
        addToFilter(jp.vpn - 1);
        return true;
    }

    private void addToFilter(long vpn) {
        int i = (int) vpn & ((1 << FILTER_BITS) - 1);
        long e = codeFilter[i];
        if (e == -1) {
            codeFilter[i] = vpn;
        } else if (e != vpn) {
            codeFilter[i] = FILTER_COLLISION;
        }
    }

    /** Called by a translated store whose address may reach translated code. */
    void codeWritten() {
        seq++;
    }

    private JitPage page(long pc) {
        long vpn = pc >>> PAGE_SHIFT;
        int i = (int) vpn & (PAGE_CACHE - 1);
        JitPage jp = pageCache[i];
        if (jp != null && jp.vpn == vpn && jp.current()) {
            return jp;
        }
        Page p = c.space.page(vpn);
        if (p == null || (p.perms & Perm.X) == 0 || !(p.decoded instanceof CodePage cp)) {
            return null;
        }
        jp = pages.get(vpn);
        if (jp == null || jp.page != p || jp.code != cp) {
            jp = new JitPage(vpn, p, cp);
            pages.put(vpn, jp);
        }
        pageCache[i] = jp;
        return jp;
    }
}
