package nova.difftest.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a class generator writes one case with: the case's random stream, the instruction
 * lines, and the bookkeeping that keeps every memory operand inside the data buffer (the
 * current offsets of the base register and of SP from the buffer's middle).
 */
public final class Gen {
    final SplittableRandom r;
    final List<String> out = new ArrayList<>();
    /** Register pointing into the data buffer, or -1 when the class needs none. */
    final int base;
    /** Offset of the base register from the buffer middle (changes with writeback). */
    int baseOff;
    /** Offset of SP from the buffer middle (kept 16-byte aligned). */
    int spOff;
    private final String labelPrefix;
    private int labels;

    Gen(SplittableRandom r, int base, String labelPrefix) {
        this.r = r;
        this.base = base;
        this.labelPrefix = labelPrefix;
    }

    int rnd(int n) {
        return r.nextInt(n);
    }

    /** Uniform in lo..hi inclusive. */
    int between(int lo, int hi) {
        return r.nextInt(lo, hi + 1);
    }

    boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }

    int pickInt(int... options) {
        return options[r.nextInt(options.length)];
    }

    void emit(String line) {
        out.add(line);
    }

    String label() {
        return labelPrefix + "_" + (labels++);
    }

    /** Any general register as a source operand (0..30). */
    int src() {
        return r.nextInt(31);
    }

    /** A destination register: never the base register, never SP. */
    int dst() {
        while (true) {
            int n = r.nextInt(31);
            if (n != base) return n;
        }
    }

    /** A destination register different from the given ones and from the base register. */
    int dstExcept(int... not) {
        outer:
        while (true) {
            int n = r.nextInt(31);
            if (n == base) continue;
            for (int k : not) if (k == n) continue outer;
            return n;
        }
    }

    /** Register name with 31 meaning the zero register. */
    static String xz(int n) {
        return n == 31 ? "xzr" : "x" + n;
    }

    static String wz(int n) {
        return n == 31 ? "wzr" : "w" + n;
    }

    static String reg(boolean sf, int n) {
        return sf ? xz(n) : wz(n);
    }

    /** A source register name that may be the zero register. */
    String srcZ(boolean sf) {
        return reg(sf, r.nextInt(32));
    }

    static final String[] CONDS = {"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt",
        "gt", "le", "al", "nv"};

    String cond() {
        return CONDS[r.nextInt(16)];
    }

    /** A vector register number 0..31. */
    int v() {
        return r.nextInt(32);
    }
}
