package nova.hw.aarch64;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import nova.hw.aarch64.JitAssembler.Label;

/**
 * Emits the bytecode of one translated block (see {@link JitCompiler}). Guest registers and
 * NZCV live in JVM locals inside the block: loaded from the {@link Cpu} on first use, written
 * back at every exit, before every call into an interpreter executor, and in each fault
 * handler (only those written by instructions before the faulting one, which is exactly what
 * the interpreter has committed at that point). The common instruction forms are emitted
 * inline with the interpreter's semantics; the rest call the interpreter's executor.
 */
final class JitEmitter {
    static final ClassDesc CD_CPU = ClassDesc.of("nova.hw.aarch64.Cpu");
    private static final ClassDesc CD_RUNNER = ClassDesc.of("nova.hw.aarch64.JitRunner");
    static final ClassDesc CD_FAULT = ClassDesc.of("nova.hw.aarch64.MemFault");
    private static final ClassDesc CD_LONG_ARRAY = CD_long.arrayType();
    private static final ClassDesc CD_MATH = ClassDesc.of("java.lang.Math");
    private static final ClassDesc CD_LONGBOX = ClassDesc.of("java.lang.Long");
    private static final ClassDesc CD_INTBOX = ClassDesc.of("java.lang.Integer");
    private static final ClassDesc CD_DOUBLEBOX = ClassDesc.of("java.lang.Double");
    private static final MethodTypeDesc MTD_DJ = MethodTypeDesc.of(CD_long, java.lang.constant.ConstantDescs.CD_double);
    private static final MethodTypeDesc MTD_LD = MethodTypeDesc.of(CD_long, CD_long);
    private static final MethodTypeDesc MTD_ST = MethodTypeDesc.of(CD_void, CD_long, CD_long);
    private static final MethodTypeDesc MTD_PROBE = MethodTypeDesc.of(CD_void, CD_long, CD_int);
    private static final MethodTypeDesc MTD_ST2 = MethodTypeDesc.of(CD_void, CD_long, CD_long, CD_long);
    private static final MethodTypeDesc MTD_JJJ = MethodTypeDesc.of(CD_long, CD_long, CD_long);
    private static final MethodTypeDesc MTD_JJI = MethodTypeDesc.of(CD_long, CD_long, CD_int);
    private static final MethodTypeDesc MTD_III = MethodTypeDesc.of(CD_int, CD_int, CD_int);
    private static final MethodTypeDesc MTD_INT = MethodTypeDesc.of(CD_int);
    private static final long W = 0xFFFF_FFFFL;

    // Locals of exec(Cpu c, JitRunner r).
    private static final int L_CPU = 1;
    private static final int L_RUNNER = 2;
    private static final int L_F = 3;
    private static final int L_A = 4;
    private static final int L_B = 6;
    private static final int L_R = 8;
    private static final int L_S = 10;
    private static final int L_ADDR = 12;
    static final int L_V1 = 14;
    static final int L_V2 = 16;
    // The inline memory fast paths: address, store values, TLB index.
    private static final int L_T = 18;
    private static final int L_SV = 20;
    private static final int L_SV2 = 22;
    private static final int L_IDX = 24;
    // The operands of a compare whose NZCV is not computed yet (see deferCompare).
    private static final int L_FA = 25;
    private static final int L_FB = 27;
    /**
     * Guest registers get two slots each from here, in the order the block first uses them:
     * a block's method has as many locals as the registers it touches need (C1's time to
     * compile a method grows with its locals: every block boundary copies their state).
     */
    private static final int L_FIRST_REG = 29;
    private static final ClassDesc CD_PAGES = CD_LONG_ARRAY.arrayType();
    private static final long LOW32 = 0xFFFF_FFFFL;

    private static final ClassDesc CD_BLOCK = ClassDesc.of("nova.hw.aarch64.JitBlock");
    /** The block class being written (its own name in its constant pool). */
    static final ClassDesc CD_CODE = ClassDesc.of("nova.hw.aarch64.JitCode");

    /**
     * The core's arrays that blocks read, as static final fields of each block class, set from
     * the block's {@link Cpu} when the class is initialized: C1 takes them as constants, so it
     * neither loads them nor checks an index against their length when that index is a constant
     * (registers) or masked below it (the TLB). A block class belongs to one core.
     */
    private static final JitAssembler.StaticCopy X = new JitAssembler.StaticCopy("x", CD_LONG_ARRAY);
    private static final JitAssembler.StaticCopy VREG = new JitAssembler.StaticCopy("vreg", CD_LONG_ARRAY);
    private static final JitAssembler.StaticCopy R_TAG = new JitAssembler.StaticCopy("rTag", CD_LONG_ARRAY);
    private static final JitAssembler.StaticCopy R_ARR = new JitAssembler.StaticCopy("rArr", CD_PAGES);
    private static final JitAssembler.StaticCopy W_TAG = new JitAssembler.StaticCopy("wTag", CD_LONG_ARRAY);
    private static final JitAssembler.StaticCopy W_ARR = new JitAssembler.StaticCopy("wArr", CD_PAGES);
    static final java.util.List<JitAssembler.StaticCopy> CPU_ARRAYS = java.util.List.of(X, VREG, R_TAG, R_ARR, W_TAG, W_ARR);

    /** Pushes the core's array {@code a} (one of {@link #CPU_ARRAYS}). */
    private void cpuArray(JitAssembler.StaticCopy a) {
        b.getstatic(CD_CODE, a.name(), a.type());
    }

    private final JitAssembler b;
    private final long startPc;
    /** The address of each instruction of the block (a block may go on at a branch target). */
    private final long[] pcs;
    /** The block's constant exit addresses, in exit-index order (see {@link JitBlock#links}). */
    private final java.util.List<Long> targets;
    private final boolean[] loaded = new boolean[32];
    private final boolean[] dirty = new boolean[32];
    private boolean flagsLoaded;
    private boolean flagsDirty;
    /**
     * NZCV is that of a compare not computed yet (see deferCompare): {@link #SUB_W} or
     * {@link #SUB_X} for A - B (operands in locals FA and FB), {@link #TEST_W} or
     * {@link #TEST_X} for a logical result in FA (compared with FB = 0); -1 when none is pending.
     */
    private int pendingCompare = -1;
    private static final int SUB_W = 0;
    private static final int SUB_X = 1;
    private static final int TEST_W = 2;
    private static final int TEST_X = 3;

    /** The start of the block's first instruction, with nothing cached (target of a self-loop). */
    private final Label head;

    JitEmitter(JitAssembler b, long[] pcs, java.util.List<Long> targets) {
        this.b = b;
        this.pcs = pcs;
        this.startPc = pcs[0];
        this.targets = targets;
        head = b.newLabel();
        b.labelBinding(head);
    }

    // ---- register and flag cache ----

    private final int[] regSlot = new int[32];
    private int nextRegSlot = L_FIRST_REG;

    /** The local slot of Xn (n = 31: SP), allocated at the block's first use of the register. */
    private int slot(int n) {
        int s = regSlot[n];
        if (s == 0) {
            s = nextRegSlot;
            regSlot[n] = s;
            nextRegSlot += 2;
        }
        return s;
    }

    private void ensure(int n) {
        if (!loaded[n]) {
            cpuArray(X);
            b.loadConstant(n).laload().lstore(slot(n));
            loaded[n] = true;
        }
    }

    /** Loads every register in {@code ns} that reads will need (before any branch is emitted). */
    private void need(int... ns) {
        for (int n : ns) {
            ensure(n);
        }
    }

    private void needZr(int... ns) {
        for (int n : ns) {
            if (n != 31) {
                ensure(n);
            }
        }
    }

    /** Pushes Xn, or 0 for register 31 (the zero register). */
    void pushXz(int n) {
        xz(n);
    }

    /** Pops a long into Xn; register 31 discards it (the zero register). */
    void popXz(int n) {
        setZr(n);
    }

    private void xz(int n) {
        if (n == 31) {
            b.lconst_0();
        } else {
            ensure(n);
            b.lload(slot(n));
        }
    }

    /** Pushes Xn, or SP for register 31. */
    private void xs(int n) {
        ensure(n);
        b.lload(slot(n));
    }

    /** Pops a long into Xn; register 31 discards it (zero register). */
    private void setZr(int n) {
        if (n == 31) {
            b.pop2();
        } else {
            setSp(n);
        }
    }

    /** Pops a long into Xn; register 31 is SP. */
    private void setSp(int n) {
        b.lstore(slot(n));
        loaded[n] = true;
        dirty[n] = true;
    }

