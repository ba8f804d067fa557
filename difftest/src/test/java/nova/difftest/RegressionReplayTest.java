package nova.difftest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nova.difftest.gen.RegressionFile;
import nova.difftest.gen.TestCase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every mismatch the generated tests found is kept in {@code regressions/*.case} and replayed
 * against qemu on every run (all files in one program, one dynamic test per file). Files are
 * listed in {@code regressions/index.txt}; a line {@code NAME pending REASON} marks a file
 * whose instructions are not implemented yet (skipped with the reason, like {@code @Disabled}).
 */
class RegressionReplayTest {
    record Entry(String name, String pending, List<TestCase> cases) {}

    static List<Entry> index() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream idx = RegressionReplayTest.class.getResourceAsStream("/regressions/index.txt")) {
            if (idx == null) throw new IOException("regressions/index.txt missing from test resources");
            for (String line : new String(idx.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+", 3);
                String pending = f.length >= 2 && f[1].equals("pending") ? (f.length == 3 ? f[2] : "pending") : null;
                try (InputStream in = RegressionReplayTest.class.getResourceAsStream("/regressions/" + f[0])) {
                    if (in == null) throw new IOException("regressions/" + f[0] + " listed in index.txt but missing");
                    entries.add(new Entry(f[0], pending,
                            RegressionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), f[0])));
                }
            }
        }
        return entries;
    }

    @TestFactory
    Stream<DynamicTest> keptMismatchesMatchQemu() throws IOException {
        List<Entry> entries = index();
        Map<TestCase, CaseOutcome> outcomes = new LinkedHashMap<>();
        boolean[] ran = {false};
        return entries.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            if (e.pending() != null) Assumptions.abort("pending: " + e.pending());
            Toolchain.requireTools();
            if (!ran[0]) { // one program for every active file
                ran[0] = true;
                List<TestCase> all = new ArrayList<>();
                for (Entry x : entries) if (x.pending() == null) all.addAll(x.cases());
                for (CaseOutcome o : DiffRunner.run(all)) outcomes.put(o.testCase(), o);
            }
            StringBuilder failures = new StringBuilder();
            for (TestCase c : e.cases()) {
                CaseOutcome o = outcomes.get(c);
                if (!(o instanceof CaseOutcome.Match)) failures.append(DiffCampaign.detail("(kept case)", o));
            }
            assertTrue(failures.isEmpty(), () -> e.name() + ":\n" + failures);
        }));
    }
}
