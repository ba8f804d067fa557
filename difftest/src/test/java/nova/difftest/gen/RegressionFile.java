package nova.difftest.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * Text form of kept cases ({@code src/test/resources/regressions/*.case}): {@code #} comments,
 * a header line {@code case CLASS seed=0xHEX base=N}, then the case's lines indented by four
 * spaces. The initial state is re-derived from the seed ({@link InitialState#block}).
 */
public final class RegressionFile {
    private RegressionFile() {}

    public static List<TestCase> parse(String text, String source) {
        List<TestCase> out = new ArrayList<>();
        CaseClass cls = null;
        long seed = 0;
        int base = -1;
        List<String> insns = null;
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("case ")) {
                if (insns != null) out.add(new TestCase(cls, seed, base, insns));
                String[] f = line.trim().split("\\s+");
                if (f.length != 4 || !f[2].startsWith("seed=0x") || !f[3].startsWith("base=")) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": bad case header: " + line);
                }
                cls = CaseClass.valueOf(f[1]);
                seed = Long.parseUnsignedLong(f[2].substring(7), 16);
                base = Integer.parseInt(f[3].substring(5));
                insns = new ArrayList<>();
            } else if (line.startsWith("    ") && insns != null) {
                insns.add(line.strip());
            } else {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'case ...' or an indented line: " + line);
            }
        }
        if (insns != null) out.add(new TestCase(cls, seed, base, insns));
        return out;
    }
}