    private void needFlags() {
        if (pendingCompare >= 0) {
            pendingFlags(pendingCompare);
            pendingCompare = -1;
            flagsLoaded = true;
        } else if (!flagsLoaded) {
            b.aload(L_CPU).invokevirtual(CD_CPU, "flags", MTD_INT).istore(L_F);
            flagsLoaded = true;
        }
    }

    private void setFlags() {
        b.istore(L_F);
        flagsLoaded = true;
        flagsDirty = true;
        pendingCompare = -1;
    }

    /**
     * Instead of computing NZCV, keeps the operands of the compare A - B just made (locals A
     * and B, B inverted as addWithCarry takes it) in FA and FB: the conditional branch that
     * follows tests them directly, and NZCV is computed only where something reads it (an
     * exit, a call, a fault handler, an instruction that reads the flags). A compare and a
     * branch on its outcome are most of a loop's control; NZCV costs ~20 host instructions.
     */
    private void deferCompare(boolean sf) {
        b.lload(L_A).lstore(L_FA);
        b.lload(L_B).loadConstant(-1L).lxor().lstore(L_FB);
        pend(sf ? SUB_X : SUB_W);
    }

    /**
     * Like {@link #deferCompare} for ANDS/BICS (TST): the result in R is kept in FA. Its NZCV
     * is that of comparing it with 0 except for C (0 here, 1 there), so the unsigned
     * conditions are left to the flags.
     */
    private void deferTest(boolean sf) {
        b.lload(L_R).lstore(L_FA);
        b.lconst_0().lstore(L_FB);
        pend(sf ? TEST_X : TEST_W);
    }

    private void pend(int kind) {
        pendingCompare = kind;
        flagsLoaded = false;
        flagsDirty = true;
    }

    /** Computes into F the NZCV of the pending compare {@code kind}; the cache state is left to the caller. */
    private void pendingFlags(int kind) {
        boolean loaded = flagsLoaded;
        boolean dirtyFlags = flagsDirty;
        boolean sf = (kind & 1) != 0;
        if (kind >= TEST_W) {
            b.lload(L_FA).lstore(L_R);
            logicFlags(sf);
        } else {
            b.lload(L_FA).lstore(L_A);
            b.lload(L_FB).loadConstant(-1L).lxor().lstore(L_B);
            addWithCarry(sf, 1, true);
        }
        flagsLoaded = loaded;
        flagsDirty = dirtyFlags;
        pendingCompare = kind;
    }

    /**
     * The conditions a pending compare answers directly: all but MI, PL, VS, VC, AL and NV
     * after a subtraction; after a test, only those that do not read C (EQ, NE, GE, LT, GT, LE).
     */
    static boolean comparesDirectly(int cond, boolean test) {
        return cond <= 1 || (cond >= 10 && cond <= 13) || (!test && unsignedCondition(cond));
    }

    /** HS, LO, HI, LS: the conditions that compare as unsigned numbers (they read C). */
    private static boolean unsignedCondition(int cond) {
        return cond == 2 || cond == 3 || cond == 8 || cond == 9;
    }

    /** Writes the given dirty state back to the Cpu ({@code pending}: the NZCV to compute first, or -1). */
    private void writeBack(boolean[] regs, boolean flags, int pending) {
        for (int n = 0; n < 32; n++) {
            if (regs[n]) {
                cpuArray(X);
                b.loadConstant(n).lload(slot(n)).lastore();
            }
        }
        if (flags) {
            if (pending >= 0) {
                // The compare's operands, for the Cpu to compute NZCV from when it is read.
                b.aload(L_CPU).lload(L_FA).putfield(CD_CPU, "flagsA", CD_long);
                b.aload(L_CPU).lload(L_FB).putfield(CD_CPU, "flagsB", CD_long);
                b.aload(L_CPU).loadConstant(cpuFlagsKind(pending)).putfield(CD_CPU, "flagsKind", CD_int);
            } else {
                b.aload(L_CPU).iload(L_F).putfield(CD_CPU, "nzcv", CD_int);
                b.aload(L_CPU).loadConstant(Cpu.FLAGS_SETTLED).putfield(CD_CPU, "flagsKind", CD_int);
            }
        }
    }

    /** The Cpu's deferred-flags kind for a pending compare of this emitter. */
    private static int cpuFlagsKind(int pending) {
        return switch (pending) {
            case SUB_W -> Cpu.FLAGS_SUB_W;
            case SUB_X -> Cpu.FLAGS_SUB_X;
            case TEST_W -> Cpu.FLAGS_TEST_W;
            default -> Cpu.FLAGS_TEST_X;
        };
    }

    private void writeBackAll() {
        writeBack(dirty, flagsDirty, pendingCompare);
    }

    /** The state a fault handler must commit: what is dirty right now (before the instruction). */
    record Dirty(boolean[] regs, boolean flags, int pendingCompare) {}

    Dirty snapshot() {
        return new Dirty(dirty.clone(), flagsDirty, pendingCompare);
    }

    void emitHandler(Label handler, Dirty d, int index) {
        b.labelBinding(handler);
        writeBack(d.regs(), d.flags(), d.pendingCompare());
        setPc(pcs[index]);
        retire(index);
        b.athrow();
    }

    private void setPc(long pc) {
        b.aload(L_CPU).loadConstant(pc).putfield(CD_CPU, "pc", CD_long);
    }

    private void retire(int count) {
        if (count != 0) {
            b.aload(L_CPU).dup().getfield(CD_CPU, "retired", CD_long).loadConstant((long) count).ladd()
                    .putfield(CD_CPU, "retired", CD_long);
        }
    }

    /**
     * Leaves the block through an indirect branch: commits the state, counts {@code retired}
     * instructions, goes to the PC on the stack with no linked successor.
     */
    private void exitWithPcOnStack(int retired) {
        b.lstore(L_V2);
        writeBackAll();
        retire(retired);
        b.aload(L_CPU).lload(L_V2).putfield(CD_CPU, "pc", CD_long);
        b.aconst_null().areturn();
    }

    /** Leaves the block for the constant {@code pc}, returning the block linked to that exit. */
    void exitTo(long pc, int retired) {
        writeBackAll();
        retire(retired);
        linkedReturn(pc);
    }

    /** Sets the PC (state already committed) and returns the block linked to the exit to it. */
    private void linkedReturn(long pc) {
        int k = targets.indexOf(pc);
        if (k < 0) {
            k = targets.size();
            targets.add(pc);
        }
        setPc(pc);
        b.aload(0).getfield(CD_BLOCK, "links", CD_BLOCK.arrayType()).loadConstant(k).aaload().areturn();
    }

    /** Leaves the block for {@code pc} without a successor, so the runner looks again. */
    private void unlinkedExit(long pc, int retired) {
        writeBackAll();
        retire(retired);
        setPc(pc);
        b.aconst_null().areturn();
    }

    // ---- calls into the interpreter ----

    /** Before an executor runs: it reads and writes the Cpu's registers and flags itself. */
    void beforeCall() {
        writeBackAll();
        java.util.Arrays.fill(dirty, false);
        flagsDirty = false;
        pendingCompare = -1;
    }

    void afterCall() {
        java.util.Arrays.fill(loaded, false);
        flagsLoaded = false;
    }

    void setPcFor(int index) {
        setPc(pcs[index]);
    }

    // ---- flags ----

    /** AddWithCarry of locals A and B (and carry-in 0, 1 or C) into R, optionally setting NZCV. */
    private void addWithCarry(boolean sf, int carryIn, boolean flags) {
        if (sf) {
            b.lload(L_A).lload(L_B).ladd();
            pushCarryIn(carryIn);
            b.lstore(L_R);
            if (flags) {
                b.lload(L_R).bipush(63).lushr().l2i().bipush(31).ishl();
                b.lload(L_R).lload(L_R).lneg().lor().bipush(63).lushr().lconst_1().lxor().l2i().bipush(30).ishl().ior();
                b.lload(L_A).lload(L_B).land().lload(L_A).lload(L_B).lor().lload(L_R).loadConstant(-1L).lxor().land()
                        .lor().bipush(63).lushr().l2i().bipush(29).ishl().ior();
                b.lload(L_A).lload(L_R).lxor().lload(L_B).lload(L_R).lxor().land().bipush(63).lushr().l2i()
                        .bipush(28).ishl().ior();
                setFlags();
            }
        } else {
            b.lload(L_A).loadConstant(W).land().lload(L_B).loadConstant(W).land().ladd();
            pushCarryIn(carryIn);
            b.lstore(L_S);
            b.lload(L_S).loadConstant(W).land().lstore(L_R);
            if (flags) {
                b.lload(L_S).l2i().bipush(31).iushr().bipush(31).ishl();
                b.lload(L_S).l2i().dup().ineg().ior().bipush(31).iushr().iconst_1().ixor().bipush(30).ishl().ior();
                b.lload(L_S).bipush(32).lushr().l2i().bipush(29).ishl().ior();
                b.lload(L_A).l2i().lload(L_S).l2i().ixor().lload(L_B).l2i().lload(L_S).l2i().ixor().iand()
                        .bipush(31).iushr().bipush(28).ishl().ior();
                setFlags();
            }
        }
    }

