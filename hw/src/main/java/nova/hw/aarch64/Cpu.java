package nova.hw.aarch64;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import nova.hw.mem.GuestMemory;
import nova.hw.mem.Perm;
import nova.hw.mem.internal.AddressSpace;
import nova.hw.mem.internal.MemoryInternals;
import nova.hw.mem.internal.Page;

/**
 * One A64 processing element (a Cortex-A57 without the system half yet): general registers,
 * PSTATE.NZCV, the FP/SIMD register file, a software TLB in front of guest memory and a
 * decoded-instruction cache per code page. {@link #run} executes at the current exception level
 * (EL0 today) until something the software above must handle, returned as an {@link Exit}.
 *
 * <p>Determinism: the only notion of time is {@link #retired()}; CNTVCT_EL0 counts one tick per
 * {@value #INSNS_PER_TICK} retired instructions at CNTFRQ_EL0 = {@value #CNTFRQ} Hz, i.e. a
 * nominal 1e9 instructions per second.
 *
 * <p>CONSTRAINED UNPREDICTABLE cases follow QEMU (the differential oracle): writeback into a
 * transfer register performs the base writeback last; LDP with Rt == Rt2 keeps the first
 * element; SP alignment is not checked (as in qemu-aarch64). Not thread-safe: one thread runs
 * a core at a time.
 */
public final class Cpu {
    /** AT_HWCAP: FP, ASIMD, AES, PMULL, SHA1, SHA2, CRC32, CPUID (MRS emulation of ID regs). */
    public static final long HWCAP = (1L << 0) | (1L << 1) | (1L << 3) | (1L << 4) | (1L << 5)
            | (1L << 6) | (1L << 7) | (1L << 11);
    /** AT_HWCAP2: none of the ARMv8.1+ features it describes are implemented. */
    public static final long HWCAP2 = 0;

    static final long CNTFRQ = 62_500_000L;
    static final int INSNS_PER_TICK = 16;

    /**
     * The little-endian layouts of the segment slow paths (page-crossing accesses, big-endian
     * hosts), in a holder class: building their var handles spins a dozen LambdaForm classes,
     * ~10 ms of every process when it was done in Cpu's initializer.
     */
    static final class Le {
        static final ValueLayout.OfLong LE64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        static final ValueLayout.OfInt LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        static final ValueLayout.OfShort LE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        static final ValueLayout.OfByte B8 = ValueLayout.JAVA_BYTE;

        private Le() {}
    }

    /**
     * 4096 entries (16 MiB of reach): gzip's window, hash chains and buffers missed a 256-entry
     * TLB often enough to cost 10% of its run (gzip -c of the benchmark's file, 1.54 -> 1.39 s
     * with 1024); sort's lines and pointers missed a 1024-entry one, and since a translated
     * access that misses stops for the interpreter (and after 32 stops calls the accessor), that
     * cost sort -r 10% (1.29 -> 1.16 s with 4096; 8192 gained nothing more).
     */
    private static final int TLB_BITS = 12;
    private static final int TLB_SIZE = 1 << TLB_BITS;
    static final int TLB_MASK = TLB_SIZE - 1;
    private static final int PAGE_SHIFT = AddressSpace.PAGE_SHIFT;
    private static final long PAGE_MASK = AddressSpace.PAGE_SIZE - 1;

    // Run-loop status codes returned by the executors.
    static final int NEXT = 0;
    static final int JUMP = 1;
    static final int UNDEF = 2;
    static final int SVC = 3;
    static final int BRK = 4;

    private final GuestMemory memory;
    final AddressSpace space;

