package nova.difftest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nova.difftest.gen.TestCase;

/**
 * Finds the first instruction of a failing case that makes qemu and our core differ, by
 * running every prefix of the case from the same initial state (all prefixes of all failing
 * cases in one program). Label definitions, alignment and literal data stay in every prefix, as
 * does the branch over a literal pool, so each prefix assembles and falls through correctly.
 */
public final class Culprits {
    private Culprits() {}

    private static final Pattern STRUCTURAL = Pattern.compile("^(\\d+:.*|\\..*|b 3\\df)$");

    /** A failing case's culprit instruction and the outcome of the shortest failing prefix. */
    public record Culprit(String instruction, CaseOutcome prefixOutcome) {}

    static List<String> prefix(List<String> insns, int keep) {
        List<String> out = new ArrayList<>();
        int kept = 0;
        for (String line : insns) {
            if (STRUCTURAL.matcher(line).matches()) out.add(line);
            else if (kept < keep) { out.add(line); kept++; }
        }
        return out;
    }

    static int countInstructions(List<String> insns) {
        int n = 0;
        for (String line : insns) if (!STRUCTURAL.matcher(line).matches()) n++;
        return n;
    }

    static String nth(List<String> insns, int k) {
        int n = 0;
        for (String line : insns) {
            if (STRUCTURAL.matcher(line).matches()) continue;
            if (++n == k) return line;
        }
        return "?";
    }

    public static Map<TestCase, Culprit> find(List<TestCase> failing, int repeat, int jitThreshold) throws IOException {
        List<TestCase> all = new ArrayList<>();
        List<int[]> owner = new ArrayList<>(); // {failing index, prefix length}
        for (int f = 0; f < failing.size(); f++) {
            TestCase c = failing.get(f);
            int n = countInstructions(c.insns());
            for (int k = 1; k <= n; k++) {
                all.add(new TestCase(c.cls(), c.seed(), c.base(), prefix(c.insns(), k)));
                owner.add(new int[] {f, k});
            }
        }
        List<CaseOutcome> outcomes = DiffRunner.run(all, repeat, jitThreshold);
        Map<TestCase, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) index.put(all.get(i), i);
        Map<TestCase, Culprit> found = new LinkedHashMap<>();
        for (CaseOutcome o : outcomes) {
            if (o instanceof CaseOutcome.Match || o instanceof CaseOutcome.Rejected) continue;
            int[] ok = owner.get(index.get(o.testCase()));
            TestCase orig = failing.get(ok[0]);
            Culprit prev = found.get(orig);
            int prevLen = prev == null ? Integer.MAX_VALUE : countInstructions(prev.prefixOutcome().testCase().insns());
            if (ok[1] < prevLen) found.put(orig, new Culprit(nth(orig.insns(), ok[1]), o));
        }
        return found;
    }
}
