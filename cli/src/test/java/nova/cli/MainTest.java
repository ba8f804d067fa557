package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code nova [OPTIONS] COMMAND ...}: global options, dispatch by command name, {@code help}. */
class MainTest {
    private static Streams run(int expectedStatus, String... argv) {
        Streams s = new Streams();
        assertEquals(expectedStatus, Main.run(argv, s.out, s.err), String.join(" ", argv));
        return s;
    }

    @Test
    void noCommandAndHelpOptionsPrintTheUsage() {
        for (String[] argv : new String[][] {{}, {"--help"}, {"-h"}, {"help"}, {"help", "help"}, {"help", "--help"}}) {
            Streams s = run(0, argv);
            assertEquals(Main.USAGE, s.out());
            assertEquals("", s.err());
        }
        for (String command : new String[] {"demo", "a64-run", "help [COMMAND]", "--help", "--version"}) {
            assertTrue(Main.USAGE.contains(command), command);
        }
    }

    @Test
    void versionPrintsOneLine() {
        assertEquals("nova 0.1.0" + System.lineSeparator(), run(0, "--version").out());
        assertEquals("nova 0.1.0" + System.lineSeparator(), run(0, "-V", "whatever").out());
    }

    @Test
    void helpOfACommandIsThatCommandsUsage() {
        assertEquals(A64RunCommand.USAGE, run(0, "help", "a64-run").out());
        assertEquals(DemoCommand.USAGE, run(0, "help", "demo").out());
        assertEquals(A64RunCommand.USAGE, run(0, "a64-run", "--help").out());
        assertEquals(DemoCommand.USAGE, run(0, "--", "demo", "-h").out());
    }

    @Test
    void badCommandLinesAreOneLineAndExitTwo() {
        assertEquals("nova: unknown command 'foo' (try 'nova --help')", run(2, "foo").oneErrorLine("nova: "));
        assertEquals("nova: unknown option '--foo'", run(2, "--foo", "demo").oneErrorLine("nova: "));
        assertEquals("nova: option '--help' takes no value", run(2, "--help=x").oneErrorLine("nova: "));
        assertEquals("nova help: unknown command 'foo' (try 'nova --help')", run(2, "help", "foo").oneErrorLine("nova help: "));
        assertEquals("nova help: expects at most one COMMAND, got 2 words",
                run(2, "help", "demo", "x").oneErrorLine("nova help: "));
        assertEquals("nova a64-run: unknown option '--foo'", run(2, "a64-run", "--foo").oneErrorLine("nova a64-run: "));
        assertEquals("", run(2, "foo").out());
    }
}