    private void pushCarryIn(int carryIn) {
        if (carryIn == 1) {
            b.lconst_1().ladd();
        } else if (carryIn < 0) {
            b.iload(L_F).bipush(29).iushr().iconst_1().iand().i2l().ladd();
        }
    }

    /** NZCV for a logical result in R: N and Z from it, C = V = 0. */
    private void logicFlags(boolean sf) {
        if (sf) {
            b.lload(L_R).bipush(63).lushr().l2i().bipush(31).ishl();
            b.lload(L_R).lload(L_R).lneg().lor().bipush(63).lushr().lconst_1().lxor().l2i().bipush(30).ishl().ior();
        } else {
            b.lload(L_R).l2i().bipush(31).iushr().bipush(31).ishl();
            b.lload(L_R).l2i().dup().ineg().ior().bipush(31).iushr().iconst_1().ixor().bipush(30).ishl().ior();
        }
        setFlags();
    }

    /** Pushes 1 if the condition holds on the flags in F (already loaded), else 0. */
    private void condition(int cond) {
        int base = cond >>> 1;
        switch (base) {
            case 0 -> b.iload(L_F).bipush(30).iushr().iconst_1().iand();
            case 1 -> b.iload(L_F).bipush(29).iushr().iconst_1().iand();
            case 2 -> b.iload(L_F).bipush(31).iushr();
            case 3 -> b.iload(L_F).bipush(28).iushr().iconst_1().iand();
            case 4 -> b.iload(L_F).bipush(29).iushr().iload(L_F).bipush(30).iushr().iconst_m1().ixor().iand()
                    .iconst_1().iand();
            case 5 -> b.iload(L_F).bipush(31).iushr().iload(L_F).bipush(28).iushr().ixor().iconst_1().iand()
                    .iconst_1().ixor();
            case 6 -> b.iload(L_F).bipush(31).iushr().iload(L_F).bipush(28).iushr().ixor().iload(L_F).bipush(30)
                    .iushr().ior().iconst_1().iand().iconst_1().ixor();
            default -> b.iconst_1();
        }
        if ((cond & 1) != 0 && cond != 15) {
            b.iconst_1().ixor();
        }
    }

    private static boolean usesFlagsCondition(int cond) {
        return cond < 14;
    }

    // ---- shifts and extensions of the long on the stack ----

    private void maskW() {
        b.loadConstant(W).land();
    }

    private void shiftBy(int type, int amount, boolean sf) {
        if (sf) {
            if (amount == 0) {
                return;
            }
            switch (type) {
                case 0 -> b.bipush(amount).lshl();
                case 1 -> b.bipush(amount).lushr();
                case 2 -> b.bipush(amount).lshr();
                default -> b.bipush(amount).invokestatic(CD_LONGBOX, "rotateRight", MTD_JJI);
            }
            return;
        }
        b.l2i();
        switch (type) {
            case 0 -> b.bipush(amount).ishl();
            case 1 -> b.bipush(amount).iushr();
            case 2 -> b.bipush(amount).ishr();
            default -> b.bipush(amount).invokestatic(CD_INTBOX, "rotateRight", MTD_III);
        }
        b.i2l();
        maskW();
    }

    private void extend(int option, int shift) {
        switch (option) {
            case 0 -> b.loadConstant(0xFFL).land();
            case 1 -> b.loadConstant(0xFFFFL).land();
            case 2 -> maskW();
            case 4 -> b.l2i().i2b().i2l();
            case 5 -> b.l2i().i2s().i2l();
            case 6 -> b.l2i().i2l();
            default -> { }
        }
        if (shift != 0) {
            b.bipush(shift).lshl();
        }
    }

    // ---- data processing ----

    /** ADD, ADDS, SUB, SUBS (immediate). */
    void addSubImm(int op, int i, boolean flags, boolean defer) {
        long imm = (i >>> 10) & 0xFFF;
        if ((i & (1 << 22)) != 0) {
            imm <<= 12;
        }
        boolean sub = op >= Op.ADD_I + 2;
        boolean setsFlags = (op & 1) != 0;
        xs((i >>> 5) & 31);
        b.lstore(L_A);
        b.loadConstant(sub ? ~imm : imm).lstore(L_B);
        boolean deferred = setsFlags && flags && defer && sub;
        addWithCarry(i < 0, sub ? 1 : 0, setsFlags && flags && !deferred);
        if (deferred) {
            deferCompare(i < 0);
        }
        b.lload(L_R);
        if (setsFlags) {
            setZr(i & 31);
        } else {
            setSp(i & 31);
        }
    }

    /** ADD, ADDS, SUB, SUBS (shifted and extended register), ADC, ADCS, SBC, SBCS. */
    void addSubReg(int sub, int i, boolean extended, boolean carry, boolean flags, boolean defer) {
        boolean sf = i < 0;
        boolean minus = sub >= 2;
        boolean setsFlags = (sub & 1) != 0;
        if (carry) {
            needFlags();
        }
        xz((i >>> 16) & 31);
        if (extended) {
            extend((i >>> 13) & 7, (i >>> 10) & 7);
        } else if (!carry) {
            shiftBy((i >>> 22) & 3, (i >>> 10) & 0x3F, sf);
        }
        if (minus) {
            b.loadConstant(-1L).lxor();
        }
        b.lstore(L_B);
        if (extended) {
            xs((i >>> 5) & 31);
        } else {
            xz((i >>> 5) & 31);
        }
        b.lstore(L_A);
        boolean deferred = setsFlags && flags && defer && minus && !carry;
        addWithCarry(sf, carry ? -1 : minus ? 1 : 0, setsFlags && flags && !deferred);
        if (deferred) {
            deferCompare(sf);
        }
        b.lload(L_R);
        if (extended && !setsFlags) {
            setSp(i & 31);
        } else {
            setZr(i & 31);
        }
    }

    /** AND, ORR, EOR, ANDS (immediate). */
    void logicalImm(int op, int i, boolean flags, boolean defer) {
        boolean sf = i < 0;
        long imm = Bitmasks.mask((i >>> 22) & 1, (i >>> 16) & 0x3F, (i >>> 10) & 0x3F);
        xz((i >>> 5) & 31);
        b.loadConstant(imm);
        switch (op - Op.AND_I) {
            case 0, 3 -> b.land();
            case 1 -> b.lor();
            default -> b.lxor();
        }
        if (!sf) {
            maskW();
        }
        if (op == Op.AND_I + 3) {
            b.lstore(L_R);
            if (flags && defer) {
                deferTest(sf);
            } else if (flags) {
                logicFlags(sf);
            }
            b.lload(L_R);
            setZr(i & 31);
        } else {
            setSp(i & 31);
        }
    }

    /** AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted register). */
    void logicalReg(int op, int i, boolean flags, boolean defer) {
        boolean sf = i < 0;
        xz((i >>> 5) & 31);
        xz((i >>> 16) & 31);
        shiftBy((i >>> 22) & 3, (i >>> 10) & 0x3F, sf);
        if ((op & 1) != 0) {
            b.loadConstant(-1L).lxor();
        }
        switch ((op - Op.LOG_SR) >>> 1) {
            case 0, 3 -> b.land();
            case 1 -> b.lor();
            default -> b.lxor();
        }
        if (!sf) {
            maskW();
        }
        if (op >= Op.LOG_SR + 6) {
            b.lstore(L_R);
            if (flags && defer) {
                deferTest(sf);
            } else if (flags) {
                logicFlags(sf);
            }
            b.lload(L_R);
        }
        setZr(i & 31);
    }

    /** MOVN, MOVZ, MOVK. */
    void moveWide(int op, int i) {
        int rd = i & 31;
        int pos = ((i >>> 21) & 3) * 16;
        long imm = ((long) (i >>> 5) & 0xFFFF) << pos;
        boolean sf = i < 0;
        switch (op) {
            case Op.MOVN -> b.loadConstant(sf ? ~imm : ~imm & W);
            case Op.MOVZ -> b.loadConstant(imm);
            default -> {
                xz(rd);
                b.loadConstant(~(0xFFFFL << pos)).land().loadConstant(imm).lor();
                if (!sf) {
                    maskW();
                }
            }
        }
        setZr(rd);
    }

