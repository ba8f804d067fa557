package nova.difftest.gen;

import java.util.List;

/**
 * One generated case: its class, the seed its initial state derives from, the register that
 * points into the data buffer (-1 if none) and the instruction lines it runs.
 */
public record TestCase(CaseClass cls, long seed, int base, List<String> insns) {
    public TestCase {
        insns = List.copyOf(insns);
    }

    /** The text form kept in regression files (see {@link RegressionFile}). */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("case ").append(cls).append(" seed=0x").append(Long.toHexString(seed))
                .append(" base=").append(base).append('\n');
        for (String s : insns) sb.append("    ").append(s).append('\n');
        return sb.toString();
    }
}