    /** X0..X30, and SP in slot 31. */
    final long[] x = new long[32];
    long pc;
    /**
     * PSTATE.{N,Z,C,V} in bits 31..28 once {@link #flagsKind} is {@link #FLAGS_SETTLED}; read it
     * through {@link #flags()}, write it through {@link #setFlags(int)}.
     */
    int nzcv;
    /**
     * A compare whose NZCV translated code left uncomputed when its block ended
     * (JitEmitter#deferCompare): most blocks end on a compare and branch, and the flags are
     * rarely read after that, so the block stores its two operands (3 stores instead of ~40
     * host instructions) and NZCV is computed when something reads it. {@link #FLAGS_SUB_W}
     * and {@link #FLAGS_SUB_X}: NZCV of flagsA - flagsB (AddWithCarry(flagsA, NOT flagsB, 1));
     * {@link #FLAGS_TEST_W} and {@link #FLAGS_TEST_X}: N and Z of the logical result flagsA,
     * C = V = 0.
     */
    int flagsKind;
    long flagsA;
    long flagsB;
    static final int FLAGS_SETTLED = 0;
    static final int FLAGS_SUB_W = 1;
    static final int FLAGS_SUB_X = 2;
    static final int FLAGS_TEST_W = 3;
    static final int FLAGS_TEST_X = 4;
    /** V0..V31: low half of Vn at [2n], high half at [2n+1]. */
    final long[] vreg = new long[64];
    int fpcr;
    int fpsr;
    long tpidrEl0;
    /** Read-only at EL0; written by EL1 software (the system half). */
    long tpidrroEl0;
    /** Current exception level; only EL0 is implemented today. */
    int el;
    long retired;
    /**
     * Stores that reached a page holding decoded instructions (the only way this core changes
     * code; other writers drop the decoded page and bump the address space's epoch). The
     * translator compares it to know when its blocks must be checked against memory again.
     */
    long codeWrites;

    // Local exclusive monitor: address, size in bytes (0 = Open Access: nothing monitored), and
    // the value(s) read, compared at the store-exclusive so a write by anyone else in between
    // fails it.
    long exclusiveAddr;
    int exclusiveSize;
    long exclusiveLo;
    long exclusiveHi;

    // Software TLB, direct-mapped by virtual page number; separate read and write halves so a
    // page holding decoded code can be readable through the TLB but never written through it.
    // Translated code reads the four data arrays directly (JitEmitter's inline fast paths).
    final long[] rTag = new long[TLB_SIZE];
    final long[][] rArr = new long[TLB_SIZE][];
    final long[] wTag = new long[TLB_SIZE];
    final long[][] wArr = new long[TLB_SIZE][];
    private final long[] xTag = new long[TLB_SIZE];
    private final CodePage[] xPage = new CodePage[TLB_SIZE];
    private int seenEpoch;

    /** The code page PC is in, or fetchVpn = -1 to force a lookup (and the PC checks). */
    private long fetchVpn = -1;
    private CodePage fetchPage;

    final MemFault fault = new MemFault();

    public Cpu(GuestMemory memory) {
        this.memory = memory;
        this.space = MemoryInternals.spaceOf(memory);
        flushTlb();
        seenEpoch = space.epoch();
    }

    public GuestMemory memory() {
        return memory;
    }

    // ---- architectural state (public API) ----

    public long x(int n) {
        checkX(n);
        return x[n];
    }

    public void setX(int n, long v) {
        checkX(n);
        x[n] = v;
    }

    private static void checkX(int n) {
        if (n < 0 || n > 30) {
            throw new IllegalArgumentException("general register index " + n + " (0..30)");
        }
    }

    public long sp() {
        return x[31];
    }

    public void setSp(long v) {
        x[31] = v;
    }

    public long pc() {
        return pc;
    }

    public void setPc(long v) {
        pc = v;
        fetchVpn = -1;
    }

    public int nzcv() {
        return flags();
    }

    public void setNzcv(int v) {
        setFlags(v & 0xF000_0000);
    }

    /** PSTATE.NZCV in bits 31..28 (the rest 0), computing a deferred compare's first. */
    int flags() {
        if (flagsKind != FLAGS_SETTLED) {
            settleFlags();
        }
        return nzcv;
    }

    /** Sets NZCV ({@code v}: bits 31..28 only), replacing any deferred compare. */
    void setFlags(int v) {
        nzcv = v;
        flagsKind = FLAGS_SETTLED;
    }

    private void settleFlags() {
        int kind = flagsKind;
        switch (kind) {
            case FLAGS_SUB_W -> Alu.add32(this, flagsA, ~flagsB, 1, true);
            case FLAGS_SUB_X -> Alu.add64(this, flagsA, ~flagsB, 1, true);
            default -> Alu.logicFlags(this, flagsA, kind == FLAGS_TEST_X);
        }
    }

    public long tpidrEl0() {
        return tpidrEl0;
    }

    public void setTpidrEl0(long v) {
        tpidrEl0 = v;
    }

    public int fpcr() {
        return fpcr;
    }

    /** Only the FPCR bits an A57 implements are kept (AHP, DN, FZ, RMode, Stride, Len). */
    public void setFpcr(int v) {
        fpcr = v & FPCR_MASK;
    }

    public int fpsr() {
        return fpsr;
    }