    /** ADR, ADRP: the PC is a constant here. */
    void pcRelative(int op, int i, long pc) {
        long imm = ((long) ((i << 8) >> 13) << 2) | ((i >>> 29) & 3);
        b.loadConstant(op == Op.ADR ? pc + imm : (pc & ~0xFFFL) + (imm << 12));
        setZr(i & 31);
    }

    /** SBFM, BFM, UBFM with the field geometry worked out here. */
    void bitfield(int op, int i) {
        boolean sf = i < 0;
        int rd = i & 31;
        int size = sf ? 64 : 32;
        int r = (i >>> 16) & 0x3F;
        int s = (i >>> 10) & 0x3F;
        int width;
        int pos;
        boolean shiftDown;
        if (s >= r) {
            width = s - r + 1;
            pos = 0;
            shiftDown = true;
        } else {
            width = s + 1;
            pos = size - r;
            shiftDown = false;
        }
        long ones = width == 64 ? -1L : (1L << width) - 1;
        if (op == Op.BFM) {
            xz(rd);
            b.loadConstant(~(ones << pos)).land();
        }
        xz((i >>> 5) & 31);
        if (shiftDown && r != 0) {
            b.bipush(r).lushr();
        }
        if (width != 64) {
            b.loadConstant(ones).land();
        }
        if (op == Op.SBFM && width != 64) {
            b.bipush(64 - width).lshl().bipush(64 - width).lshr();
        }
        if (pos != 0) {
            b.bipush(pos).lshl();
        }
        if (op == Op.BFM) {
            b.lor();
        }
        if (!sf) {
            maskW();
        }
        setZr(rd);
    }

    /** EXTR. */
    void extract(int i) {
        int lsb = (i >>> 10) & 0x3F;
        if (i < 0) {
            if (lsb == 0) {
                xz((i >>> 16) & 31);
            } else {
                xz((i >>> 16) & 31);
                b.bipush(lsb).lushr();
                xz((i >>> 5) & 31);
                b.bipush(64 - lsb).lshl().lor();
            }
        } else {
            xz((i >>> 5) & 31);
            maskW();
            b.bipush(32).lshl();
            xz((i >>> 16) & 31);
            maskW();
            b.lor();
            if (lsb != 0) {
                b.bipush(lsb).lushr();
            }
            maskW();
        }
        setZr(i & 31);
    }

    /** CSEL, CSINC, CSINV, CSNEG. */
    void conditionalSelect(int op, int i) {
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        int cond = (i >>> 12) & 0xF;
        needZr(rn, rm);
        needFlags();
        Label otherwise = b.newLabel();
        Label done = b.newLabel();
        condition(cond);
        b.ifeq(otherwise);
        xz(rn);
        b.goto_(done);
        b.labelBinding(otherwise);
        xz(rm);
        switch (op - Op.CSEL) {
            case 0 -> { }
            case 1 -> b.lconst_1().ladd();
            case 2 -> b.loadConstant(-1L).lxor();
            default -> b.lneg();
        }
        b.labelBinding(done);
        if (i >= 0) {
            maskW();
        }
        setZr(i & 31);
    }

    /** CCMN, CCMP (register and immediate). */
    void conditionalCompare(int op, int i) {
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        boolean imm = op >= Op.CCMN_I;
        needZr(rn);
        if (!imm) {
            needZr(rm);
        }
        needFlags();
        Label otherwise = b.newLabel();
        Label done = b.newLabel();
        condition((i >>> 12) & 0xF);
        b.ifeq(otherwise);
        boolean sub = (op & 1) != 0;
        if (imm) {
            b.loadConstant(sub ? ~(long) rm : (long) rm);
        } else {
            xz(rm);
            if (sub) {
                b.loadConstant(-1L).lxor();
            }
        }
        b.lstore(L_B);
        xz(rn);
        b.lstore(L_A);
        addWithCarry(i < 0, sub ? 1 : 0, true);
        b.goto_(done);
        b.labelBinding(otherwise);
        b.loadConstant((i & 0xF) << 28).istore(L_F);
        b.labelBinding(done);
        flagsDirty = true;
    }

    /**
     * UDIV, SDIV, as DataProcessingReg.divide: a zero divisor gives 0; the JVM's division
     * already gives the architecture's MIN / -1 = MIN.
     */
    void divide(int op, int i) {
        boolean sf = i < 0;
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        needZr(rn, rm); // before the branch below
        Label zero = b.newLabel();
        Label done = b.newLabel();
        xz(rm);
        if (sf) {
            b.lstore(L_B);
            b.lload(L_B).lconst_0().lcmp().ifeq(zero);
            xz(rn);
            b.lload(L_B);
            if (op == Op.UDIV) {
                unsignedDivide();
            } else {
                b.ldiv();
            }
        } else {
            b.l2i().istore(L_R);
            b.iload(L_R).ifeq(zero);
            xz(rn);
            if (op == Op.UDIV) {
                // Both operands zero-extended: the long division of two values below 2^32.
                maskW();
                b.iload(L_R).i2l();
                maskW();
                b.ldiv();
            } else {
                b.l2i().iload(L_R).idiv().i2l();
                maskW();
            }
        }
        b.goto_(done);
        b.labelBinding(zero);
        b.lconst_0();
        b.labelBinding(done);
        setZr(i & 31);
    }

    /**
     * The dividend below the divisor (in B) on the stack, both unsigned 64-bit: their quotient,
     * as Long.divideUnsigned computes it, without the call (a call in a block makes C1 keep the
     * block's live registers in memory around it).
     */
    private void unsignedDivide() {
        Label negativeDivisor = b.newLabel();
        Label done = b.newLabel();
        b.pop2(); // the divisor: B holds it
        b.lstore(L_A);
        b.lload(L_B).lconst_0().lcmp().iflt(negativeDivisor);
        // q = (a >>> 1) / b << 1; r = a - q * b; q + ((r | ~(r - b)) >>> 63)
        b.lload(L_A).iconst_1().lushr().lload(L_B).ldiv().iconst_1().lshl().lstore(L_R);
        b.lload(L_A).lload(L_R).lload(L_B).lmul().lsub().lstore(L_S);
        b.lload(L_R).lload(L_S).lload(L_S).lload(L_B).lsub().loadConstant(-1L).lxor().lor().bipush(63).lushr().ladd();
        b.goto_(done);
        b.labelBinding(negativeDivisor); // a divisor of 2^63 or more: the quotient is 0 or 1
        b.lload(L_A).lload(L_A).lload(L_B).lsub().loadConstant(-1L).lxor().land().bipush(63).lushr();
        b.labelBinding(done);
    }

    /** RBIT, REV16, REV32, REV, CLZ, CLS, as DataProcessingReg.oneSource, without calls. */
    void oneSource(int op, int i) {
        boolean sf = i < 0;
        xz((i >>> 5) & 31);
        switch (op) {
            case Op.RBIT -> {
                if (!sf) {
                    maskW();
                }
                swapBits(1, 0x5555_5555_5555_5555L);
                swapBits(2, 0x3333_3333_3333_3333L);
                swapBits(4, 0x0F0F_0F0F_0F0F_0F0FL);
                reverseBytes64();
                if (!sf) {
                    b.bipush(32).lushr();
                }
            }
            case Op.REV -> {
                if (sf) {
                    reverseBytes64();
                } else {
                    swapBits(8, 0x00FF_00FF_00FF_00FFL);
                    swapBits(16, 0x0000_FFFF_0000_FFFFL);
                    maskW();
                }
            }
            case Op.REV16 -> {
                swapBits(8, 0x00FF_00FF_00FF_00FFL);
                if (!sf) {
                    maskW();
                }
            }
            case Op.REV32 -> {
                swapBits(8, 0x00FF_00FF_00FF_00FFL);
                swapBits(16, 0x0000_FFFF_0000_FFFFL);
            }
            case Op.CLZ -> leadingZeros(sf);
            default -> { // CLS: clz(x ^ (x >> 1)) - 1 counts the bits equal to the sign bit after it
                if (sf) {
                    b.dup2().iconst_1().lshr().lxor();
                } else {
                    b.l2i().dup().iconst_1().ishr().ixor().i2l();
                }
                leadingZeros(sf);
                b.lconst_1().lsub();
            }
        }
        setZr(i & 31);
    }

