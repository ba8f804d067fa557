package nova.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nova.difftest.gen.CaseClass;
import nova.difftest.gen.Program;
import nova.difftest.gen.StateLayout;
import nova.difftest.gen.TestCase;
import org.junit.jupiter.api.Test;

/**
 * The differential harness itself: generation is deterministic, and a difference planted in
 * our run (one flipped initial-state bit) is reported as exactly that field, so a clean result
 * from the generated tests means the states really agreed.
 */
class HarnessSelfTest {
    @Test
    void generationIsDeterministicPerSeed() {
        for (CaseClass cls : CaseClass.values()) {
            long seed = cls.caseSeed(7, 3);
            assertEquals(cls.generate(seed), cls.generate(seed), cls.name());
            assertTrue(cls.generate(seed).insns().size() > 0, cls.name());
        }
    }

    @Test
    void plantedDifferenceIsReportedFieldByField() throws IOException {
        Toolchain.requireTools();
        TestCase c = new TestCase(CaseClass.INTEGER, 42, -1, List.of("add x3, x4, x5", "eor x6, x6, x6"));
        Program prog = Program.of(List.of(c, c));
        Path elf = Toolchain.buildAsm(prog.source(), prog.blob(), Program.BLOB_NAME);
        ElfImage image = ElfImage.read(elf);
        Toolchain.Result q = QemuRunner.run(elf, List.of(), 60);
        assertEquals(0, q.exitCode(), q.stderr());
        long blobs = image.symbol("blobs");
        // Flip bit 0 of the second case's initial X4 before our run: only x3 (= x4 + x5) and x4 may differ.
        NovaBareRunner.Outcome n = NovaBareRunner.runCases(image, 2, i -> false, mem -> {
            byte[] b = new byte[1];
            long at = blobs + StateLayout.SIZE + StateLayout.X + 8 * 4;
            mem.readBytes(at, b, 0, 1);
            b[0] ^= 1;
            mem.writeBytes(at, b, 0, 1);
        });
        assertEquals(2 * StateLayout.SIZE, n.stdout().length);
        assertTrue(StateDiff.diff(q.stdout(), 0, n.stdout(), 0).isEmpty(), "untouched case must match");
        List<String> d = StateDiff.diff(q.stdout(), StateLayout.SIZE, n.stdout(), StateLayout.SIZE);
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("x3:") && d.get(1).startsWith("x4:"), d.toString());
        assertFalse(d.toString().contains("x6"), d.toString());
    }

    @Test
    void repeatedRunsStartFromThePristineState() throws IOException {
        Toolchain.requireTools();
        // The case changes its own inputs (x3, memory): a rerun from a dirty block would differ.
        TestCase c = new TestCase(CaseClass.LOADSTORE, 5, 9, List.of("add x3, x3, #1", "str x3, [x9]", "ldr x4, [x9, #8]!"));
        Program prog = Program.of(List.of(c, c), 3);
        Path elf = Toolchain.buildAsm(prog.source(), prog.blob(), Program.BLOB_NAME);
        Toolchain.Result q = QemuRunner.run(elf, List.of(), 60);
        NovaBareRunner.Outcome n = NovaBareRunner.runCases(ElfImage.read(elf), 2, i -> false, mem -> {});
        assertEquals(6 * StateLayout.SIZE, q.stdout().length);
        assertEquals(6 * StateLayout.SIZE, n.stdout().length);
        for (int rec = 0; rec < 6; rec++) {
            int at = rec * StateLayout.SIZE;
            assertEquals(rec / 3, StateDiff.q(q.stdout(), at + StateLayout.CASE_ID), "record order");
            assertTrue(StateDiff.diff(q.stdout(), at, n.stdout(), at).isEmpty(), "record " + rec);
            assertTrue(StateDiff.diff(q.stdout(), (rec / 3) * 3 * StateLayout.SIZE, q.stdout(), at).isEmpty(),
                    "every run of a case ends in the same state");
        }
    }
}