    public void setFpsr(int v) {
        fpsr = v & FPSR_MASK;
    }

    static final int FPCR_MASK = 0x07F7_0000;
    static final int FPSR_MASK = 0xF800_009F;

    public long vLo(int n) {
        return vreg[2 * checkV(n)];
    }

    public long vHi(int n) {
        return vreg[2 * checkV(n) + 1];
    }

    public void setV(int n, long lo, long hi) {
        vreg[2 * checkV(n)] = lo;
        vreg[2 * n + 1] = hi;
    }

    private static int checkV(int n) {
        if (n < 0 || n > 31) {
            throw new IllegalArgumentException("vector register index " + n + " (0..31)");
        }
        return n;
    }

    /** The current exception level: 0 until the system half (EL1, EL2 controls) exists. */
    public int exceptionLevel() {
        return el;
    }

    /** Instructions retired since creation; the core's only clock. */
    public long retired() {
        return retired;
    }

    // ---- register helpers for the executors ----

    long xOrZr(int n) {
        return n == 31 ? 0 : x[n];
    }

    void setXOrZr(int n, long v) {
        if (n != 31) {
            x[n] = v;
        }
    }

    long xOrSp(int n) {
        return x[n];
    }

    void setXOrSp(int n, long v) {
        x[n] = v;
    }

    /** The A64 condition codes (ConditionHolds in the ARM ARM). */
    boolean conditionHolds(int cond) {
        int f = flags();
        boolean r = switch (cond >>> 1) {
            case 0 -> (f & 0x4000_0000) != 0;                       // EQ: Z
            case 1 -> (f & 0x2000_0000) != 0;                       // CS: C
            case 2 -> f < 0;                                        // MI: N
            case 3 -> (f & 0x1000_0000) != 0;                       // VS: V
            case 4 -> (f & 0x6000_0000) == 0x2000_0000;             // HI: C && !Z
            case 5 -> ((f >>> 31) ^ (f >>> 28 & 1)) == 0;           // GE: N == V
            case 6 -> ((f >>> 31) ^ (f >>> 28 & 1)) == 0 && (f & 0x4000_0000) == 0; // GT
            default -> true;                                        // AL, NV
        };
        return ((cond & 1) != 0 && cond != 15) != r;
    }

    /** Redirects execution; a misaligned target is caught at the next fetch. */
    void branchTo(long target) {
        pc = target;
        if ((target & 3) != 0) {
            fetchVpn = -1;
        }
    }

    // ---- memory: software TLB fast paths, slow paths that fill it ----
    //
    // A TLB entry's tag is the page's address (va with the low 12 bits clear; -1 when empty) and
    // its array the page's 512 little-endian longs. An access of 2^n bytes compares the tag with
    // va & (~0xFFF | (2^n - 1)), which also fails for a misaligned address: translated code
    // (JitEmitter) inlines exactly that test and one array load. These accessors also take a
    // misaligned access within the page (combining two longs); one that crosses into the next
    // page, or misses, takes the slow path, which fills the TLB.

    /**
     * The TLB entry of {@code va}: bits 12..21, all in the low word, so the shift is an int
     * shift (C1 on x86-64 moves the count of every long shift into CL, even a constant one).
     */
    static int tlbIndex(long va) {
        return ((int) va >>> PAGE_SHIFT) & TLB_MASK;
    }

    /** The tag compare mask of an access of {@code size} bytes (see above). */
    static long tagMask(int size) {
        return ~PAGE_MASK | (size - 1);
    }

    // The naturally aligned case first, as small as translated code's: one tag compare and one
    // array access (the interpreter runs these for every load and store it executes).

    long ld8(long va) {
        int i = tlbIndex(va);
        if (rTag[i] == (va & tagMask(1))) {
            return (rArr[i][((int) va & (int) PAGE_MASK) >>> 3] >>> (((int) va & 7) << 3)) & 0xFFL;
        }
        return loadSlow(va, 1);
    }

    long ld16(long va) {
        int i = tlbIndex(va);
        if (rTag[i] == (va & tagMask(2))) {
            return (rArr[i][((int) va & (int) PAGE_MASK) >>> 3] >>> (((int) va & 6) << 3)) & 0xFFFFL;
        }
        return load(va, 2, 0xFFFFL);
    }

    long ld32(long va) {
        int i = tlbIndex(va);
        if (rTag[i] == (va & tagMask(4))) {
            return (rArr[i][((int) va & (int) PAGE_MASK) >>> 3] >>> (((int) va & 4) << 3)) & 0xFFFF_FFFFL;
        }
        return load(va, 4, 0xFFFF_FFFFL);
    }

