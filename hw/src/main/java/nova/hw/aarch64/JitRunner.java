package nova.hw.aarch64;

import java.util.Arrays;
import java.util.HashMap;
import nova.hw.mem.internal.AddressSpace;
import nova.hw.mem.internal.Page;

/**
 * Tiered execution for one {@link Cpu}: cold code runs in the interpreter one basic block at a
 * time ({@code Cpu.run(n)} with n up to the block's branch), and a block entered
 * {@link #threshold} times is translated to JVM bytecode by {@link JitCompiler} and from then on
 * runs as a hidden class. {@link #run} is a drop-in replacement for {@link Cpu#run}: same exits,
 * same architectural state and exactly the same retired-instruction count.
 *
 * <p>Translated blocks are chained ({@link JitBlock#links}): an exit to a constant address
 * hands back the next block directly, so hot code goes from block to block without a lookup;
 * indirect branches and unlinked exits come back here and find their block in a direct-mapped
 * cache.
 *
 * <p>Code changes: a translated block runs only while it is known to match memory. Code
 * changes in exactly two ways: this core stores into a page holding decoded instructions
 * ({@link Cpu#codeWrites} counts those; a translated store that does it leaves its block at
 * once), or software above remaps, protects or writes the page (the address space's epoch moves,
 * seen when {@link #run} is entered). Either bumps {@link #gen}; a block whose
 * {@link JitBlock#checkedGen} is older is compared against the decoded page before it runs
 * again, and dropped if its words changed.
 *
 * <p>One runner per core, used by the thread that runs that core (like {@link Cpu} itself).
 */
public final class JitRunner {
    /** Cold entries before a block is translated. */
    public static final int DEFAULT_THRESHOLD = 64;

    private static final int PAGE_SHIFT = 12;
    private static final int PAGE_CACHE = 4096;
    private static final int BLOCK_CACHE = 1 << 14;
    /** Longest block translated: bounds the bytecode (and HotSpot compile time) per block. */
    static final int MAX_BLOCK = 32;

    private final Cpu c;
    private final int threshold;
    private final JitCompiler compiler = new JitCompiler();
    private final HashMap<Long, JitPage> pages = new HashMap<>();
    private final JitPage[] pageCache = new JitPage[PAGE_CACHE];
    /** Translated blocks by entry address, direct-mapped (a hit must compare {@code pc}). */
    private final JitBlock[] blockCache = new JitBlock[BLOCK_CACHE];
    private int seenEpoch;

    /** The retired count at which the current {@link #run} ends (a self-looping block checks it). */
    long end;
    /**
     * Set by a block that stopped before an instruction for the interpreter: one it must report
     * on (UNDEFINED), or a load or store the block's inline case could not make.
     */
    boolean interpretNext;
    /** The code generation: bumped whenever code may have changed; see the class comment. */
    long gen = 1;
    /** {@link Cpu#codeWrites} when {@link #gen} was last brought up to date (translated stores compare it). */
    long codeWritesSeen;

    private long translatedBlocks;
    private long blockRuns;
    private long interpretedBlocks;
    private long interpretedInstructions;
    private long rechecks;
    private long stops;
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
        this.seenEpoch = c.space.epoch();
        this.codeWritesSeen = c.codeWrites;
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

    /** Times a translated block stopped before an instruction for the interpreter to run (for tests and reports). */
    long stops() {
        return stops;
    }

    /** Translations that failed with an internal error (the interpreter ran those blocks). */
    long translationFailures() {
        return compiler.failures;
    }

    /** The page slots of the translated block starting at {@code pc}, in execution order, or null (for tests). */
    int[] translatedSlots(long pc) {
        JitBlock b = block(pc);
        return b == null ? null : b.slots.clone();
    }

    Throwable lastTranslationFailure() {
        return compiler.lastFailure;
    }

    /** Counters for measurements: one line. */
    public String statistics() {
        // Built with a StringBuilder: every run asks for this line, and String.format (or an
        // invokedynamic concatenation) costs a few milliseconds while the JVM is cold.
        return new StringBuilder(160).append("translated ").append(translatedBlocks).append(" blocks (")
                .append(translatedInstructions).append(" insns); ran ").append(blockRuns)
                .append(" translated blocks, ").append(interpretedBlocks).append(" interpreted blocks (")
                .append(interpretedInstructions).append(" insns); ").append(stops)
                .append(" stops for the interpreter; ").append(rechecks).append(" re-checks")
                .toString();
    }