    /** Swaps the neighbouring groups of {@code bits} bits of the long on the stack ({@code mask}: the low groups). */
    private void swapBits(int bits, long mask) {
        b.dup2().loadConstant(mask).land().bipush(bits).lshl().dup2_x2().pop2()
                .bipush(bits).lushr().loadConstant(mask).land().lor();
    }

    /** Reverses the bytes of the long on the stack (Long.reverseBytes, without the call). */
    private void reverseBytes64() {
        swapBits(8, 0x00FF_00FF_00FF_00FFL);
        swapBits(16, 0x0000_FFFF_0000_FFFFL);
        b.dup2().bipush(32).lshl().dup2_x2().pop2().bipush(32).lushr().lor();
    }

    /**
     * The leading zero bits of the long on the stack (of its low word if {@code !sf}), as a
     * long. Without a call: the exponent of an exactly converted double (a value below 2^32)
     * gives the position of its top bit (Double.doubleToRawLongBits is a compiler intrinsic).
     */
    private void leadingZeros(boolean sf) {
        Label zero = b.newLabel();
        Label done = b.newLabel();
        if (sf) {
            Label high = b.newLabel();
            Label convert = b.newLabel();
            b.lstore(L_A);
            b.lload(L_A).lconst_0().lcmp().ifeq(zero);
            b.lload(L_A).bipush(32).lushr().lstore(L_B);
            b.lload(L_B).lconst_0().lcmp().ifne(high);
            b.lload(L_A).loadConstant(W).land().loadConstant(32 + 1054).istore(L_R);
            b.goto_(convert);
            b.labelBinding(high);
            b.lload(L_B).loadConstant(1054).istore(L_R);
            b.labelBinding(convert);
            // stack: v (1 <= v < 2^32); clz = base + 1054 - (exponent bits of (double) v)
            b.l2d().invokestatic(CD_DOUBLEBOX, "doubleToRawLongBits", MTD_DJ).bipush(52).lushr().l2i().istore(L_S);
            b.iload(L_R).iload(L_S).isub().i2l();
            b.goto_(done);
            b.labelBinding(zero);
            b.bipush(64).i2l();
        } else {
            maskW();
            b.lstore(L_A);
            b.lload(L_A).lconst_0().lcmp().ifeq(zero);
            b.loadConstant(1054).lload(L_A).l2d().invokestatic(CD_DOUBLEBOX, "doubleToRawLongBits", MTD_DJ)
                    .bipush(52).lushr().l2i().isub().i2l();
            b.goto_(done);
            b.labelBinding(zero);
            b.bipush(32).i2l();
        }
        b.labelBinding(done);
    }

    /** LSLV, LSRV, ASRV, RORV: the JVM's shifts take the amount modulo the width, as A64 does. */
    void shiftVariable(int op, int i) {
        boolean sf = i < 0;
        xz((i >>> 5) & 31);
        if (!sf) {
            b.l2i();
        }
        xz((i >>> 16) & 31);
        b.l2i();
        if (sf) {
            switch (op) {
                case Op.LSLV -> b.lshl();
                case Op.LSRV -> b.lushr();
                case Op.ASRV -> b.lshr();
                default -> b.invokestatic(CD_LONGBOX, "rotateRight", MTD_JJI);
            }
        } else {
            switch (op) {
                case Op.LSLV -> b.ishl();
                case Op.LSRV -> b.iushr();
                case Op.ASRV -> b.ishr();
                default -> b.invokestatic(CD_INTBOX, "rotateRight", MTD_III);
            }
            b.i2l();
            maskW();
        }
        setZr(i & 31);
    }

    /** MADD, MSUB, SMADDL, SMSUBL, UMADDL, UMSUBL, SMULH, UMULH. */
    void multiply(int op, int i) {
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        int ra = (i >>> 10) & 31;
        switch (op) {
            case Op.SMULH, Op.UMULH -> {
                xz(rn);
                xz(rm);
                b.invokestatic(CD_MATH, op == Op.SMULH ? "multiplyHigh" : "unsignedMultiplyHigh", MTD_JJJ);
            }
            default -> {
                xz(ra);
                xz(rn);
                if (op == Op.SMADDL || op == Op.SMSUBL) {
                    b.l2i().i2l();
                } else if (op == Op.UMADDL || op == Op.UMSUBL) {
                    maskW();
                }
                xz(rm);
                if (op == Op.SMADDL || op == Op.SMSUBL) {
                    b.l2i().i2l();
                } else if (op == Op.UMADDL || op == Op.UMSUBL) {
                    maskW();
                }
                b.lmul();
                if (op == Op.MADD || op == Op.SMADDL || op == Op.UMADDL) {
                    b.ladd();
                } else {
                    b.lsub();
                }
            }
        }
        if (i >= 0) {
            maskW();
        }
        setZr(i & 31);
    }

    // ---- loads and stores ----

    /** Leaves the address of a single-register access in ADDR; returns the writeback value's kind. */
    private void singleAddress(int form, int i) {
        int rn = (i >>> 5) & 31;
        switch (form) {
            case Op.FORM_UIMM -> {
                xs(rn);
                long off = (long) ((i >>> 10) & 0xFFF) << (i >>> 30);
                if (off != 0) {
                    b.loadConstant(off).ladd();
                }
            }
            case Op.FORM_POST -> xs(rn);
            case Op.FORM_REG -> {
                int shift = (i & (1 << 12)) != 0 ? i >>> 30 : 0;
                xs(rn);
                xz((i >>> 16) & 31);
                extend((i >>> 13) & 7, shift);
                b.ladd();
            }
            default -> {
                xs(rn);
                long off = (i << 11) >> 23;
                if (off != 0) {
                    b.loadConstant(off).ladd();
                }
            }
        }
        b.lstore(L_ADDR);
    }

    private void load(int size) {
        b.lload(L_ADDR);
        loadAt(size);
    }

    // ---- guest memory ----
    //
    // Loads and stores run inline: the naturally aligned case is the TLB tag compare (which
    // also rejects a misaligned address, see Cpu.tagMask) and one array access. Anything else
    // (misaligned, across a page, a TLB miss, a fault) normally leaves the block just before the
    // instruction, with the state the interpreter has there, and the interpreter runs it
    // ({@link #beginMemory}): no call is what keeps the blocks fast, since around a call C1 keeps
    // every value live across it in memory (stored where it is defined, reloaded where the paths
    // meet), and nothing in such a block can throw, so it needs no exception handlers. An
    // instruction that went that way often (glibc's string functions make misaligned accesses
    // all the time, a struct may straddle two pages) is translated again with a call to the
    // core's accessor instead, which handles every case ({@link JitPage#callsAccessor}); its
    // faults then come out of the call, to an exception handler of the block. The write half of
    // the TLB never holds a page with decoded code, so an inline store cannot write code.

    /** The current memory instruction calls the core's accessors when the inline case fails (else it leaves). */
    private boolean callSlowPath;
    /** Where the current memory instruction leaves for the interpreter (null until used). */
    private Label memExit;
    private int memIndex;
    private Dirty memState;
    /** The way out of one memory instruction to the interpreter, emitted after the block's code. */
    private record MemExit(Label label, Dirty state, int index) {}
    private final java.util.List<MemExit> memExits = new java.util.ArrayList<>();

    /**
     * Before the accesses of memory instruction {@code index} (nothing it writes is written
     * yet): whether they call the accessors when the inline case fails, or leave. Returns the
     * state before the instruction (what its exit, or its fault handler, commits).
     */
    Dirty beginMemory(int index, boolean callAccessors) {
        memIndex = index;
        memState = snapshot();
        memExit = null;
        callSlowPath = callAccessors;
        return memState;
    }

    /** The current memory instruction's way out to the interpreter; branch to it with an empty operand stack. */
    private Label memExit() {
        if (memExit == null) {
            memExit = b.newLabel();
            memExits.add(new MemExit(memExit, memState, memIndex));
        }
        return memExit;
    }

    /**
     * After the block's code: each memory instruction's way out commits the state before the
     * instruction and asks the runner to interpret that one instruction.
     */
    void emitMemoryExits() {
        for (MemExit x : memExits) {
            b.labelBinding(x.label());
            writeBack(x.state().regs(), x.state().flags(), x.state().pendingCompare());
            stopForInterpreter(x.index());
        }
    }

    /**
     * With the address in T: leaves its TLB index in IDX and branches to {@code slow} unless
     * its page is in the TLB half whose tags are {@code tags} and it is aligned to
     * {@code align} bytes.
     */
    private void tlbHit(JitAssembler.StaticCopy tags, int align, Label slow) {
        b.lload(L_T).l2i().bipush(12).iushr().loadConstant(Cpu.TLB_MASK).iand().istore(L_IDX); // Cpu.tlbIndex
        cpuArray(tags);
        b.iload(L_IDX).laload().lload(L_T).loadConstant(Cpu.tagMask(align)).land().lcmp().ifne(slow);
    }