    long ld64(long va) {
        int i = tlbIndex(va);
        if (rTag[i] == (va & tagMask(8))) {
            return rArr[i][((int) va & (int) PAGE_MASK) >>> 3];
        }
        return load(va, 8, -1L);
    }

    void st8(long va, long v) {
        store(va, v, 1, 0xFFL);
    }

    void st16(long va, long v) {
        store(va, v, 2, 0xFFFFL);
    }

    void st32(long va, long v) {
        store(va, v, 4, 0xFFFF_FFFFL);
    }

    void st64(long va, long v) {
        int i = tlbIndex(va);
        if (wTag[i] == (va & tagMask(8))) {
            wArr[i][((int) va & (int) PAGE_MASK) >>> 3] = v;
            return;
        }
        store(va, v, 8, -1L);
    }

    /** A little-endian load of {@code size} bytes ({@code mask}: their value bits), zero-extended. */
    private long load(long va, int size, long mask) {
        int i = tlbIndex(va);
        int off = (int) va & (int) PAGE_MASK;
        if (rTag[i] == (va & ~PAGE_MASK) && off <= AddressSpace.PAGE_SIZE - size) {
            long[] w = rArr[i];
            int k = (off & 7) << 3;
            long v = w[off >>> 3] >>> k;
            if ((off & 7) + size > 8) {
                v |= w[(off >>> 3) + 1] << (64 - k);
            }
            return v & mask;
        }
        return loadSlow(va, size);
    }

    /** A little-endian store of the low {@code size} bytes of {@code v} ({@code mask}: their value bits). */
    private void store(long va, long v, int size, long mask) {
        int i = tlbIndex(va);
        int off = (int) va & (int) PAGE_MASK;
        if (wTag[i] == (va & ~PAGE_MASK) && off <= AddressSpace.PAGE_SIZE - size) {
            long[] w = wArr[i];
            int j = off >>> 3;
            int k = (off & 7) << 3;
            w[j] = (w[j] & ~(mask << k)) | ((v & mask) << k);
            if ((off & 7) + size > 8) {
                w[j + 1] = (w[j + 1] & ~(mask >>> (64 - k))) | ((v & mask) >>> (64 - k));
            }
            return;
        }
        storeSlow(va, v, size);
    }

    /** The second word of the last {@link #ld64x2} or {@link #ld32x2} (translated code reads it right after). */
    long pairSecond;

    /**
     * The two words of a load pair (LDP, LDNP, 128-bit SIMD&FP loads) in one call from
     * translated code, which spills every live value around a call: returns the first, leaves
     * the second in {@link #pairSecond}. Accesses in the order of two single loads.
     */
    long ld64x2(long va) {
        long first = ld64(va);
        pairSecond = ld64(va + 8);
        return first;
    }

    long ld32x2(long va) {
        long first = ld32(va);
        pairSecond = ld32(va + 4);
        return first;
    }

    /** A store pair in one call: changes nothing unless both words are writable. */
    void st64x2(long va, long a, long b) {
        probeIfCrossing(va, 16);
        st64(va, a);
        st64(va + 8, b);
    }

    void st32x2(long va, long a, long b) {
        probeIfCrossing(va, 8);
        st32(va, a);
        st32(va + 4, b);
    }

    /**
     * Before a multi-part store of {@code size} bytes: only one that crosses into the next page
     * can fault on a later part (the first part's store checks its own page), so only that one
     * is probed.
     */
    private void probeIfCrossing(long va, int size) {
        if ((va & PAGE_MASK) > PAGE_MASK + 1 - size) {
            probeWrite(va, size);
        }
    }

    /**
     * Checks that {@code [va, va+size)} is writable (filling the TLB) without writing, so a
     * multi-part store (pairs, 128-bit registers) can fault before changing any byte.
     */
    void probeWrite(long va, int size) {
        long off = va & PAGE_MASK;
        if (off + size <= PAGE_MASK + 1 && wTag[tlbIndex(va)] == (va & ~PAGE_MASK)) {
            return; // in the write TLB: writable, and not a code page
        }
        writableSegment(va, size);
        if (off + size > PAGE_MASK + 1) {
            writableSegment((va | PAGE_MASK) + 1, (int) (off + size - PAGE_MASK - 1));
        }
    }

