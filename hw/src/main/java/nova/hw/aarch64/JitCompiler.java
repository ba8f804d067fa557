package nova.hw.aarch64;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a basic block of the interpreter's decoded page into one method of a hidden class
 * ({@link JitBlock}). The block is a straight run of translatable instructions ending with the
 * first branch (included), before the first instruction it does not translate, at the page end
 * or after {@link JitRunner#MAX_BLOCK} instructions.
 *
 * <p>Each instruction becomes a call of the interpreter's own executor for its form with the
 * instruction word and operation number as constants, so the semantics are the interpreter's by
 * construction, while HotSpot inlines the executors into the block and folds the decoding away
 * (register numbers, immediates, shift kinds, condition codes). What the block adds around them:
 * the PC only where an instruction reads it, the retired count once per exit, a per-instruction
 * exception handler that leaves PC and the retired count at the faulting instruction, and after
 * each store the check that it did not write translated code.
 */
final class JitCompiler {
    private static final ClassDesc CD_CPU = desc("Cpu");
    private static final ClassDesc CD_RUNNER = desc("JitRunner");
    private static final ClassDesc CD_FAULT = desc("MemFault");
    private static final ClassDesc CD_RT = desc("JitRt");
    private static final ClassDesc CD_BLOCK = desc("JitBlock");
    private static final ClassDesc CD_DPI = desc("DataProcessingImm");
    private static final ClassDesc CD_DPR = desc("DataProcessingReg");
    private static final ClassDesc CD_LS = desc("LoadStore");
    private static final ClassDesc CD_LSP = desc("LoadStorePairExclusive");
    private static final ClassDesc CD_BR = desc("BranchSystem");
    private static final ClassDesc CD_GENERATED = desc("JitCode");

    private static final MethodTypeDesc MTD_EXEC = MethodTypeDesc.of(CD_long, CD_CPU, CD_RUNNER);
    private static final MethodTypeDesc MTD_C_I = MethodTypeDesc.of(CD_int, CD_CPU, CD_int);
    private static final MethodTypeDesc MTD_C_OP_I = MethodTypeDesc.of(CD_int, CD_CPU, CD_int, CD_int);
    private static final MethodTypeDesc MTD_STORE_ADDR = MethodTypeDesc.of(CD_long, CD_CPU, CD_int, CD_int);
    private static final MethodTypeDesc MTD_HITS = MethodTypeDesc.of(CD_boolean, CD_RUNNER, CD_long);

    private static final int UIMM = Op.LS + Op.FORM_UIMM * 8;
    private static final int UNSCALED = Op.LS + Op.FORM_UNSCALED * 8;
    private static final int POST = Op.LS + Op.FORM_POST * 8;
    private static final int PRE = Op.LS + Op.FORM_PRE * 8;
    private static final int REG = Op.LS + Op.FORM_REG * 8;

    // Locals of the generated exec(Cpu c, JitRunner r).
    private static final int L_CPU = 1;
    private static final int L_RUNNER = 2;
    private static final int L_ADDR = 3;
    private static final int L_RESULT = 5;

    private final ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(
                    ClassHierarchyResolver.ofClassLoading(JitCompiler.class.getClassLoader()))));
    private final MethodHandles.Lookup lookup = MethodHandles.lookup();

    private static ClassDesc desc(String simpleName) {
        return ClassDesc.of("nova.hw.aarch64." + simpleName);
    }

    /** An executor call: owner.name(Cpu, [op - bias,] insn) returning the run-loop status. */
    private record Call(ClassDesc owner, String name, boolean passOp, int bias) {}

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

    private static boolean isTranslatedStore(int op) {
        return (op >= Op.LS && op < Op.LS + 5 * 8 && ((op - Op.LS) & 7) == Op.KIND_ST)
                || (op >= Op.STP && op <= Op.STP + 2);
    }

    private static boolean mayFault(int op) {
        return (op >= Op.LDR_LIT_W && op <= Op.LDRSW_LIT) || (op >= Op.LS && op < Op.LS + 5 * 8)
                || (op >= Op.STP && op <= Op.LDPSW + 2);
    }

    private static boolean readsPc(int op) {
        return op == Op.ADR || op == Op.ADRP || (op >= Op.LDR_LIT_W && op <= Op.LDRSW_LIT);
    }

    /**
     * Translates the block starting at {@code slot} of the page, or returns null if the first
     * instruction is not translatable. Slots the interpreter has not decoded yet are decoded
     * (as its fetch would) so the block can later be checked against the page.
     */
    JitPage.Compiled compile(JitPage jp, int slot, long seq) {
        CodePage cp = jp.code;
        List<Integer> ops = new ArrayList<>();
        for (int s = slot; s < CodePage.SLOTS && ops.size() < JitRunner.MAX_BLOCK; s++) {
            int op = cp.op[s];
            if (op == 0) {
                op = cp.decode(s);
            }
            if (!noEffect(op) && executor(op) == null) {
                break;
            }
            ops.add(op);
            if (isBranch(op)) {
                break;
            }
        }
        if (ops.isEmpty()) {
            return null;
        }
        int n = ops.size();
        int[] words = new int[n];
        int[] opv = new int[n];
        for (int k = 0; k < n; k++) {
            words[k] = cp.insn[slot + k];
            opv[k] = ops.get(k);
        }
        long startPc = jp.vpn << 12 | (long) slot << 2;
        byte[] bytes = classFile.build(CD_GENERATED, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withInterfaceSymbols(CD_BLOCK);
            cb.withMethodBody(INIT_NAME, MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC,
                    b -> b.aload(0).invokespecial(CD_Object, INIT_NAME, MethodTypeDesc.of(CD_void)).return_());
            cb.withMethodBody("exec", MTD_EXEC, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> emitBlock(b, startPc, opv, words));
        });
        try {
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true);
            JitBlock block = (JitBlock) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class)).invoke();
            return new JitPage.Compiled(block, slot, words, seq);
        } catch (Throwable t) {
            // A translator bug must not take the guest down: the interpreter runs the block.
            return null;
        }
    }

    private static void emitBlock(CodeBuilder b, long startPc, int[] ops, int[] words) {
        int n = ops.length;
        Label[] handlers = new Label[n];
        for (int k = 0; k < n; k++) {
            int op = ops[k];
            int insn = words[k];
            long pc = startPc + 4L * k;
            if (noEffect(op)) {
                continue;
            }
            Call call = executor(op);
            if (isBranch(op)) {
                setPc(b, pc);
                invoke(b, call, op, insn);
                b.istore(L_RESULT);
                retire(b, k + 1);
                Label jump = b.newLabel();
                b.iload(L_RESULT);
                b.ifne(jump);
                b.loadConstant(pc + 4);
                b.lreturn();
                b.labelBinding(jump);
                b.aload(L_CPU);
                b.getfield(CD_CPU, "pc", CD_long);
                b.lreturn();
                emitHandlers(b, startPc, handlers);
                return; // a branch is always last
            }
            boolean store = isTranslatedStore(op);
            Label start = b.newLabel();
            Label end = b.newLabel();
            b.labelBinding(start);
            if (readsPc(op)) {
                setPc(b, pc);
            }
            if (store) {
                b.aload(L_CPU);
                b.loadConstant(op);
                b.loadConstant(insn);
                b.invokestatic(CD_RT, "storeAddress", MTD_STORE_ADDR);
                b.lstore(L_ADDR);
            }
            invoke(b, call, op, insn);
            b.pop();
            b.labelBinding(end);
            if (mayFault(op)) {
                handlers[k] = b.newLabel();
                b.exceptionCatch(start, end, handlers[k], CD_FAULT);
            }
            if (store) {
                Label go = b.newLabel();
                b.aload(L_RUNNER);
                b.lload(L_ADDR);
                b.invokestatic(CD_RT, "storeHitsCode", MTD_HITS);
                b.ifeq(go);
                retire(b, k + 1);
                b.loadConstant(pc + 4);
                b.lreturn();
                b.labelBinding(go);
            }
        }
        retire(b, n);
        b.loadConstant(startPc + 4L * n);
        b.lreturn();
        emitHandlers(b, startPc, handlers);
    }

    private static void emitHandlers(CodeBuilder b, long startPc, Label[] handlers) {
        for (int k = 0; k < handlers.length; k++) {
            if (handlers[k] == null) {
                continue;
            }
            b.labelBinding(handlers[k]);
            // Stack: the MemFault. Earlier instructions have retired; this one has not.
            setPc(b, startPc + 4L * k);
            retire(b, k);
            b.athrow();
        }
    }

    private static void invoke(CodeBuilder b, Call call, int op, int insn) {
        b.aload(L_CPU);
        if (call.passOp()) {
            b.loadConstant(op - call.bias());
        }
        b.loadConstant(insn);
        b.invokestatic(call.owner(), call.name(), call.passOp() ? MTD_C_OP_I : MTD_C_I);
    }

    private static void setPc(CodeBuilder b, long pc) {
        b.aload(L_CPU);
        b.loadConstant(pc);
        b.putfield(CD_CPU, "pc", CD_long);
    }

    private static void retire(CodeBuilder b, int count) {
        if (count == 0) {
            return;
        }
        b.aload(L_CPU);
        b.dup();
        b.getfield(CD_CPU, "retired", CD_long);
        b.loadConstant((long) count);
        b.ladd();
        b.putfield(CD_CPU, "retired", CD_long);
    }
}