    /** Branches to {@code slow} if the 16 bytes at the 8-aligned address T cross into the next page. */
    private void pageEndCheck(Label slow) {
        b.lload(L_T).l2i().loadConstant(0xFF8).iand().loadConstant(0xFF8).if_icmpeq(slow);
    }

    /** Pushes the page array of IDX's TLB entry (array {@code pages}) and the index of T's long in it. */
    private void wordOf(JitAssembler.StaticCopy pages) {
        cpuArray(pages);
        b.iload(L_IDX).aaload().lload(L_T).l2i().loadConstant(0xFFF).iand().iconst_3().iushr();
    }

    /** Pushes the bit position of T's byte within its long. */
    private void bitOf() {
        b.lload(L_T).l2i().bipush(7).iand().iconst_3().ishl();
    }

    /** The core's accessors by log2 of the access size (names, not built per emitted access). */
    private static final String[] LOADS = {"ld8", "ld16", "ld32", "ld64"};
    private static final String[] STORES = {"st8", "st16", "st32", "st64"};

    /** Loads 1 << size bytes (zero-extended) at the address on the stack, as {@code Cpu.ld*}. */
    private void loadAt(int size) {
        Label slow = b.newLabel();
        Label done = b.newLabel();
        b.lstore(L_T);
        tlbHit(R_TAG, 1 << size, slow);
        wordOf(R_ARR);
        b.laload();
        if (size < 3) {
            bitOf();
            b.lushr().loadConstant((1L << (8 << size)) - 1).land();
        }
        b.goto_(done);
        b.labelBinding(slow);
        if (callSlowPath) {
            b.aload(L_CPU).lload(L_T).invokevirtual(CD_CPU, LOADS[size], MTD_LD);
        } else {
            b.goto_(memExit());
        }
        b.labelBinding(done);
    }

    /** Stores the low 1 << size bytes of the value at the address below it on the stack, as {@code Cpu.st*}. */
    private void storeAt(int size) {
        Label slow = b.newLabel();
        Label done = b.newLabel();
        b.lstore(L_SV).lstore(L_T);
        tlbHit(W_TAG, 1 << size, slow);
        wordOf(W_ARR);
        if (size == 3) {
            b.lload(L_SV);
        } else {
            long mask = (1L << (8 << size)) - 1;
            b.dup2().laload(); // page, index, old long
            b.loadConstant(mask);
            bitOf();
            b.lshl().loadConstant(-1L).lxor().land();
            b.lload(L_SV).loadConstant(mask).land();
            bitOf();
            b.lshl().lor();
        }
        b.lastore();
        b.goto_(done);
        b.labelBinding(slow);
        if (callSlowPath) {
            b.aload(L_CPU).lload(L_T).lload(L_SV).invokevirtual(CD_CPU, STORES[size], MTD_ST);
        } else {
            b.goto_(memExit());
        }
        b.labelBinding(done);
    }

    /**
     * A load pair of doublewords ({@code x}) or words at the address on the stack into locals
     * {@code first} and {@code second}, as {@code Cpu.ld64x2/ld32x2}; inline when 8-aligned and
     * within the page (a word pair is then one long).
     */
    private void loadPair(boolean x, int first, int second) {
        Label slow = b.newLabel();
        Label done = b.newLabel();
        b.lstore(L_T);
        tlbHit(R_TAG, 8, slow);
        if (x) {
            pageEndCheck(slow);
        }
        wordOf(R_ARR);
        if (x) {
            b.dup2().laload().lstore(first).iconst_1().iadd().laload().lstore(second);
        } else {
            b.laload().dup2().loadConstant(LOW32).land().lstore(first).bipush(32).lushr().lstore(second);
        }
        b.goto_(done);
        b.labelBinding(slow);
        if (callSlowPath) {
            b.aload(L_CPU).lload(L_T).invokevirtual(CD_CPU, x ? "ld64x2" : "ld32x2", MTD_LD).lstore(first);
            b.aload(L_CPU).getfield(CD_CPU, "pairSecond", CD_long).lstore(second);
        } else {
            b.goto_(memExit());
        }
        b.labelBinding(done);
    }

    /** A store pair of the two values above the address on the stack, as {@code Cpu.st64x2/st32x2}; inline as {@link #loadPair}. */
    private void storePair(boolean x) {
        Label slow = b.newLabel();
        Label done = b.newLabel();
        b.lstore(L_SV2).lstore(L_SV).lstore(L_T);
        tlbHit(W_TAG, 8, slow);
        if (x) {
            pageEndCheck(slow);
        }
        wordOf(W_ARR);
        if (x) {
            b.dup2().lload(L_SV).lastore().iconst_1().iadd().lload(L_SV2).lastore();
        } else {
            b.lload(L_SV).loadConstant(LOW32).land().lload(L_SV2).bipush(32).lshl().lor().lastore();
        }
        b.goto_(done);
        b.labelBinding(slow);
        if (callSlowPath) {
            b.aload(L_CPU).lload(L_T).lload(L_SV).lload(L_SV2).invokevirtual(CD_CPU, x ? "st64x2" : "st32x2", MTD_ST2);
        } else {
            b.goto_(memExit());
        }
        b.labelBinding(done);
    }

    /**
     * A single-register load or store; every register write follows the access (which may
     * leave for the interpreter, see {@link #beginMemory}).
     */
    void single(int form, int kind, int i) {
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        int size = i >>> 30;
        need(rn);
        if (form == Op.FORM_REG) {
            needZr((i >>> 16) & 31);
        }
        if (kind == Op.KIND_ST) {
            needZr(rt);
        }
        singleAddress(form, i);
        if (kind == Op.KIND_ST) {
            b.lload(L_ADDR);
            xz(rt);
            storeAt(size);
        } else {
            load(size);
            if (kind != Op.KIND_LDZ) {
                int shift = 64 - (8 << size);
                if (shift != 0) {
                    b.bipush(shift).lshl().bipush(shift).lshr();
                }
                if (kind == Op.KIND_LDS32) {
                    maskW();
                }
            }
            setZr(rt);
        }
        baseWriteback(form == Op.FORM_POST, form == Op.FORM_PRE, rn, (i << 11) >> 23);
    }

    // ---- SIMD&FP loads and stores ----

    /**
     * The SIMD&FP loads and stores a block runs inline: LDR/STR/LDUR/STUR of B, H, S, D and Q
     * in every addressing form but literal, and LDP/STP/LDNP/STNP of S, D and Q (glibc's
     * memcpy, memset and string functions live on them). The rest (structures, literals,
     * unallocated encodings) call the executor. Each form makes exactly the memory accesses
     * {@link SimdLoadStore} makes, in the same order, so faults report the same address.
     */
    static boolean simdInline(int i) {
        int group = (i >>> 28) & 3;
        if (group == 2) {
            return (i >>> 30) != 3; // pairs: opc 11 is unallocated
        }
        if (group == 0) {
            return isOneRegisterStructure(i);
        }
        if (group != 3) {
            return false; // literals (01)
        }
        if ((i >>> 30) != 0 && (((i >>> 22) & 2) != 0)) {
            return false; // only size 00 has the 128-bit forms
        }
        if (((i >>> 24) & 1) != 0) {
            return true; // unsigned offset
        }
        if (((i >>> 21) & 1) == 0) {
            return ((i >>> 10) & 3) != 2; // unscaled, post, pre (no unprivileged forms with V = 1)
        }
        return ((i >>> 10) & 3) == 2 && ((i >>> 13) & 2) != 0; // register offset, valid extends
    }

    /**
     * LD1/ST1 (multiple structures) of one register, no offset or post-indexed: on a
     * little-endian machine the same bytes in the same order as LDR/STR of a D or Q register,
     * whatever the element size (glibc's string functions load 16 bytes with LD1 {Vt.16B}).
     */
    private static boolean isOneRegisterStructure(int i) {
        return (i & 0xBFBF_F000) == 0x0C00_7000 || (i & 0xBFA0_F000) == 0x0C80_7000;
    }