    /** Read counterpart of {@link #probeWrite}. */
    void probeRead(long va, int size) {
        readableSegment(va);
        if ((va & PAGE_MASK) + size > PAGE_MASK + 1) {
            readableSegment((va | PAGE_MASK) + 1);
        }
    }

    // The slow paths fill the TLB (on a little-endian host) and then take the array path of
    // the accessors; the segment's var handles serve big-endian hosts and stores to pages
    // holding code (building those handles spins a dozen classes, ~10 ms of a process).

    private long loadSlow(long va, int size) {
        long off = va & PAGE_MASK;
        MemorySegment s = readableSegment(va);
        int i = tlbIndex(va);
        if (off + size <= PAGE_MASK + 1) {
            if (rTag[i] == (va & ~PAGE_MASK)) {
                return load(va, size, size == 8 ? -1L : (1L << (8 * size)) - 1);
            }
            return switch (size) {
                case 1 -> s.get(Le.B8, off) & 0xFFL;
                case 2 -> s.get(Le.LE16, off) & 0xFFFFL;
                case 4 -> s.get(Le.LE32, off) & 0xFFFF_FFFFL;
                default -> s.get(Le.LE64, off);
            };
        }
        // Crosses into the next page: both pages must be readable before anything is returned.
        MemorySegment s2 = readableSegment((va | PAGE_MASK) + 1);
        long v = 0;
        if (rTag[i] == (va & ~PAGE_MASK)) { // both pages are in the TLB now
            for (int k = 0; k < size; k++) {
                v |= ld8(va + k) << (8 * k);
            }
            return v;
        }
        for (int k = 0; k < size; k++) {
            long o = off + k;
            long b = o <= PAGE_MASK ? s.get(Le.B8, o) : s2.get(Le.B8, o - PAGE_MASK - 1);
            v |= (b & 0xFF) << (8 * k);
        }
        return v;
    }

    private void storeSlow(long va, long v, int size) {
        long off = va & PAGE_MASK;
        MemorySegment s = writableSegment(va, size);
        int i = tlbIndex(va);
        if (off + size <= PAGE_MASK + 1) {
            if (wTag[i] == (va & ~PAGE_MASK)) {
                store(va, v, size, size == 8 ? -1L : (1L << (8 * size)) - 1);
                return;
            }
            switch (size) {
                case 1 -> s.set(Le.B8, off, (byte) v);
                case 2 -> s.set(Le.LE16, off, (short) v);
                case 4 -> s.set(Le.LE32, off, (int) v);
                default -> s.set(Le.LE64, off, v);
            }
            return;
        }
        MemorySegment s2 = writableSegment((va | PAGE_MASK) + 1, (int) (off + size - PAGE_MASK - 1));
        int i2 = tlbIndex((va | PAGE_MASK) + 1);
        if (wTag[i] == (va & ~PAGE_MASK) && wTag[i2] == ((va | PAGE_MASK) + 1)) { // both writable, neither holds code
            for (int k = 0; k < size; k++) {
                st8(va + k, v >>> (8 * k));
            }
            return;
        }
        for (int k = 0; k < size; k++) {
            long o = off + k;
            byte b = (byte) (v >>> (8 * k));
            if (o <= PAGE_MASK) {
                s.set(Le.B8, o, b);
            } else {
                s2.set(Le.B8, o - PAGE_MASK - 1, b);
            }
        }
    }

    /**
     * Stage 1 translation for data accesses. The identity today, with Linux's top-byte-ignore
     * for EL0 (TCR_EL1.TBI0): bits 63..56 of a data address do not take part in translation.
     */
    private Page translateData(long va) {
        return space.page(dataVpn(va));
    }

    private MemorySegment readableSegment(long va) {
        Page p = translateData(va);
        if (p == null || (p.perms & Perm.R) == 0) {
            throw fault.translation(va, Exit.Access.READ);
        }
        MemorySegment s = space.touch(p);
        if (AddressSpace.HOST_LITTLE_ENDIAN) {
            int i = tlbIndex(va);
            rTag[i] = va & ~PAGE_MASK;
            rArr[i] = p.words;
        }
        return s;
    }

