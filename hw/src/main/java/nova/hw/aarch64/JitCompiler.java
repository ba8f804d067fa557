package nova.hw.aarch64;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import nova.hw.aarch64.JitAssembler.Label;

/**
 * Translates a superblock of the interpreter's decoded page into one method of a hidden class
 * ({@link JitBlock}), written by {@link JitAssembler}: consecutive translatable instructions
 * from an entry slot, going on past conditional branches (along the side the interpreter saw
 * them take most; the other side leaves the block) and ending with the first other branch
 * (included), before the first instruction it does not translate, at the page end or after
 * {@link JitRunner#MAX_BLOCK} instructions.
 *
 * <p>{@link JitEmitter} emits the common integer forms, loads and stores, and the hot AdvSIMD
 * forms inline with the interpreter's semantics; the rest (most SIMD&FP, exclusives, system
 * registers, CRC32...) call the interpreter's own executor with the instruction word and
 * operation number as constants. Around them the block keeps registers and NZCV in locals,
 * skips NZCV computations nothing observes, and sets the PC and the retired count only at its
 * exits. A load or store whose inline case fails stops the block before it for the
 * interpreter; an instruction that calls (an executor, or an access that stopped often and now
 * calls the core's accessor) gets an exception handler that leaves the interpreter's state at
 * that instruction, and after a call that may store, a check that it did not write code. Each
 * exit to a constant address returns the block linked to it ({@link JitBlock#links}).
 */
final class JitCompiler {
    private static final ClassDesc CD_CPU = JitEmitter.CD_CPU;
    private static final ClassDesc CD_FAULT = JitEmitter.CD_FAULT;
    private static final ClassDesc CD_RUNNER = desc("JitRunner");
    private static final ClassDesc CD_BLOCK = desc("JitBlock");
    private static final ClassDesc CD_DPI = desc("DataProcessingImm");
    private static final ClassDesc CD_DPR = desc("DataProcessingReg");
    private static final ClassDesc CD_LS = desc("LoadStore");
    private static final ClassDesc CD_LSP = desc("LoadStorePairExclusive");
    private static final ClassDesc CD_BR = desc("BranchSystem");
    private static final ClassDesc CD_SIMD = desc("SimdFp");

