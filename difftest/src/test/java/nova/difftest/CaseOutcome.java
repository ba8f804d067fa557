package nova.difftest;

import java.util.List;
import nova.difftest.gen.TestCase;

/** What happened to one generated case. */
public sealed interface CaseOutcome {
    TestCase testCase();

    record Match(TestCase testCase) implements CaseOutcome {}

    /** Both ran the case; the listed fields differ. {@code initial} is the state block before. */
    record Mismatch(TestCase testCase, List<String> fields, byte[] initial, String disassembly) implements CaseOutcome {}

    /** Our core stopped the case (UNDEFINED, fault, runaway, exception) while qemu completed it. */
    record NovaFailed(TestCase testCase, String reason, byte[] initial, String disassembly) implements CaseOutcome {}

    /** The generator produced something the assembler or qemu refused: a generator bug. */
    record Rejected(TestCase testCase, String reason) implements CaseOutcome {}
}