    /**
     * The segment for a write of {@code size} bytes at {@code va} (the part within this page),
     * filling the write TLB. A page with decoded instructions never enters the write TLB: every
     * store to it comes here and forgets the decoded slots it overlaps (self-modifying code, or
     * data sharing a page with code), which are decoded again from memory when next fetched.
     */
    private MemorySegment writableSegment(long va, int size) {
        Page p = translateData(va);
        if (p == null || (p.perms & Perm.W) == 0) {
            throw fault.translation(va, Exit.Access.WRITE);
        }
        MemorySegment s = space.touch(p);
        if (p.decoded instanceof CodePage cp) {
            int off = (int) (va & PAGE_MASK);
            cp.forget(off, Math.min(size, AddressSpace.PAGE_SIZE - off));
            codeWrites++;
            return s;
        }
        if (AddressSpace.HOST_LITTLE_ENDIAN) {
            int i = tlbIndex(va);
            wTag[i] = va & ~PAGE_MASK;
            wArr[i] = p.words;
        }
        return s;
    }

    private void flushTlb() {
        java.util.Arrays.fill(rTag, -1L);
        java.util.Arrays.fill(wTag, -1L);
        java.util.Arrays.fill(xTag, -1L);
        java.util.Arrays.fill(rArr, null);
        java.util.Arrays.fill(wArr, null);
        java.util.Arrays.fill(xPage, null);
        fetchVpn = -1;
        fetchPage = null;
    }

    // ---- instruction fetch through the per-page decode cache ----

    /** Finds (or creates) the decoded page for {@code pc}; checks alignment and execute permission. */
    private CodePage enterCodePage(long pc) {
        if ((pc & 3) != 0) {
            throw fault.misaligned(pc);
        }
        long vpn = pc >>> PAGE_SHIFT;
        int i = (int) vpn & TLB_MASK;
        CodePage cp = xPage[i];
        if (xTag[i] != vpn || cp.page.decoded != cp) {
            Page p = space.page(vpn);
            if (p == null || (p.perms & Perm.X) == 0) {
                throw fault.translation(pc, Exit.Access.EXECUTE);
            }
            if (p.decoded instanceof CodePage existing) {
                cp = existing;
            } else {
                cp = new CodePage(p, space.touch(p));
                p.decoded = cp;
                forgetWritable(p);
            }
            xTag[i] = vpn;
            xPage[i] = cp;
        }
        fetchVpn = vpn;
        fetchPage = cp;
        return cp;
    }

    /** Removes every write-TLB entry that reaches page {@code p}'s data, so stores take the slow path. */
    private void forgetWritable(Page p) {
        long[] data = p.words;
        for (int i = 0; i < TLB_SIZE; i++) {
            if (wArr[i] == data) {
                wTag[i] = -1;
                wArr[i] = null;
            }
        }
        // Other cores learn about the new code page through the epoch.
        boolean current = seenEpoch == space.epoch();
        space.bumpEpoch(p.vpn, p.vpn);
        if (current) {
            seenEpoch = space.epoch();
        }
    }

    private final long[] changedFirst = new long[AddressSpace.CHANGE_LOG];
    private final long[] changedLast = new long[AddressSpace.CHANGE_LOG];

    /**
     * Forgets what the TLB holds of the pages changed since this core last looked (all of it if
     * the address space no longer knows which): per changed range, the entries its pages map to,
     * or one pass over the TLB for a range larger than it.
     */
    private void forgetChanged() {
        int n = space.changesSince(seenEpoch, changedFirst, changedLast);
        if (n < 0) {
            flushTlb();
            return;
        }
        for (int j = 0; j < n; j++) {
            long first = changedFirst[j];
            long last = changedLast[j];
            if (Long.compareUnsigned(last - first, TLB_SIZE) >= 0) {
                for (int i = 0; i < TLB_SIZE; i++) {
                    forgetIfIn(i, first, last);
                }
            } else {
                for (long vpn = first; ; vpn++) {
                    forgetIfIn((int) vpn & TLB_MASK, first, last);
                    if (vpn == last) {
                        break;
                    }
                }
            }
        }
        fetchVpn = -1;
        fetchPage = null;
    }

    /** Drops TLB entry {@code i} from each half whose page lies in {@code first..last}. */
    private void forgetIfIn(int i, long first, long last) {
        if (rTag[i] != -1 && AddressSpace.inRange(dataVpn(rTag[i]), first, last)) {
            rTag[i] = -1;
            rArr[i] = null;
        }
        if (wTag[i] != -1 && AddressSpace.inRange(dataVpn(wTag[i]), first, last)) {
            wTag[i] = -1;
            wArr[i] = null;
        }
        if (xTag[i] != -1 && AddressSpace.inRange(xTag[i], first, last)) {
            xTag[i] = -1;
            xPage[i] = null;
        }
    }

