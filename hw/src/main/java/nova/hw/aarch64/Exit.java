package nova.hw.aarch64;

/**
 * Why {@link Cpu#run} returned: what the architecture routes to the software above the core
 * (the shape of KVM's run loop). Allocated only when a run ends, never per instruction.
 */
public sealed interface Exit {
    /** {@code svc #imm} at EL0; {@code pc} is the preferred return address (after the svc). */
    record Svc(int imm, long pc) implements Exit {}

    /** {@code brk #imm}; {@code pc} points at the brk. */
    record Brk(int imm, long pc) implements Exit {}

    /** An UNDEFINED (unallocated or unimplemented) encoding at {@code pc}. */
    record Undefined(long pc, int insn) implements Exit {}

    /** A translation or permission fault on a data access or instruction fetch. */
    record MemoryFault(long pc, long address, Access access) implements Exit {}

    /** SP or PC alignment fault (PC not 4-byte aligned, SP misaligned when checked). */
    record AlignmentFault(long pc, long address) implements Exit {}

    /** The instruction budget given to {@code run} was used up; resume by calling run again. */
    record BudgetExhausted() implements Exit {}

    /** {@code wfi}/{@code wfe} reached (at EL0 these complete; reported only where trapped). */
    record WaitForInterrupt(long pc) implements Exit {}

    /** The kind of memory access that faulted. */
    enum Access { READ, WRITE, EXECUTE }
}