    /**
     * A one-register LD1/ST1 accepted by {@link #simdInline}, with exactly the executor's
     * accesses (the 8 or 16 bytes, checked whole before the register or memory changes).
     */
    void simdStructure(int i) {
        boolean q = ((i >>> 30) & 1) != 0;
        boolean load = ((i >>> 22) & 1) != 0;
        boolean post = ((i >>> 23) & 1) != 0;
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        int rm = (i >>> 16) & 31;
        int scale = q ? 4 : 3;
        need(rn);
        if (post && rm != 31) {
            needZr(rm);
        }
        xs(rn);
        transfer(load, rt, scale);
        if (post) {
            b.lload(L_ADDR);
            if (rm == 31) {
                b.loadConstant(q ? 16L : 8L);
            } else {
                xz(rm);
            }
            b.ladd();
            setSp(rn);
        }
    }

    /** Pushes the low or high half of Vn. */
    void vHalf(int n, int half) {
        cpuArray(VREG);
        b.loadConstant(2 * n + half).laload();
    }

    /** Vn = (lo, hi) from two long locals. */
    void vSet(int n, int lo, int hi) {
        cpuArray(VREG);
        b.dup().loadConstant(2 * n).lload(lo).lastore()
                .loadConstant(2 * n + 1).lload(hi).lastore();
    }

    /** Loads 1 << scale bytes at address local {@code addr} + {@code off} into locals lo, hi. */
    private void vLoad(int addr, long off, int scale, int lo, int hi) {
        b.lload(addr);
        if (off != 0) {
            b.loadConstant(off).ladd();
        }
        if (scale == 4) {
            loadPair(true, lo, hi);
        } else {
            loadAt(scale);
            b.lstore(lo);
            b.lconst_0().lstore(hi);
        }
    }

    /** Stores the low 1 << scale bytes of Vn at address local {@code addr} + {@code off} (probed). */
    private void vStore(int n, int addr, long off, int scale) {
        b.lload(addr);
        if (off != 0) {
            b.loadConstant(off).ladd();
        }
        vHalf(n, 0);
        if (scale == 4) {
            vHalf(n, 1);
            storePair(true); // the pair's own check covers its two halves
        } else {
            storeAt(scale);
        }
    }

    /**
     * Before a store in parts at local ADDR of {@code size} bytes: nothing may be written unless
     * all of it can be. Within one page the first part's store finds the page writable or
     * stops before writing anything, and then so do the others; across pages the instruction
     * leaves for the interpreter, or (when it calls the accessors) probes all of it first.
     */
    private void crossingCheck(int size) {
        Label inPage = b.newLabel();
        b.lload(L_ADDR).l2i().loadConstant(0xFFF).iand().loadConstant(0x1000 - size).if_icmple(inPage);
        if (callSlowPath) {
            b.aload(L_CPU).lload(L_ADDR).loadConstant(size).invokevirtual(CD_CPU, "probeWrite", MTD_PROBE);
        } else {
            b.goto_(memExit());
        }
        b.labelBinding(inPage);
    }

    /**
     * With the address on the stack: the load of Vt (then written) or the store of it, of
     * 1 << scale bytes.
     */
    private void transfer(boolean load, int rt, int scale) {
        b.lstore(L_ADDR);
        if (load) {
            vLoad(L_ADDR, 0, scale, L_V1, L_V2);
            vSet(rt, L_V1, L_V2);
        } else {
            vStore(rt, L_ADDR, 0, scale);
        }
    }

    /** A single-register SIMD&FP load or store accepted by {@link #simdInline}. */
    void simdSingle(int i) {
        int size = i >>> 30;
        int opc = (i >>> 22) & 3;
        int scale = size == 0 && (opc & 2) != 0 ? 4 : size;
        boolean load = (opc & 1) != 0;
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        long imm9 = (i << 11) >> 23;
        int type = -1; // the imm9 forms: 0 unscaled, 1 post-index, 3 pre-index
        need(rn);
        if (((i >>> 24) & 1) != 0) {
            xs(rn);
            long off = (long) ((i >>> 10) & 0xFFF) << scale;
            if (off != 0) {
                b.loadConstant(off).ladd();
            }
        } else if (((i >>> 21) & 1) == 0) {
            type = (i >>> 10) & 3;
            xs(rn);
            if (type != 1 && imm9 != 0) {
                b.loadConstant(imm9).ladd();
            }
        } else {
            needZr((i >>> 16) & 31);
            xs(rn);
            xz((i >>> 16) & 31);
            extend((i >>> 13) & 7, ((i >>> 12) & 1) != 0 ? scale : 0);
            b.ladd();
        }
        transfer(load, rt, scale);
        simdWriteback(type, rn, imm9);
    }

    /** A SIMD&FP LDP/STP/LDNP/STNP accepted by {@link #simdInline}. */
    void simdPair(int i) {
        int scale = (i >>> 30) + 2;
        int type = (i >>> 23) & 3; // 0 no-allocate offset, 1 post-index, 2 offset, 3 pre-index
        boolean load = ((i >>> 22) & 1) != 0;
        long off = (long) ((i << 10) >> 25) << scale;
        long step = 1L << scale;
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        int rt2 = (i >>> 10) & 31;
        need(rn);
        xs(rn);
        if (type != 1 && off != 0) {
            b.loadConstant(off).ladd();
        }
        b.lstore(L_ADDR);
        if (load) {
            vLoad(L_ADDR, 0, scale, L_A, L_B);
            vLoad(L_ADDR, step, scale, L_R, L_S);
            vSet(rt, L_A, L_B);
            vSet(rt2, L_R, L_S);
        } else {
            crossingCheck(2 << scale);
            vStore(rt, L_ADDR, 0, scale);
            vStore(rt2, L_ADDR, step, scale);
        }
        simdWriteback(type, rn, off);
    }

    /** The base write-back of the SIMD&FP forms: post-index (type 1) adds {@code imm} to the address, pre-index (3) keeps it. */
    private void simdWriteback(int type, int rn, long imm) {
        baseWriteback(type == 1, type == 3, rn, imm);
    }

    /** Writes the base register of a post-indexed access (address + {@code imm}) or a pre-indexed one (the address). */
    private void baseWriteback(boolean post, boolean pre, int rn, long imm) {
        if (post) {
            b.lload(L_ADDR).loadConstant(imm).ladd();
            setSp(rn);
        } else if (pre) {
            b.lload(L_ADDR);
            setSp(rn);
        }
    }

    /** LDR (literal) W, X and LDRSW (literal). */
    void literal(int op, int i, long pc) {
        b.loadConstant(pc + ((long) ((i << 8) >> 13) << 2)).lstore(L_ADDR);
        load(op == Op.LDR_LIT_X ? 3 : 2);
        if (op == Op.LDRSW_LIT) {
            b.l2i().i2l();
        }
        setZr(i & 31);
    }

    /** STP, LDP, LDPSW in offset, post-index and pre-index forms. */
    void pair(int op, int i) {
        int rt = i & 31;
        int rn = (i >>> 5) & 31;
        int rt2 = (i >>> 10) & 31;
        int kindBase = op >= Op.LDPSW ? Op.LDPSW : op >= Op.LDP ? Op.LDP : Op.STP;
        int form = op - kindBase;
        int scale = (i >>> 30) == 2 ? 3 : 2;
        long imm = (long) ((i << 10) >> 25) << scale;
        need(rn);
        if (kindBase == Op.STP) {
            needZr(rt, rt2);
        }
        xs(rn);
        if (form != 1 && imm != 0) {
            b.loadConstant(imm).ladd();
        }
        b.lstore(L_ADDR);
        if (kindBase == Op.STP) {
            b.lload(L_ADDR);
            xz(rt);
            xz(rt2);
            storePair(scale == 3);
        } else {
            b.lload(L_ADDR);
            loadPair(scale == 3, L_V1, L_V2);
            if (kindBase == Op.LDPSW) {
                b.lload(L_V2).l2i().i2l();
            } else {
                b.lload(L_V2);
            }
            setZr(rt2);
            if (kindBase == Op.LDPSW) {
                b.lload(L_V1).l2i().i2l();
            } else {
                b.lload(L_V1);
            }
            setZr(rt);
        }
        baseWriteback(form == 1, form == 2, rn, imm);
    }

    /**
     * The SIMD&FP executor on the stack answered UNDEFINED: leave the block at the instruction,
     * which the runner then hands to the interpreter to report.
     */
    void undefinedExit(int index) {
        Label ok = b.newLabel();
        b.ifne(ok);
        stopForInterpreter(index);
        b.labelBinding(ok);
    }

    /**
     * Leaves the block before instruction {@code index} (the state before it committed) and
     * asks the runner to interpret that one instruction.
     */
    private void stopForInterpreter(int index) {
        retire(index);
        setPc(pcs[index]);
        b.aload(L_RUNNER).iconst_1().putfield(CD_RUNNER, "interpretNext", java.lang.constant.ConstantDescs.CD_boolean);
        b.aconst_null().areturn();
    }