    /**
     * The page a data address translates through: with Linux's top-byte-ignore for EL0
     * (TCR_EL1.TBI0), bits 63..56 do not take part (a data TLB tag is such an address).
     */
    private static long dataVpn(long va) {
        return ((va << 8) >> 8) >>> PAGE_SHIFT;
    }

    // ---- the run loop ----

    /**
     * Executes until an exit. Returns {@link Exit.BudgetExhausted} after {@code maxInstructions}
     * retired instructions (0 or negative: immediately).
     */
    public Exit run(long maxInstructions) {
        if (space.epoch() != seenEpoch) {
            forgetChanged();
            seenEpoch = space.epoch();
        }
        long end = retired + Math.max(0, maxInstructions);
        try {
            while (retired != end) {
                long pc = this.pc;
                CodePage cp = fetchPage;
                if (pc >>> PAGE_SHIFT != fetchVpn) {
                    cp = enterCodePage(pc);
                }
                int idx = (int) (pc >>> 2) & (CodePage.SLOTS - 1);
                int op = cp.op[idx];
                if (op == 0) {
                    op = cp.decode(idx);
                }
                int insn = cp.insn[idx];
                int r = dispatch(op, insn);
                if (r == NEXT) {
                    this.pc = pc + 4;
                } else if (r != JUMP) {
                    return exitFor(r, pc, insn);
                }
                retired++;
            }
            return new Exit.BudgetExhausted();
        } catch (MemFault f) {
            if (f.alignment) {
                return new Exit.AlignmentFault(this.pc, f.address);
            }
            return new Exit.MemoryFault(this.pc, f.address, f.access);
        }
    }

    private Exit exitFor(int r, long pc, int insn) {
        switch (r) {
            case SVC -> {
                this.pc = pc + 4;
                retired++;
                return new Exit.Svc((insn >>> 5) & 0xFFFF, pc + 4);
            }
            case BRK -> {
                return new Exit.Brk((insn >>> 5) & 0xFFFF, pc);
            }
            default -> {
                return new Exit.Undefined(pc, insn);
            }
        }
    }

