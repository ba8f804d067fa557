package nova.cli;

import java.util.Arrays;

/**
 * A cursor over a command line, read the way qemu-aarch64 and most Unix tools read theirs.
 * Options come first; the first word that is not an option (or a word after {@code --}) ends
 * them, so the remaining words can belong to someone else, such as a guest program. A valued
 * option takes its value from {@code --opt=VALUE}, from the next word ({@code --opt VALUE}, even
 * if that word starts with '-'), or for a one-letter option also glued on ({@code -EVAR=VALUE}).
 *
 * <p>Typical use: {@code while (args.nextOption()) { if (args.flag("--jit")) ... else if
 * (args.option("--seed")) seed = args.longValue(...); else throw args.unknownOption(); }}
 */
final class Args {
    private final String[] words;
    private int next;
    /** The option word being looked at, and after a successful match its name and glued value. */
    private String word;
    private String name;
    private String gluedValue;

    Args(String... words) {
        this.words = words.clone();
    }

    /**
     * Moves to the next option word. False at the end, at the first operand (a word not starting
     * with '-', or a lone "-", which names standard input by convention) and after "--", which
     * is consumed.
     */
    boolean nextOption() {
        word = null;
        if (next >= words.length) return false;
        String w = words[next];
        if (w.equals("--")) {
            next++;
            return false;
        }
        if (w.length() < 2 || w.charAt(0) != '-') return false;
        word = w;
        next++;
        return true;
    }

    /** True if the current option is one of these value-less names; "--flag=VALUE" is an error. */
    boolean flag(String... names) throws UsageException {
        for (String n : names) {
            if (word.equals(n)) return true;
            if (word.startsWith(n + "=")) throw new UsageException("option '" + n + "' takes no value");
        }
        return false;
    }

    /**
     * Handles {@code -h/--help} (prints {@code usage}) and {@code -V/--version}, which every
     * command accepts: true if the current option was one of them and the command is done.
     */
    boolean helpOrVersion(java.io.PrintStream out, String usage) throws UsageException {
        if (flag("-h", "--help")) {
            out.print(usage);
            return true;
        }
        if (flag("-V", "--version")) {
            out.println(Main.VERSION);
            return true;
        }
        return false;
    }

    /** True if the current option is one of these valued names; read the value with {@link #value()}. */
    boolean option(String... names) {
        for (String n : names) {
            if (word.equals(n)) {
                return matched(n, null);
            }
            if (word.startsWith(n + "=")) {
                return matched(n, word.substring(n.length() + 1));
            }
            if (n.length() == 2 && word.startsWith(n)) {   // "-EVAR=VALUE", as getopt reads it
                return matched(n, word.substring(2));
            }
        }
        return false;
    }

    private boolean matched(String optionName, String glued) {
        name = optionName;
        gluedValue = glued;
        return true;
    }

    /** The value of the option just matched by {@link #option}. */
    String value() throws UsageException {
        if (gluedValue != null) return gluedValue;
        if (next >= words.length) throw new UsageException("option '" + name + "' needs a value");
        return words[next++];
    }

    /** The value as a decimal integer in [min, max]. */
    long longValue(long min, long max) throws UsageException {
        String v = value();
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + name + "' expects a decimal integer, got '" + v + "'");
        }
        if (n < min || n > max) {
            String range = max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
            throw new UsageException("option '" + name + "' must be " + range + ", got " + n);
        }
        return n;
    }

    /** The value as a decimal int. */
    int intValue() throws UsageException {
        return (int) longValue(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The error for an option word no caller matched. */
    UsageException unknownOption() {
        int eq = word.indexOf('=');
        return new UsageException("unknown option '" + (eq > 0 ? word.substring(0, eq) : word) + "'");
    }

    /** True if words remain after the options. */
    boolean hasNext() {
        return next < words.length;
    }

    /** The next remaining word. */
    String next() {
        return words[next++];
    }

    /** Every word not read yet. */
    String[] rest() {
        return Arrays.copyOfRange(words, next, words.length);
    }
}
