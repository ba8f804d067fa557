package nova.difftest.gen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A guest program running many cases: assembly source plus the state blob it {@code .incbin}s.
 * A shared driver ({@code run_next}) loads case {@code case_index}'s initial state (SP at the
 * buffer middle, FPCR, FPSR=0, NZCV, V0-V31, X2-X30) and branches to the case, which loads X0/X1
 * itself from [SP], sets its base register and runs its lines; {@code case_N_end} saves X0 in
 * TPIDR_EL0 and enters {@code dump_common}, which stores the final state into the block, writes
 * the block to stdout, and moves on to the next case. Per-case code stays a few lines, so
 * batches assemble fast. A SIGILL handler resumes at the case's end with the SIGILL field set
 * (for SIGILL, SIGBUS and SIGSEGV: used by the decoder-fuzz and fault classes).
 */
public record Program(String source, byte[] blob, List<TestCase> cases, int repeat) {
    public static final String BLOB_NAME = "state.bin";
    /** Offset of the saved X0 from SP at case entry. */
    static final int X0_FROM_SP = StateLayout.X - StateLayout.BASE;

    public static Program of(List<TestCase> cases) {
        return of(cases, 1);
    }

    /**
     * With {@code repeat > 1} every case runs that many times in a row, each time from its
     * pristine initial state (a second copy of the blob), writing one record per run: code that
     * has become hot (translated blocks) must compute what the first, cold run computed.
     */
    public static Program of(List<TestCase> cases, int repeat) {
        StringBuilder s = new StringBuilder(cases.size() * 200 + 8192);
        String driver = DRIVER.replace("CASE_COUNT", Integer.toString(cases.size())).replace("REPEAT_COUNT",
                Integer.toString(repeat));
        if (repeat <= 1) driver = driver.replaceAll("(?s)// restore-begin.*?// restore-end\n", "");
        s.append(driver);
        ByteBuffer blob = ByteBuffer.allocate(cases.size() * StateLayout.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < cases.size(); i++) {
            TestCase c = cases.get(i);
            long off = (long) i * StateLayout.SIZE;
            blob.put(i * StateLayout.SIZE, InitialState.block(c.seed()));
            blob.putLong(i * StateLayout.SIZE + StateLayout.CASE_ID, i);
            s.append("case_").append(i).append(":\n    ldr x0, [sp, #").append(X0_FROM_SP).append("]\n    ldr x1, [sp, #")
                    .append(X0_FROM_SP + 8).append("]\n");
            if (c.base() >= 0) {
                String at = "blobs+" + (off + StateLayout.BASE);
                s.append("    adrp x").append(c.base()).append(", ").append(at).append('\n');
                s.append("    add x").append(c.base()).append(", x").append(c.base()).append(", :lo12:").append(at).append('\n');
            }
            s.append("case_").append(i).append("_body:\n");
            for (String line : c.insns()) s.append("    ").append(line).append('\n');
            s.append("case_").append(i).append("_end:\n    msr tpidr_el0, x0\n    b dump_common\n");
        }
        s.append("all_cases_end:\n    .section .rodata\n    .balign 8\ncase_table:\n");
        for (int i = 0; i < cases.size(); i++) s.append("    .quad case_").append(i).append(", case_").append(i).append("_end\n");
        s.append(DATA);
        if (repeat > 1) s.append("pristine:\n    .incbin \"state.bin\"\n");
        s.append(BSS);
        return new Program(s.toString(), blob.array(), List.copyOf(cases), repeat);
    }

    private static final String DRIVER = buildDriver();

