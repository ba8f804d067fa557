package nova.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** An in-memory PrintStream pair for running a command line in a test. */
final class Streams {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** The error output is exactly one line starting with the prefix; returns that line. */
    String oneErrorLine(String prefix) {
        String e = err();
        if (!e.startsWith(prefix) || !e.endsWith(System.lineSeparator())
                || e.indexOf('\n') != e.length() - 1) {
            throw new AssertionError("expected one line starting with '" + prefix + "' on stderr, got: " + e);
        }
        return e.strip();
    }
}