    /**
     * Executes until an exit, like {@link Cpu#run}: {@link Exit.BudgetExhausted} after
     * {@code maxInstructions} retired instructions.
     */
    public Exit run(long maxInstructions) {
        c.run(0); // lets the core flush its TLB if the memory map changed since it last ran
        int epoch = c.space.epoch();
        if (epoch != seenEpoch) {
            if (codeMayHaveChanged()) {
                Arrays.fill(pageCache, null); // permissions may have changed
                gen++;
            }
            seenEpoch = epoch;
        }
        syncCodeWrites();
        long end = c.retired + Math.max(0, maxInstructions);
        this.end = end;
        JitBlock last = null; // the translated block that ran last, to link it to the next one
        try {
            while (true) {
                long left = end - c.retired;
                if (left <= 0) {
                    return new Exit.BudgetExhausted();
                }
                long pc = c.pc;
                JitBlock b = block(pc);
                if (b != null && b.length <= left) {
                    if (last != null) {
                        link(last, b);
                    }
                    last = chain(b, end);
                    if (interpretNext) {
                        interpretNext = false;
                        noteStop(last, c.pc);
                        last = null;
                        Exit e = interpretAt(c.pc, end - c.retired);
                        if (e != null) {
                            return e;
                        }
                    }
                    syncCodeWrites();
                    continue;
                }
                last = null;
                JitPage jp = (pc & 3) == 0 ? page(pc) : null;
                if (jp == null) {
                    // Not (yet) a decoded executable page, or misaligned: the interpreter
                    // decodes the page or reports the fault (setPc makes it check the fetch).
                    c.setPc(pc);
                    Exit e = c.run(1);
                    if (!(e instanceof Exit.BudgetExhausted)) {
                        return e;
                    }
                    syncCodeWrites();
                    continue;
                }
                int slot = slotOf(pc);
                if (b == null && jp.blocks[slot] == null && !jp.untranslatable[slot]
                        && ++jp.count[slot] >= threshold && translate(jp, slot)) {
                    continue;
                }
                Exit e = interpretBlock(jp, slot, pc, left);
                if (e != null) {
                    return e;
                }
                syncCodeWrites();
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
     * The hot path: runs translated blocks back to back while each one hands over a linked,
     * valid successor that fits the budget. Returns the block that ran last; {@code c.pc} is
     * where execution goes on. Small, so HotSpot compiles it on its own.
     */
    private JitBlock chain(JitBlock b, long end) {
        // Everything the loop reads that blocks cannot change is in locals: C1, which compiles
        // this loop when the launcher keeps the JVM at tier 1, reloads fields every time.
        Cpu c = this.c;
        long gen = this.gen;
        JitBlock[] blockCache = this.blockCache;
        long runs = 0;
        JitBlock last;
        do {
            runs++;
            last = b;
            b = b.exec(c, this);
            if (b == null) {
                // An indirect branch (a return, mostly) or an exit not linked yet: the block
                // cache usually knows the target. Stores into code and the interpreter's
                // cases go back to the run loop.
                if (interpretNext || c.codeWrites != codeWritesSeen) {
                    break;
                }
                long pc = c.pc;
                b = blockCache[cacheIndex(pc)];
                if (b == null || b.pc != pc) {
                    break;
                }
                int k = last.exitTo(pc);
                if (k >= 0 && b.checkedGen == gen) {
                    last.links[k] = b;
                }
            }
        } while (b.checkedGen == gen && b.length <= end - c.retired);
        blockRuns += runs;
        return last;
    }

    /** Links {@code from}'s exit to {@code to}'s address (if it has one) to {@code to}. */
    private static void link(JitBlock from, JitBlock to) {
        int k = from.exitTo(to.pc);
        if (k >= 0) {
            from.links[k] = to;
        }
    }

    /** The block cache entry for {@code pc}: bits 2..15, by int shifts (see Cpu.tlbIndex). */
    private static int cacheIndex(long pc) {
        return ((int) pc >>> 2) & (BLOCK_CACHE - 1);
    }

    /** The instruction slot of {@code pc} in its page. */
    private static int slotOf(long pc) {
        return ((int) pc >>> 2) & (CodePage.SLOTS - 1);
    }

    /** The translated block starting at {@code pc}, checked against memory, or null. */
    private JitBlock block(long pc) {
        int i = cacheIndex(pc);
        JitBlock b = blockCache[i];
        if (b == null || b.pc != pc) {
            JitPage jp = (pc & 3) == 0 ? page(pc) : null;
            if (jp == null) {
                return null;
            }
            b = jp.blocks[slotOf(pc)];
            if (b == null) {
                return null;
            }
            blockCache[i] = b;
        }
        if (b.checkedGen != gen) {
            rechecks++;
            if (b.dead || !b.matchesMemory()) {
                kill(b);
                return null;
            }
            b.checkedGen = gen;
        }
        return b;
    }

    /**
     * Times a load or store may make a translated block stop before it for the interpreter
     * before its blocks call the core's accessor there instead (JitPage#callsAccessor): a stop
     * costs about as much as running a short block, a call in a block slows every run of it.
     */
    static final int STOPS_BEFORE_CALL = 32;

    /**
     * Block {@code b} stopped before the instruction at {@code pc} for the interpreter. A load
     * or store that did so {@link #STOPS_BEFORE_CALL} times is marked to call the accessor, and a
     * block that still stops there is translated again.
     */
    private void noteStop(JitBlock b, long pc) {
        stops++;
        JitPage jp = b.page;
        if ((pc >>> PAGE_SHIFT) != jp.vpn || !jp.current()) {
            return;
        }
        int slot = slotOf(pc);
        if (!JitCompiler.mayFault(jp.code.op[slot])) {
            return; // an instruction for the interpreter to report on, not a memory access
        }
        if (!jp.callsAccessor[slot]) {
            if (++jp.memStops[slot] < STOPS_BEFORE_CALL) {
                return;
            }
            jp.callsAccessor[slot] = true;
        }
        if (!b.dead && jp.blocks[b.slots[0]] == b) {
            kill(b);
            translate(jp, b.slots[0]);
        }
    }

    /** Drops a block whose code changed; the slot counts again towards a new translation. */
    private void kill(JitBlock b) {
        b.dead = true;
        b.checkedGen = 0;
        int slot = b.slots[0];
        if (b.page.blocks[slot] == b) {
            b.page.blocks[slot] = null;
            b.page.count[slot] = 0;
        }
    }

    private final long[] changedFirst = new long[AddressSpace.CHANGE_LOG];
    private final long[] changedLast = new long[AddressSpace.CHANGE_LOG];

    /**
     * Whether the pages changed since {@link #seenEpoch} include one this runner translated
     * code from (or it cannot tell): changes to data pages alone (mmap, munmap, mremap of a
     * heap) leave every block as it was.
     */
    private boolean codeMayHaveChanged() {
        int n = c.space.changesSince(seenEpoch, changedFirst, changedLast);
        if (n < 0) {
            return true;
        }
        for (long vpn : pages.keySet()) {
            if (AddressSpace.changed(vpn, n, changedFirst, changedLast)) {
                return true;
            }
        }
        return false;
    }

    /** Brings {@link #gen} up to date after this core stored into decoded code. */
    private void syncCodeWrites() {
        if (c.codeWrites != codeWritesSeen) {
            codeWritesSeen = c.codeWrites;
            gen++;
        }
    }

    /**
     * Interprets the one instruction at {@code pc}, where a translated block stopped because
     * only the interpreter can run it this time (a memory access the block's inline paths
     * cannot make, an instruction to report as UNDEFINED); the run loop goes on after it, and a
     * place blocks often stop before gets a block of its own after it.
     */
    private Exit interpretAt(long pc, long left) {
        if (left <= 0) {
            return null;
        }
        c.setPc(pc);
        Exit e = c.run(1);
        return e instanceof Exit.BudgetExhausted ? null : e;
    }

    /** Runs the cold block at {@code pc} in the interpreter; null unless it ended in an exit. */
    private Exit interpretBlock(JitPage jp, int slot, long pc, long left) {
        CodePage cp = jp.code;
        int n = 0;
        for (int s = slot; s < CodePage.SLOTS && n < left; s++) {
            int op = cp.op[s];
            if (op == 0) {
                op = cp.decode(s);
            }
            n++;
            if (JitCompiler.endsBlock(op)) {
                break;
            }
        }
        c.setPc(pc);
        interpretedBlocks++;
        interpretedInstructions += n;
        long before = c.retired;
        Exit e = c.run(n);
        int last = slot + n - 1;
        if (c.retired - before == n && JitEmitter.isConditional(cp.op[last])) {
            // Whether the block's closing conditional branch was taken, for the translator.
            long fallThrough = pc + 4L * n;
            short bias = jp.takenBias[last];
            if (c.pc != fallThrough) {
                jp.takenBias[last] = (short) Math.min(bias + 1, Short.MAX_VALUE);
            } else {
                jp.takenBias[last] = (short) Math.max(bias - 1, Short.MIN_VALUE);
            }
        }
        return e instanceof Exit.BudgetExhausted ? null : e;
    }

    private boolean translate(JitPage jp, int slot) {
        JitBlock b = compiler.compile(c, jp, slot, gen);
        if (b == null) {
            jp.untranslatable[slot] = true;
            return false;
        }
        jp.blocks[slot] = b;
        blockCache[cacheIndex(b.pc)] = b;
        translatedBlocks++;
        translatedInstructions += b.length;
        return true;
    }

    private JitPage page(long pc) {
        long vpn = pc >>> PAGE_SHIFT;
        int i = (int) vpn & (PAGE_CACHE - 1);
        JitPage jp = pageCache[i];
        if (jp != null && jp.vpn == vpn && jp.current()) {
            return jp;
        }
        Page p = c.space.page(vpn);
        if (p == null || !(p.decoded instanceof CodePage cp)) {
            return null;
        }
        jp = pages.get(vpn);
        if (jp == null || jp.page != p || jp.code != cp) {
            jp = new JitPage(vpn, p, cp);
            pages.put(vpn, jp);
        }
        if (!jp.current()) {
            return null;
        }
        pageCache[i] = jp;
        return jp;
    }
}