    /**
     * One flat switch over operation numbers into small per-form methods, so HotSpot can inline
     * the hot forms here (each group's switch stays far below the 8000-byte compile limit).
     */
    private int dispatch(int op, int i) {
        return switch (op) {
            case Op.SIMD -> SimdFp.execute(this, i) ? NEXT : UNDEF;
            case Op.SIMD_LS -> SimdFp.loadStore(this, i) ? NEXT : UNDEF;

            case Op.ADR, Op.ADRP -> DataProcessingImm.pcRelative(this, op, i);
            case Op.ADD_I, Op.ADD_I + 1, Op.ADD_I + 2, Op.ADD_I + 3 -> DataProcessingImm.addSub(this, op, i);
            case Op.AND_I, Op.AND_I + 1, Op.AND_I + 2, Op.AND_I + 3 -> DataProcessingImm.logical(this, op, i);
            case Op.MOVN, Op.MOVZ, Op.MOVK -> DataProcessingImm.moveWide(this, op, i);
            case Op.SBFM, Op.BFM, Op.UBFM -> DataProcessingImm.bitfield(this, op, i);
            case Op.EXTR -> DataProcessingImm.extract(this, i);

            case Op.B -> BranchSystem.b(this, i);
            case Op.BL -> BranchSystem.bl(this, i);
            case Op.B_COND -> BranchSystem.bCond(this, i);
            case Op.CBZ, Op.CBNZ -> BranchSystem.compareBranch(this, op, i);
            case Op.TBZ, Op.TBNZ -> BranchSystem.testBranch(this, op, i);
            case Op.BR, Op.RET -> BranchSystem.branchRegister(this, i);
            case Op.BLR -> BranchSystem.blr(this, i);
            case Op.SVC -> SVC;
            case Op.BRK -> BRK;
            case Op.NOP, Op.PRFM_LIT -> NEXT;
            case Op.CLREX -> BranchSystem.clrex(this);
            case Op.MRS_NZCV, Op.MRS_FPCR, Op.MRS_FPSR, Op.MRS_TPIDR, Op.MRS_TPIDRRO, Op.MRS_CNTVCT,
                 Op.MRS_CONST, Op.MSR_NZCV, Op.MSR_FPCR, Op.MSR_FPSR, Op.MSR_TPIDR ->
                    BranchSystem.systemRegister(this, op, i);
            case Op.DC_ZVA -> BranchSystem.dcZva(this, i);
            case Op.CACHE_MAINT -> BranchSystem.cacheMaintenance(this, i);

            case Op.LOG_SR, Op.LOG_SR + 1, Op.LOG_SR + 2, Op.LOG_SR + 3,
                 Op.LOG_SR + 4, Op.LOG_SR + 5, Op.LOG_SR + 6, Op.LOG_SR + 7 -> DataProcessingReg.logical(this, op, i);
            case Op.ADDSUB_SR, Op.ADDSUB_SR + 1, Op.ADDSUB_SR + 2, Op.ADDSUB_SR + 3 ->
                    DataProcessingReg.addSubShifted(this, op, i);
            case Op.ADDSUB_ER, Op.ADDSUB_ER + 1, Op.ADDSUB_ER + 2, Op.ADDSUB_ER + 3 ->
                    DataProcessingReg.addSubExtended(this, op, i);
            case Op.ADC, Op.ADC + 1, Op.ADC + 2, Op.ADC + 3 -> DataProcessingReg.addSubCarry(this, op, i);
            case Op.CCMN_R, Op.CCMP_R, Op.CCMN_I, Op.CCMP_I -> DataProcessingReg.conditionalCompare(this, op, i);
            case Op.CSEL, Op.CSEL + 1, Op.CSEL + 2, Op.CSEL + 3 -> DataProcessingReg.conditionalSelect(this, op, i);
            case Op.UDIV, Op.SDIV -> DataProcessingReg.divide(this, op, i);
            case Op.LSLV, Op.LSRV, Op.ASRV, Op.RORV -> DataProcessingReg.shiftVariable(this, op, i);
            case Op.CRC32 -> DataProcessingReg.crc32(this, i);
            case Op.RBIT, Op.REV16, Op.REV32, Op.REV, Op.CLZ, Op.CLS -> DataProcessingReg.oneSource(this, op, i);
            case Op.MADD, Op.MSUB, Op.SMADDL, Op.SMSUBL, Op.UMADDL, Op.UMSUBL, Op.SMULH, Op.UMULH ->
                    DataProcessingReg.multiply(this, op, i);

            case Op.LDR_LIT_W, Op.LDR_LIT_X, Op.LDRSW_LIT -> LoadStore.literal(this, op, i);
            case UIMM, UIMM + 1, UIMM + 2, UIMM + 3 -> LoadStore.unsignedOffset(this, op - UIMM, i);
            case UNSCALED, UNSCALED + 1, UNSCALED + 2, UNSCALED + 3 -> LoadStore.unscaled(this, op - UNSCALED, i);
            case POST, POST + 1, POST + 2, POST + 3 -> LoadStore.postIndex(this, op - POST, i);
            case PRE, PRE + 1, PRE + 2, PRE + 3 -> LoadStore.preIndex(this, op - PRE, i);
            case REG, REG + 1, REG + 2, REG + 3 -> LoadStore.registerOffset(this, op - REG, i);
            case UIMM + Op.KIND_PRFM, UNSCALED + Op.KIND_PRFM, REG + Op.KIND_PRFM -> NEXT; // prefetch hints

            case Op.STP, Op.STP + 1, Op.STP + 2, Op.LDP, Op.LDP + 1, Op.LDP + 2,
                 Op.LDPSW, Op.LDPSW + 1, Op.LDPSW + 2 -> LoadStorePairExclusive.pair(this, op, i);
            case Op.LDXR -> LoadStorePairExclusive.loadExclusive(this, i);
            case Op.STXR -> LoadStorePairExclusive.storeExclusive(this, i);
            case Op.LDXP -> LoadStorePairExclusive.loadExclusivePair(this, i);
            case Op.STXP -> LoadStorePairExclusive.storeExclusivePair(this, i);
            case Op.LDAR -> LoadStorePairExclusive.loadAcquire(this, i);
            case Op.STLR -> LoadStorePairExclusive.storeRelease(this, i);
            default -> UNDEF;
        };
    }

    private static final int UIMM = Op.LS + Op.FORM_UIMM * 8;
    private static final int UNSCALED = Op.LS + Op.FORM_UNSCALED * 8;
    private static final int POST = Op.LS + Op.FORM_POST * 8;
    private static final int PRE = Op.LS + Op.FORM_PRE * 8;
    private static final int REG = Op.LS + Op.FORM_REG * 8;
}