    private static final MethodTypeDesc MTD_EXEC = MethodTypeDesc.of(CD_BLOCK, CD_CPU, CD_RUNNER);
    private static final MethodTypeDesc MTD_C_I = MethodTypeDesc.of(CD_int, CD_CPU, CD_int);
    private static final MethodTypeDesc MTD_C_I_Z = MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_boolean,
            CD_CPU, CD_int);
    private static final MethodTypeDesc MTD_C_OP_I = MethodTypeDesc.of(CD_int, CD_CPU, CD_int, CD_int);

    private static final int UIMM = Op.LS + Op.FORM_UIMM * 8;
    private static final int UNSCALED = Op.LS + Op.FORM_UNSCALED * 8;
    private static final int POST = Op.LS + Op.FORM_POST * 8;
    private static final int PRE = Op.LS + Op.FORM_PRE * 8;
    private static final int REG = Op.LS + Op.FORM_REG * 8;

    // Locals of the generated exec(Cpu c, JitRunner r).
    private static final int L_CPU = 1;

    private static final ClassDesc CD_COMPILER = desc("JitCompiler");
    /** Where a block class's static initializer leaves its instance (see {@link JitAssembler#blockClass}). */
    static JitBlock defined;
    /** The core whose arrays a block class's static initializer copies (see JitEmitter#CPU_ARRAYS). */
    static Cpu definingCpu;

    private final MethodHandles.Lookup lookup = MethodHandles.lookup();
    /** Blocks that could not be translated because of an internal error (tests assert none). */
    long failures;
    Throwable lastFailure;

    private static ClassDesc desc(String simpleName) {
        return ClassDesc.of("nova.hw.aarch64." + simpleName);
    }

    /**
     * An executor call: owner.name(Cpu, [op - bias,] insn) returning the run-loop status, or
     * (for the SIMD&FP entry points) a boolean, false meaning UNDEFINED.
     */
    record Call(ClassDesc owner, String name, boolean passOp, int bias, boolean bool) {
        Call(ClassDesc owner, String name, boolean passOp, int bias) {
            this(owner, name, passOp, bias, false);
        }
    }

    /** The executor for a translatable operation, or null if the block must end before it. */
    static Call executor(int op) {
        if (op >= Op.ADD_I && op <= Op.ADD_I + 3) {
            return new Call(CD_DPI, "addSub", true, 0);
        }
        if (op >= Op.AND_I && op <= Op.AND_I + 3) {
            return new Call(CD_DPI, "logical", true, 0);
        }
        if (op >= Op.LOG_SR && op <= Op.LOG_SR + 7) {
            return new Call(CD_DPR, "logical", true, 0);
        }
        if (op >= Op.ADDSUB_SR && op <= Op.ADDSUB_SR + 3) {
            return new Call(CD_DPR, "addSubShifted", true, 0);
        }
        if (op >= Op.ADDSUB_ER && op <= Op.ADDSUB_ER + 3) {
            return new Call(CD_DPR, "addSubExtended", true, 0);
        }
        if (op >= Op.ADC && op <= Op.ADC + 3) {
            return new Call(CD_DPR, "addSubCarry", true, 0);
        }
        if (op >= Op.CSEL && op <= Op.CSEL + 3) {
            return new Call(CD_DPR, "conditionalSelect", true, 0);
        }
        if (op >= Op.LS && op < Op.LS + 5 * 8) {
            int form = (op - Op.LS) >>> 3;
            int kind = (op - Op.LS) & 7;
            if (kind > Op.KIND_LDS32) {
                return null; // prefetches are handled as no-ops by the caller
            }
            return switch (form) {
                case Op.FORM_UIMM -> new Call(CD_LS, "unsignedOffset", true, UIMM);
                case Op.FORM_UNSCALED -> new Call(CD_LS, "unscaled", true, UNSCALED);
                case Op.FORM_POST -> new Call(CD_LS, "postIndex", true, POST);
                case Op.FORM_PRE -> new Call(CD_LS, "preIndex", true, PRE);
                default -> new Call(CD_LS, "registerOffset", true, REG);
            };
        }
        if (op >= Op.STP && op <= Op.LDPSW + 2) {
            return new Call(CD_LSP, "pair", true, 0);
        }
        return switch (op) {
            case Op.ADR, Op.ADRP -> new Call(CD_DPI, "pcRelative", true, 0);
            case Op.MOVN, Op.MOVZ, Op.MOVK -> new Call(CD_DPI, "moveWide", true, 0);
            case Op.SBFM, Op.BFM, Op.UBFM -> new Call(CD_DPI, "bitfield", true, 0);
            case Op.EXTR -> new Call(CD_DPI, "extract", false, 0);
            case Op.CCMN_R, Op.CCMP_R, Op.CCMN_I, Op.CCMP_I -> new Call(CD_DPR, "conditionalCompare", true, 0);
            case Op.UDIV, Op.SDIV -> new Call(CD_DPR, "divide", true, 0);
            case Op.LSLV, Op.LSRV, Op.ASRV, Op.RORV -> new Call(CD_DPR, "shiftVariable", true, 0);
            case Op.CRC32 -> new Call(CD_DPR, "crc32", false, 0);
            case Op.RBIT, Op.REV16, Op.REV32, Op.REV, Op.CLZ, Op.CLS -> new Call(CD_DPR, "oneSource", true, 0);
            case Op.MADD, Op.MSUB, Op.SMADDL, Op.SMSUBL, Op.UMADDL, Op.UMSUBL, Op.SMULH, Op.UMULH ->
                    new Call(CD_DPR, "multiply", true, 0);
            case Op.LDR_LIT_W, Op.LDR_LIT_X, Op.LDRSW_LIT -> new Call(CD_LS, "literal", true, 0);
            case Op.B -> new Call(CD_BR, "b", false, 0);
            case Op.BL -> new Call(CD_BR, "bl", false, 0);
            case Op.B_COND -> new Call(CD_BR, "bCond", false, 0);
            case Op.CBZ, Op.CBNZ -> new Call(CD_BR, "compareBranch", true, 0);
            case Op.TBZ, Op.TBNZ -> new Call(CD_BR, "testBranch", true, 0);
            case Op.BR, Op.RET -> new Call(CD_BR, "branchRegister", false, 0);
            case Op.BLR -> new Call(CD_BR, "blr", false, 0);
            case Op.SIMD -> new Call(CD_SIMD, "execute", false, 0, true);
            case Op.SIMD_LS -> new Call(CD_SIMD, "loadStore", false, 0, true);
            case Op.LDXR -> new Call(CD_LSP, "loadExclusive", false, 0);
            case Op.STXR -> new Call(CD_LSP, "storeExclusive", false, 0);
            case Op.LDXP -> new Call(CD_LSP, "loadExclusivePair", false, 0);
            case Op.STXP -> new Call(CD_LSP, "storeExclusivePair", false, 0);
            case Op.LDAR -> new Call(CD_LSP, "loadAcquire", false, 0);
            case Op.STLR -> new Call(CD_LSP, "storeRelease", false, 0);
            case Op.DC_ZVA -> new Call(CD_BR, "dcZva", false, 0);
            case Op.CACHE_MAINT -> new Call(CD_BR, "cacheMaintenance", false, 0);
            // Every system register the decoder admits except CNTVCT_EL0, which reads the
            // retired count the block only settles at its exits.
            case Op.MRS_NZCV, Op.MRS_FPCR, Op.MRS_FPSR, Op.MRS_TPIDR, Op.MRS_TPIDRRO, Op.MRS_CONST,
                 Op.MSR_NZCV, Op.MSR_FPCR, Op.MSR_FPSR, Op.MSR_TPIDR -> new Call(CD_BR, "systemRegister", true, 0);
            default -> null;
        };
    }

    /** Hints and prefetches: retire with no effect. */
    static boolean noEffect(int op) {
        return op == Op.NOP || op == Op.PRFM_LIT || (op >= Op.LS && op < Op.LS + 5 * 8
                && ((op - Op.LS) & 7) == Op.KIND_PRFM);
    }

    static boolean isBranch(int op) {
        return op >= Op.B && op <= Op.RET;
    }

    /** Where the interpreter's cold blocks end: any branch, and the exception generators. */
    static boolean endsBlock(int op) {
        return op >= Op.B && op <= Op.BRK;
    }

    /** Operations that may write memory (and so code). */
    static boolean mayStore(int op) {
        if (op >= Op.LS && op < Op.LS + 5 * 8) {
            return ((op - Op.LS) & 7) == Op.KIND_ST;
        }
        return (op >= Op.STP && op <= Op.STP + 2) || op == Op.STXR || op == Op.STXP || op == Op.STLR
                || op == Op.DC_ZVA || op == Op.SIMD_LS;
    }

    /** True if the SIMD&FP load/store word {@code i} writes memory (its L bit is clear). */
    private static boolean simdStores(int i) {
        if (((i >>> 27) & 7) == 0b111) {
            return ((i >>> 22) & 1) == 0; // single register: opc<0> is the load bit
        }
        if (((i >>> 27) & 7) == 0b101 || ((i >>> 25) & 0x1F) == 0b00110) {
            return ((i >>> 22) & 1) == 0; // pairs and structures
        }
        return false; // literal loads
    }

    static boolean mayFault(int op) {
        return (op >= Op.LDR_LIT_W && op <= Op.LDRSW_LIT) || (op >= Op.LS && op < Op.LS + 5 * 8)
                || (op >= Op.STP && op <= Op.STLR) || op == Op.SIMD_LS || op == Op.DC_ZVA
                || op == Op.CACHE_MAINT;
    }

    private static boolean readsPc(int op) {
        return op == Op.ADR || op == Op.ADRP || (op >= Op.LDR_LIT_W && op <= Op.LDRSW_LIT);
    }

    /** Operations that set NZCV (and do not need the old value, except where {@link #readsFlags}). */
    private static boolean writesFlags(int op) {
        return op == Op.ADD_I + 1 || op == Op.ADD_I + 3 || op == Op.AND_I + 3 || op == Op.LOG_SR + 6
                || op == Op.LOG_SR + 7 || op == Op.ADDSUB_SR + 1 || op == Op.ADDSUB_SR + 3
                || op == Op.ADDSUB_ER + 1 || op == Op.ADDSUB_ER + 3 || op == Op.ADC + 1 || op == Op.ADC + 3
                || (op >= Op.CCMN_R && op <= Op.CCMP_I);
    }

    private static boolean readsFlags(int op) {
        return op == Op.B_COND || (op >= Op.CSEL && op <= Op.CSEL + 3) || (op >= Op.CCMN_R && op <= Op.CCMP_I)
                || (op >= Op.ADC && op <= Op.ADC + 3);
    }

    /** Instructions emitted inline by {@link JitEmitter}; the others call their executor. */
    private static boolean inline(int op, int i) {
        return inline(op) || (op == Op.SIMD_LS && JitEmitter.simdInline(i)) || (op == Op.SIMD && JitSimd.inline(i));
    }

    private static boolean inline(int op) {
        return (op >= Op.ADR && op <= Op.EXTR) || isBranch(op)
                || (op >= Op.LOG_SR && op <= Op.CSEL + 3) || (op >= Op.LSLV && op <= Op.RORV)
                || (op >= Op.MADD && op <= Op.UMULH) || (op >= Op.LDR_LIT_W && op <= Op.LDRSW_LIT)
                || op == Op.UDIV || op == Op.SDIV || (op >= Op.RBIT && op <= Op.CLS)
                || (op >= Op.LS && op < Op.LS + 5 * 8) || (op >= Op.STP && op <= Op.LDPSW + 2);
    }

    /**
     * Translates the block starting at {@code slot} of the page for {@code cpu} (the block runs
     * on that core only: its class holds the core's arrays), or returns null if the first
     * instruction is not translatable. Slots the interpreter has not decoded yet are decoded
     * (as its fetch would) so the block can later be checked against the page.
     *
     * <p>The block follows the path execution mostly takes: past a conditional branch along its
     * fall-through, or along its target when the interpreter saw it taken clearly more often
     * ({@link #MOSTLY_TAKEN}; the other side leaves), and through B and BL to a constant target
     * on the same page not yet in the block (a BL just sets X30), so a call to a small function
     * or a jump over an else-branch costs no exit. It ends at any other branch.
     */
    JitBlock compile(Cpu cpu, JitPage jp, int slot, long gen) {
        for (int max = JitRunner.MAX_BLOCK; ; max /= 2) {
            CodePage cp = jp.code;
            List<Integer> ops = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            // Conditional branches the block goes on through along their taken side (see takenSlot).
            java.util.BitSet followTaken = new java.util.BitSet();
            gather(jp, slot, max, ops, slots, followTaken);
            if (ops.isEmpty()) {
                return null;
            }
            int n = ops.size();
            int[] words = new int[n];
            int[] opv = new int[n];
            int[] slotv = new int[n];
            long[] pcs = new long[n];
            for (int k = 0; k < n; k++) {
                slotv[k] = slots.get(k);
                words[k] = cp.insn[slotv[k]];
                opv[k] = ops.get(k);
                pcs[k] = jp.vpn << 12 | (long) slotv[k] << 2;
            }
            List<Long> targets = new ArrayList<>();
            try {
                JitAssembler code = new JitAssembler();
                boolean[] calls = new boolean[n];
                for (int k = 0; k < n; k++) {
                    calls[k] = jp.callsAccessor[slotv[k]];
                }
                emitBlock(code, pcs, opv, words, followTaken, calls, targets);
                if (code.codeLength() > HUGE_METHOD && n > 1) {
                    continue; // HotSpot would never compile it: fewer instructions
                }
                JitBlock block = define(cpu, code.blockClass(JitEmitter.CD_CODE, CD_BLOCK, "exec", MTD_EXEC,
                        CD_COMPILER, "defined", "definingCpu", CD_CPU, JitEmitter.CPU_ARRAYS));
                long[] exits = new long[targets.size()];
                for (int k = 0; k < exits.length; k++) {
                    exits[k] = targets.get(k);
                }
                block.bind(jp, slotv, words, exits, gen);
                return block;
            } catch (Throwable t) {
                // A translator bug must not take the guest down: the interpreter runs the block.
                failures++;
                lastFailure = t;
                return null;
            }
        }
    }

    /** Defines a block class for {@code cpu} and returns the instance its initializer made. */
    private JitBlock define(Cpu cpu, byte[] bytes) throws IllegalAccessException {
        synchronized (JitCompiler.class) { // translators of other cores use the same hand-over fields
            definingCpu = cpu;
            try {
                // Initializes the class: its <clinit> copies the core's arrays from definingCpu
                // and stores an instance in defined.
                lookup.defineHiddenClass(bytes, true);
                return defined;
            } finally {
                defined = null;
                definingCpu = null;
            }
        }
    }

    /**
     * HotSpot's limit (HugeMethodLimit): it never compiles a method with more bytes of code, so
     * a block over it would run in the JVM's interpreter for good; it is translated again with
     * half as many instructions.
     */
    static final int HUGE_METHOD = 8000;

    /** The instructions of the block from {@code slot}, at most {@code max} (see {@link #compile}). */
    private static void gather(JitPage jp, int slot, int max, List<Integer> ops, List<Integer> slots,
            java.util.BitSet followTaken) {
        CodePage cp = jp.code;
        int s = slot;
        while (s < CodePage.SLOTS && ops.size() < max) {
            int op = cp.op[s];
            if (op == 0) {
                op = cp.decode(s);
            }
            if (!noEffect(op) && executor(op) == null) {
                break;
            }
            ops.add(op);
            slots.add(s);
            if (isBranch(op) && !JitEmitter.isConditional(op)) {
                int next = followedSlot(op, cp.insn[s], s, slots);
                if (next < 0 || ops.size() >= max) {
                    break;
                }
                s = next;
                continue;
            }
            if (JitEmitter.isConditional(op) && jp.takenBias[s] >= MOSTLY_TAKEN) {
                int next = takenSlot(op, cp.insn[s], s, slot, slots);
                if (next >= 0) {
                    followTaken.set(ops.size() - 1);
                    s = next;
                    continue;
                }
            }
            s++;
        }
    }

    /**
     * How much more often the interpreter saw a conditional branch taken than not before the
     * block goes on along its taken side ({@link JitPage#takenBias}); the other side becomes the
     * side exit. Superblocks follow the path execution mostly takes, so fewer runs leave early.
     */
    static final int MOSTLY_TAKEN = 8;

    /**
     * The slot the taken side of the conditional branch at {@code slot} goes to, if a block
     * starting at {@code start} may go on there: on this page, not the block's start (a loop the
     * block closes itself) and not already in the block; otherwise -1.
     */
    private static int takenSlot(int op, int insn, int slot, int start, List<Integer> slots) {
        long target = JitEmitter.conditionalTarget(op, insn, (long) slot << 2);
        if (target < 0 || target >= CodePage.SLOTS * 4L) {
            return -1;
        }
        int t = (int) (target >>> 2);
        return t == start || slots.contains(t) ? -1 : t;
    }

    /**
     * The slot a B or BL at {@code slot} lets the block go on at: its target, if that is on
     * this page, not the block's start (a loop, which the block closes itself) and not already
     * in the block; otherwise -1 (the block ends with the branch).
     */
    private static int followedSlot(int op, int insn, int slot, List<Integer> slots) {
        if (op != Op.B && op != Op.BL) {
            return -1;
        }
        long target = ((long) slot << 2) + ((long) ((insn << 6) >> 4));
        if (target < 0 || target >= CodePage.SLOTS * 4L) {
            return -1;
        }
        int t = (int) (target >>> 2);
        return slots.contains(t) ? -1 : t;
    }

    /**
     * Whether the flags of the compare at {@code k} are only needed, on the block's way on, by
     * the conditional branch right after it, on a condition it can test on the operands: then
     * NZCV is computed only where the block leaves or something else reads it (see
     * JitEmitter#deferCompare).
     */
    private static boolean deferFlags(int[] ops, int[] words, int k, boolean test) {
        return k + 1 < ops.length && ops[k + 1] == Op.B_COND
                && JitEmitter.comparesDirectly(words[k + 1] & 0xF, test);
    }

    /** Which flag results are observed: by a later reader, a possible fault, a call, or an exit. */
    private static boolean[] liveFlags(int[] ops, int[] words) {
        boolean[] live = new boolean[ops.length];
        boolean needed = true;
        for (int k = ops.length - 1; k >= 0; k--) {
            int op = ops[k];
            boolean writes = writesFlags(op);
            if (writes) {
                live[k] = needed;
            }
            if (readsFlags(op) || mayFault(op) || isBranch(op) || !(inline(op, words[k]) || noEffect(op))) {
                needed = true;
            } else if (writes) {
                needed = false;
            }
        }
        return live;
    }

    private static void emitBlock(JitAssembler b, long[] pcs, int[] ops, int[] words, java.util.BitSet followTaken,
            boolean[] callsAccessor, List<Long> targets) {
        int n = ops.length;
        JitEmitter e = new JitEmitter(b, pcs, targets);
        boolean[] live = liveFlags(ops, words);
        List<Handler> handlers = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int op = ops[k];
            int i = words[k];
            long pc = pcs[k];
            if (noEffect(op)) {
                continue;
            }
            if (isBranch(op) && k < n - 1) {
                if (JitEmitter.isConditional(op)) {
                    e.sideExit(op, i, pc, followTaken.get(k), k + 1, n);
                } else if (op == Op.BL) {
                    e.followedCall(pc); // a followed B needs nothing: the next instruction is its target
                }
                continue;
            }
            if (isBranch(op)) {
                e.branch(op, i, pc, k + 1);
                emitHandlers(e, handlers);
                return; // a branch is always last
            }
            if (!inline(op, i)) {
                Call call = executor(op);
                e.beforeCall();
                // Executors read the PC themselves (PC-relative literal loads): give them this instruction's.
                e.setPcFor(k);
                boolean store = op == Op.SIMD_LS ? simdStores(i)
                        : op == Op.STXR || op == Op.STXP || op == Op.STLR || op == Op.DC_ZVA;
                Label start = b.newLabel();
                Label end = b.newLabel();
                b.labelBinding(start);
                invoke(b, call, op, i);
                b.labelBinding(end);
                if (mayFault(op)) {
                    Label handler = b.newLabel();
                    b.exceptionCatch(start, end, handler, CD_FAULT);
                    JitEmitter.Dirty clean = e.snapshot();
                    handlers.add(new Handler(handler, clean, k));
                }
                if (call.bool()) {
                    e.undefinedExit(k);
                } else {
                    b.pop();
                }
                e.afterCall();
                if (store) {
                    e.storeCheck(k);
                }
                continue;
            }
            if (mayFault(op)) {
                // An inline memory instruction: where its inline case fails it leaves for the
                // interpreter, or, where that happened often, calls the core's accessor (which
                // may fault: a handler, and the check for a store into code).
                boolean calls = callsAccessor[k];
                JitEmitter.Dirty before = e.beginMemory(k, calls);
                Label start = b.newLabel();
                Label end = b.newLabel();
                b.labelBinding(start);
                if (op == Op.SIMD_LS) {
                    switch ((i >>> 28) & 3) {
                        case 2 -> e.simdPair(i);
                        case 0 -> e.simdStructure(i);
                        default -> e.simdSingle(i);
                    }
                } else if (op >= Op.STP) {
                    e.pair(op, i);
                } else if (op >= Op.LS) {
                    e.single((op - Op.LS) >>> 3, (op - Op.LS) & 7, i);
                } else {
                    e.literal(op, i, pc);
                }
                b.labelBinding(end);
                if (calls) {
                    Label handler = b.newLabel();
                    b.exceptionCatch(start, end, handler, CD_FAULT);
                    handlers.add(new Handler(handler, before, k));
                    if (op == Op.SIMD_LS ? simdStores(i) : mayStore(op)) {
                        e.storeCheck(k);
                    }
                }
                continue;
            }
            switch (op) {
                case Op.SIMD -> JitSimd.emit(e, b, i);
                case Op.ADR, Op.ADRP -> e.pcRelative(op, i, pc);
                case Op.MOVN, Op.MOVZ, Op.MOVK -> e.moveWide(op, i);
                case Op.SBFM, Op.BFM, Op.UBFM -> e.bitfield(op, i);
                case Op.EXTR -> e.extract(i);
                case Op.LSLV, Op.LSRV, Op.ASRV, Op.RORV -> e.shiftVariable(op, i);
                case Op.UDIV, Op.SDIV -> e.divide(op, i);
                case Op.RBIT, Op.REV16, Op.REV32, Op.REV, Op.CLZ, Op.CLS -> e.oneSource(op, i);
                case Op.CCMN_R, Op.CCMP_R, Op.CCMN_I, Op.CCMP_I -> e.conditionalCompare(op, i);
                default -> {
                    if (op <= Op.ADD_I + 3) {
                        e.addSubImm(op, i, live[k], deferFlags(ops, words, k, false));
                    } else if (op <= Op.AND_I + 3) {
                        e.logicalImm(op, i, live[k], deferFlags(ops, words, k, true));
                    } else if (op <= Op.LOG_SR + 7) {
                        e.logicalReg(op, i, live[k], deferFlags(ops, words, k, true));
                    } else if (op <= Op.ADDSUB_SR + 3) {
                        e.addSubReg(op - Op.ADDSUB_SR, i, false, false, live[k], deferFlags(ops, words, k, false));
                    } else if (op <= Op.ADDSUB_ER + 3) {
                        e.addSubReg(op - Op.ADDSUB_ER, i, true, false, live[k], deferFlags(ops, words, k, false));
                    } else if (op <= Op.ADC + 3) {
                        e.addSubReg(op - Op.ADC, i, false, true, live[k], false);
                    } else if (op <= Op.CSEL + 3) {
                        e.conditionalSelect(op, i);
                    } else {
                        e.multiply(op, i);
                    }
                }
            }
        }
        e.exitTo(pcs[n - 1] + 4, n);
        emitHandlers(e, handlers);
    }

    /**
     * The fault handler of the instruction at {@code index}, emitted after the block's code: it
     * commits {@code state} (what was dirty before the instruction). A record, not a lambda:
     * a lambda's class is spun at its first use, in every process.
     */
    private record Handler(Label label, JitEmitter.Dirty state, int index) {}

    /** The fault handlers of the executor calls, and the memory instructions' exits, after the block's code. */
    private static void emitHandlers(JitEmitter e, List<Handler> handlers) {
        for (Handler h : handlers) {
            e.emitHandler(h.label(), h.state(), h.index());
        }
        e.emitMemoryExits();
    }

    private static void invoke(JitAssembler b, Call call, int op, int insn) {
        b.aload(L_CPU);
        if (call.passOp()) {
            b.loadConstant(op - call.bias());
        }
        b.loadConstant(insn);
        b.invokestatic(call.owner(), call.name(), call.bool() ? MTD_C_I_Z : call.passOp() ? MTD_C_OP_I : MTD_C_I);
    }
}
