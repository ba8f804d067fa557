package nova.hw.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import org.junit.jupiter.api.Test;

/**
 * The block class writer's limits: what it cannot express it refuses with an exception (the
 * translator then leaves the block to the interpreter) instead of writing a class the JVM would
 * misread. What it writes is exercised by every translator test, and verified by the JVM.
 */
class JitAssemblerTest {
    private static final ClassDesc CD_BLOCK = ClassDesc.of("nova.hw.aarch64.JitBlock");
    private static final MethodTypeDesc EXEC = MethodTypeDesc.of(CD_BLOCK,
            ClassDesc.of("nova.hw.aarch64.Cpu"), ClassDesc.of("nova.hw.aarch64.JitRunner"));

    private static byte[] classOf(JitAssembler a) {
        return a.blockClass(ClassDesc.of("nova.hw.aarch64.JitCode"), CD_BLOCK, "exec", EXEC,
                ClassDesc.of("nova.hw.aarch64.JitCompiler"), "defined", "definingCpu",
                ClassDesc.of("nova.hw.aarch64.Cpu"), JitEmitter.CPU_ARRAYS);
    }

    @Test
    void aBranchBeyondSixteenBits_isRefused() {
        JitAssembler a = new JitAssembler();
        JitAssembler.Label far = a.newLabel();
        a.goto_(far);
        for (int k = 0; k < 40_000; k++) {
            a.lconst_0().pop2();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.labelBinding(far));
        assertEquals("branch offset 80003 beyond 16 bits", e.getMessage());
    }

    @Test
    void anExceptionRangeWithAnUnboundLabel_isRefused() {
        JitAssembler a = new JitAssembler();
        JitAssembler.Label start = a.newLabel();
        JitAssembler.Label end = a.newLabel();
        JitAssembler.Label handler = a.newLabel();
        a.labelBinding(start).aconst_null().areturn();
        a.exceptionCatch(start, end, handler, ClassDesc.of("nova.hw.aarch64.MemFault"));
        assertThrows(IllegalStateException.class, () -> classOf(a));
    }

    @Test
    void aLabelBoundTwice_isRefused() {
        JitAssembler a = new JitAssembler();
        JitAssembler.Label l = a.newLabel();
        a.labelBinding(l);
        assertThrows(IllegalStateException.class, () -> a.labelBinding(l));
    }

    @Test
    void constantsUseTheShortestForm() {
        JitAssembler a = new JitAssembler();
        a.loadConstant(5).loadConstant(100).loadConstant(1000).loadConstant(100_000).loadConstant(1L)
                .loadConstant(7L).pop2().pop2().pop().pop().pop().pop().aconst_null().areturn();
        byte[] bytes = classOf(a);
        // iconst_5, bipush 100, sipush 1000, then ldc for 100,000 (an Integer constant).
        assertTrue(containsCode(bytes, new byte[] {0x08, 0x10, 100, 0x11, 0x03, (byte) 0xE8, 0x12}));
    }

    private static boolean containsCode(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