    private static String buildDriver() {
        StringBuilder s = new StringBuilder();
        s.append("""
                    .arch armv8-a+crc+crypto
                    .text
                    .globl _start
                _start:
                    adrp x0, sigill_stack_t     // sigaltstack(&ss, NULL): the SIGILL frame must not land
                    add x0, x0, :lo12:sigill_stack_t // below the case's SP, which points into its block
                    mov x1, #0
                    mov x8, #132
                    svc #0
                    mov x0, #4                  // rt_sigaction(SIGILL/SIGBUS/SIGSEGV, &sigill_action, NULL, 8)
                    adrp x1, sigill_action
                    add x1, x1, :lo12:sigill_action
                    mov x2, #0
                    mov x3, #8
                    mov x8, #134
                    svc #0
                    mov x0, #7
                    mov x8, #134
                    svc #0
                    mov x0, #11
                    mov x8, #134
                    svc #0
                run_next:
                    adrp x9, case_index
                    ldr x10, [x9, :lo12:case_index]
                    mov x11, #CASE_COUNT
                    cmp x10, x11
                    b.hs all_done
                    adrp x11, case_table
                    add x11, x11, :lo12:case_table
                    add x11, x11, x10, lsl #4
                    ldp x1, x12, [x11]          // case entry, case end (SIGILL resume point)
                    adrp x13, sigill_resume
                    str x12, [x13, :lo12:sigill_resume]
                """);
        s.append("    mov x13, #").append(StateLayout.SIZE).append('\n');
        s.append("""
                    adrp x14, blobs
                    add x14, x14, :lo12:blobs
                    madd x0, x10, x13, x14
                    // restore-begin: copy the pristine state over the block (repeated runs)
                    adrp x15, pristine
                    add x15, x15, :lo12:pristine
                    madd x15, x10, x13, x15
                    mov x16, x0
                    mov x17, #STATE_CHUNKS
                copy_state:
                    ldp q0, q1, [x15], #32
                    ldp q2, q3, [x15], #32
                    stp q0, q1, [x16], #32
                    stp q2, q3, [x16], #32
                    subs x17, x17, #1
                    b.ne copy_state
                    // restore-end
                    adrp x13, cur_blob
                    str x0, [x13, :lo12:cur_blob]
                """);
        // Field offsets from R = block + 4096 fit the load/store-pair immediates.
        int r = 4096;
        s.append("    add x2, x0, #").append(StateLayout.BASE).append("\n    mov sp, x2\n");
        s.append("    add x0, x0, #").append(r).append('\n');
        s.append("    ldr x2, [x0, #").append(StateLayout.FPCR - r).append("]\n    msr fpcr, x2\n    msr fpsr, xzr\n");
        s.append("    ldr x2, [x0, #").append(StateLayout.NZCV - r).append("]\n    msr nzcv, x2\n");
        s.append("    add x2, x0, #").append(StateLayout.V - r).append('\n');
        for (int v = 0; v < 32; v += 2) s.append("    ldp q").append(v).append(", q").append(v + 1).append(", [x2], #32\n");
        for (int x = 2; x < 30; x += 2) {
            s.append("    ldp x").append(x).append(", x").append(x + 1).append(", [x0, #").append(StateLayout.X - r + 8 * x).append("]\n");
        }
        s.append("    ldr x30, [x0, #").append(StateLayout.X - r + 8 * 30).append("]\n");
        s.append("    br x1\n");
        s.append("dump_common:\n    adrp x0, cur_blob\n    ldr x0, [x0, :lo12:cur_blob]\n    add x0, x0, #").append(r).append('\n');
        s.append("    str x1, [x0, #").append(StateLayout.X - r + 8).append("]\n");
        for (int x = 2; x < 30; x += 2) {
            s.append("    stp x").append(x).append(", x").append(x + 1).append(", [x0, #").append(StateLayout.X - r + 8 * x).append("]\n");
        }
        s.append("    str x30, [x0, #").append(StateLayout.X - r + 8 * 30).append("]\n");
        s.append("    mrs x1, tpidr_el0\n    str x1, [x0, #").append(StateLayout.X - r).append("]\n");
        s.append("    mrs x1, nzcv\n    str x1, [x0, #").append(StateLayout.NZCV - r).append("]\n");
        s.append("    mrs x1, fpcr\n    str x1, [x0, #").append(StateLayout.FPCR - r).append("]\n");
        s.append("    mrs x1, fpsr\n    str x1, [x0, #").append(StateLayout.FPSR - r).append("]\n");
        s.append("    mov x1, sp\n    str x1, [x0, #").append(StateLayout.SP - r).append("]\n");
        s.append("    adrp x1, sigill_flag\n    ldr x2, [x1, :lo12:sigill_flag]\n    str xzr, [x1, :lo12:sigill_flag]\n");
        s.append("    str x2, [x0, #").append(StateLayout.SIGNAL - r).append("]\n");
        s.append("    add x1, x0, #").append(StateLayout.V - r).append('\n');
        for (int v = 0; v < 32; v += 2) s.append("    stp q").append(v).append(", q").append(v + 1).append(", [x1], #32\n");
        s.append("    sub x1, x0, #").append(r).append("\n    mov x0, #1\n    mov x2, #").append(StateLayout.SIZE)
                .append("\n    mov x8, #64\n    svc #0\n");
        s.append("""
                    adrp x9, rep_count
                    ldr x11, [x9, :lo12:rep_count]
                    add x11, x11, #1
                    mov x12, #REPEAT_COUNT
                    cmp x11, x12
                    b.hs next_case
                    str x11, [x9, :lo12:rep_count]
                    b run_next
                next_case:
                    str xzr, [x9, :lo12:rep_count]
                    adrp x9, case_index
                    ldr x10, [x9, :lo12:case_index]
                    add x10, x10, #1
                    str x10, [x9, :lo12:case_index]
                    b run_next
                all_done:
                    mov x0, #0
                    mov x8, #93
                    svc #0
                // A signal: resume at the case's end with sigill_flag = the signal number
                // (ucontext pc at offset 440); registers come back as they were at the fault.
                sigill_handler:
                    adrp x3, sigill_resume
                    ldr x3, [x3, :lo12:sigill_resume]
                    str x3, [x2, #440]
                    adrp x3, sigill_flag
                    str x0, [x3, :lo12:sigill_flag]
                    ret
                sigill_restorer:
                    mov x8, #139
                    svc #0
                """);
        return s.toString().replace("STATE_CHUNKS", Integer.toString(StateLayout.SIZE / 64));
    }

    private static final String DATA = """
                .data
                .balign 8
            sigill_action:
                .quad sigill_handler, 0x4c000004, sigill_restorer, 0   // SA_NODEFER|SA_ONSTACK|SA_RESTORER|SA_SIGINFO
            sigill_stack_t:
                .quad sigill_stack, 0, 65536
            case_index: .quad 0
            rep_count: .quad 0
            cur_blob: .quad 0
            sigill_resume: .quad 0
            sigill_flag: .quad 0
                .balign 64
            blobs:
                .incbin "state.bin"
            """;

    private static final String BSS = """
                .bss
                .balign 16
            sigill_stack:
                .skip 65536
            """;
}
