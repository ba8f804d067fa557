/**
 * The A64 processing element (ARMv8.0-A, the features of a Cortex-A57).
 *
 * <p>Shape: {@link nova.hw.aarch64.Cpu#run} fetches through a per-page decode cache
 * ({@code CodePage}: raw word plus an operation number from {@code Decoder}), dispatches with one
 * flat switch into small per-form methods ({@code DataProcessingImm}, {@code DataProcessingReg},
 * {@code BranchSystem}, {@code LoadStore}, {@code LoadStorePairExclusive}; scalar FP and
 * Advanced SIMD through {@code SimdFp}), and returns an {@link nova.hw.aarch64.Exit} for whatever
 * the software above must handle. Data accesses go through a direct-mapped software TLB in front
 * of the translation step (the identity at EL0 today; EL1 stage 1 and EL2 stage 2 slot in there)
 * and of the guest page table. Pages holding decoded code never enter the write TLB, so every
 * store to them forgets the decoded slots it overlaps. Faults are one preallocated stackless
 * exception per core; nothing is allocated per instruction.
 */
package nova.hw.aarch64;