    /**
     * After a translated store: if it wrote a page holding decoded instructions (the core
     * counted it in {@code codeWrites}), leave the block so the runner checks its code again.
     */
    void storeCheck(int index) {
        Label go = b.newLabel();
        b.aload(L_CPU).getfield(CD_CPU, "codeWrites", CD_long)
                .aload(L_RUNNER).getfield(CD_RUNNER, "codeWritesSeen", CD_long).lcmp();
        b.ifeq(go);
        unlinkedExit(pcs[index] + 4, index + 1);
        b.labelBinding(go);
    }

    // ---- branches ----

    static boolean isConditional(int op) {
        return op >= Op.B_COND && op <= Op.TBNZ;
    }

    /** Where the conditional branch {@code i} at {@code pc} goes when taken. */
    static long conditionalTarget(int op, int i, long pc) {
        return op == Op.TBZ || op == Op.TBNZ ? pc + ((long) ((i << 13) >> 18) << 2)
                : pc + ((long) ((i << 8) >> 13) << 2);
    }

    /**
     * The test of a conditional branch, set up by {@link #takenCondition}: {@link #jump} emits a
     * jump to {@code to} taken when the branch is taken ({@code whenTaken}) or when it is not.
     * A class rather than lambdas: each lambda's class is spun at its first use, in every
     * process that translates a block.
     */
    private final class ConditionalJump {
        private final int op;
        private final int i;
        /** For B.cond: test the pending compare's operands (see deferCompare), of width sf. */
        private final boolean direct;
        private final boolean sf;

        ConditionalJump(int op, int i, boolean direct, boolean sf) {
            this.op = op;
            this.i = i;
            this.direct = direct;
            this.sf = sf;
        }

        void jump(boolean whenTaken, Label to) {
            if (op == Op.B_COND) {
                int cond = i & 0xF;
                if (direct) {
                    compareAndJump(sf, whenTaken ? cond : cond ^ 1, to);
                } else {
                    condition(cond); // 1 when taken
                    jumpIfNonZero(whenTaken, to);
                }
                return;
            }
            xz(i & 31);
            if (op == Op.TBZ || op == Op.TBNZ) {
                int bit = (i >>> 31) << 5 | ((i >>> 19) & 0x1F);
                b.bipush(bit).lushr().l2i().iconst_1().iand(); // the tested bit
                jumpIfNonZero(whenTaken == (op == Op.TBNZ), to);
                return;
            }
            if (i >= 0) {
                b.l2i(); // CBZ/CBNZ Wt: the low word
            } else {
                b.lconst_0().lcmp();
            }
            jumpIfNonZero(whenTaken == (op == Op.CBNZ), to);
        }
    }

    /**
     * Loads what the conditional branch reads and returns the code that jumps on its outcome
     * (emitted after any state write-back, so it only reads locals). CBZ/CBNZ compare and jump
     * directly: a 0/1 value built with branches first made C1 emit both.
     */
    private ConditionalJump takenCondition(int op, int i) {
        if (op == Op.B_COND) {
            int cond = i & 0xF;
            if (pendingCompare >= 0 && comparesDirectly(cond, pendingCompare >= TEST_W)) {
                return new ConditionalJump(op, i, true, (pendingCompare & 1) != 0);
            }
            if (usesFlagsCondition(cond)) {
                needFlags();
            }
            return new ConditionalJump(op, i, false, false);
        }
        needZr(i & 31);
        return new ConditionalJump(op, i, false, false);
    }

    /**
     * Jumps to {@code to} if condition {@code cond} (one that {@link #comparesDirectly}) holds
     * for the pending compare FA - FB: EQ and NE compare for equality, HS/LO/HI/LS as unsigned
     * and GE/LT/GT/LE as signed numbers of the compare's width.
     */
    private void compareAndJump(boolean sf, int cond, Label to) {
        boolean unsigned = unsignedCondition(cond);
        if (sf) {
            b.lload(L_FA);
            if (unsigned) {
                b.loadConstant(Long.MIN_VALUE).lxor();
            }
            b.lload(L_FB);
            if (unsigned) {
                b.loadConstant(Long.MIN_VALUE).lxor();
            }
            b.lcmp();
            switch (cond) {
                case 0 -> b.ifeq(to);
                case 1 -> b.ifne(to);
                case 2, 10 -> b.ifge(to);
                case 3, 11 -> b.iflt(to);
                case 8, 12 -> b.ifgt(to);
                default -> b.ifle(to);
            }
        } else {
            b.lload(L_FA).l2i();
            if (unsigned) {
                b.loadConstant(Integer.MIN_VALUE).ixor();
            }
            b.lload(L_FB).l2i();
            if (unsigned) {
                b.loadConstant(Integer.MIN_VALUE).ixor();
            }
            switch (cond) {
                case 0 -> b.if_icmpeq(to);
                case 1 -> b.if_icmpne(to);
                case 2, 10 -> b.if_icmpge(to);
                case 3, 11 -> b.if_icmplt(to);
                case 8, 12 -> b.if_icmpgt(to);
                default -> b.if_icmple(to);
            }
        }
    }

    /** Pops an int and jumps to {@code to} if it is non-zero ({@code nonZero}) or if it is zero. */
    private void jumpIfNonZero(boolean nonZero, Label to) {
        if (nonZero) {
            b.ifne(to);
        } else {
            b.ifeq(to);
        }
    }

    /**
     * A conditional branch inside a block: the superblock goes on along the fall-through path,
     * or along the taken path if {@code followTaken}; when execution goes the other way, the
     * block commits its state and leaves, or runs again from its start if that is where the
     * other way leads (a loop closed by this branch); {@code retired} counts the branch,
     * {@code n} is the block's length.
     */
    void sideExit(int op, int i, long pc, boolean followTaken, int retired, int n) {
        ConditionalJump branch = takenCondition(op, i);
        Label stay = b.newLabel();
        branch.jump(followTaken, stay);
        long target = followTaken ? pc + 4 : conditionalTarget(op, i, pc);
        if (target == startPc) {
            writeBackAll();
            retire(retired);
            loopBack(n);
        } else {
            exitTo(target, retired);
        }
        b.labelBinding(stay);
    }

    /** A BL the block goes on through (to its target, the next instruction): X30 = the return address. */
    void followedCall(long pc) {
        b.loadConstant(pc + 4);
        setSp(30);
    }

    /** The block's last instruction, a branch; {@code n} = instructions in the block. */
    void branch(int op, int i, long pc, int n) {
        switch (op) {
            case Op.B -> {
                if (pc + ((i << 6) >> 4) == startPc) {
                    writeBackAll();
                    retire(n);
                    loopBack(n);
                } else {
                    exitTo(pc + ((i << 6) >> 4), n);
                }
            }
            case Op.BL -> {
                b.loadConstant(pc + 4);
                setSp(30);
                exitTo(pc + ((i << 6) >> 4), n);
            }
            case Op.BR, Op.RET -> {
                xz((i >>> 5) & 31);
                exitWithPcOnStack(n);
            }
            case Op.BLR -> { // the target is read before X30 is written
                xz((i >>> 5) & 31);
                b.lstore(L_V1);
                b.loadConstant(pc + 4);
                setSp(30);
                b.lload(L_V1);
                exitWithPcOnStack(n);
            }
            default -> {
                ConditionalJump branch = takenCondition(op, i);
                writeBackAll();
                retire(n);
                Label notTaken = b.newLabel();
                branch.jump(false, notTaken);
                long target = conditionalTarget(op, i, pc);
                if (target == startPc) {
                    loopBack(n);
                } else {
                    linkedReturn(target);
                }
                b.labelBinding(notTaken);
                linkedReturn(pc + 4);
            }
        }
    }

    /**
     * A taken branch back to the block's own start (state committed, iteration retired): runs
     * the block again inside this method while the next iteration fits the run's budget, so a
     * guest loop becomes a JVM loop HotSpot can compile as one.
     */
    private void loopBack(int n) {
        Label stop = b.newLabel();
        b.aload(L_CPU).getfield(CD_CPU, "retired", CD_long).loadConstant((long) n).ladd()
                .aload(L_RUNNER).getfield(CD_RUNNER, "end", CD_long).lcmp().ifgt(stop);
        // Nothing is cached at the head, and everything was written back: the emitter's view of
        // the registers stays as it is for the code after a side exit.
        b.goto_(head);
        b.labelBinding(stop);
        setPc(startPc);
        b.aconst_null().areturn();
    }
}
