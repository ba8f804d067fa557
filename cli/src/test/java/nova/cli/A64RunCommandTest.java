package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nova.linuxuser.LinuxRunner;
import nova.linuxuser.RunConfig;
import org.junit.jupiter.api.Test;

/** {@code nova a64-run}: qemu-aarch64-like options that end at PROGRAM. */
class A64RunCommandTest {
    private static A64RunCommand.Options parse(String... argv) throws UsageException {
        Streams s = new Streams();
        A64RunCommand.Options o = A64RunCommand.parse(argv, s.out).orElseThrow();
        assertEquals("", s.out(), "a run request prints nothing while parsing");
        return o;
    }

    /** Runs a command line that must be refused: exit 2, one line on stderr, nothing on stdout. */
    private static String refused(String... argv) {
        Streams s = new Streams();
        assertEquals(2, A64RunCommand.run(argv, s.out, s.err));
        assertEquals("", s.out());
        return s.oneErrorLine("nova a64-run: ");
    }

    @Test
    void defaultsAreDeterministicAndPlain() throws UsageException {
        A64RunCommand.Options o = parse("prog");
        assertEquals(Path.of("prog"), o.program());
        assertEquals(List.of(), o.args());
        assertNull(o.argv0());
        assertEquals(0, o.seed());
        assertEquals(0, o.maxInstructions());
        assertFalse(o.strace() || o.stats() || o.hostTime() || o.debug());
        assertTrue(o.jit(), "the translator is on by default");
    }

    @Test
    void noJitSelectsTheInterpreterAndTheLastWordWins() throws UsageException {
        assertFalse(parse("--no-jit", "prog").jit());
        assertTrue(parse("--no-jit", "--jit", "prog").jit());
        assertFalse(parse("--jit", "--no-jit", "prog").jit());
        assertTrue(parse("prog", "--no-jit").jit(), "a --no-jit after PROGRAM is the guest's");
    }

    @Test
    void everyOptionIsRead() throws UsageException {
        A64RunCommand.Options o = parse("-E", "A=1", "-E", "B=2", "-U", "HOME", "-0", "name", "--strace", "--icount",
                "--host-time", "--seed", "7", "--jit", "--max-insns", "100", "--debug", "prog", "x");
        assertEquals(List.of("A=1", "B=2"), o.setEnv());
        assertEquals(List.of("HOME"), o.unsetEnv());
        assertEquals("name", o.argv0());
        assertTrue(o.strace() && o.stats() && o.hostTime() && o.jit() && o.debug());
        assertEquals(7, o.seed());
        assertEquals(100, o.maxInstructions());
        assertEquals(List.of("x"), o.args());
        assertTrue(parse("--stats", "p").stats(), "--stats is --icount's other name");
    }

    @Test
    void valuedOptionsAcceptTheEqualsForm() throws UsageException {
        A64RunCommand.Options o = parse("--seed=-3", "--max-insns=5", "-0=a0", "-E=A=1=2", "-UX", "prog");
        assertEquals(-3, o.seed());
        assertEquals(5, o.maxInstructions());
        assertEquals("a0", o.argv0());
        assertEquals(List.of("A=1=2"), o.setEnv());
        assertEquals(List.of("X"), o.unsetEnv());
    }

    @Test
    void optionsStopAtProgramSoTheGuestGetsItsOwnOptions() throws UsageException {
        A64RunCommand.Options o = parse("--jit", "prog", "--jit", "--help", "-E", "x", "--", "--bogus");
        assertTrue(o.jit());
        assertFalse(o.stats());
        assertEquals(List.of("--jit", "--help", "-E", "x", "--", "--bogus"), o.args());
        assertFalse(parse("--no-jit", "prog", "--jit").jit(), "a --jit after PROGRAM is the guest's");
    }

    @Test
    void doubleDashEndsOptionsSoProgramMayStartWithADash() throws UsageException {
        A64RunCommand.Options o = parse("--strace", "--", "-prog", "-a");
        assertTrue(o.strace());
        assertEquals(Path.of("-prog"), o.program());
        assertEquals(List.of("-a"), o.args());
    }

    @Test
    void badCommandLinesAreOneLineAndExitTwo() {
        assertEquals("nova a64-run: unknown option '--bogus'", refused("--bogus", "prog"));
        assertEquals("nova a64-run: unknown option '-x'", refused("-x", "prog"));
        assertEquals("nova a64-run: missing PROGRAM (try 'nova a64-run --help')", refused());
        assertEquals("nova a64-run: missing PROGRAM (try 'nova a64-run --help')", refused("--jit", "--"));
        assertEquals("nova a64-run: option '--seed' needs a value", refused("--seed"));
        assertEquals("nova a64-run: option '--jit' takes no value", refused("--jit=1", "prog"));
    }

    @Test
    void badNumbersAreRefused() {
        assertEquals("nova a64-run: option '--seed' expects a decimal integer, got 'x'", refused("--seed", "x", "p"));
        assertEquals("nova a64-run: option '--seed' expects a decimal integer, got '18446744073709551616'",
                refused("--seed=18446744073709551616", "p"));
        assertEquals("nova a64-run: option '--max-insns' must be at least 0, got -1", refused("--max-insns", "-1", "p"));
        assertEquals("nova a64-run: option '--max-insns' expects a decimal integer, got '1e6'",
                refused("--max-insns=1e6", "p"));
    }

    @Test
    void setEnvNeedsANameAndAnEqualsSign() {
        assertEquals("nova a64-run: -E expects VAR=VALUE, got 'X'", refused("-E", "X", "p"));
        assertEquals("nova a64-run: -E expects VAR=VALUE, got '=1'", refused("-E", "=1", "p"));
        assertEquals("nova a64-run: option '-E' needs a value", refused("-E"));
    }

    @Test
    void theEnvironmentIsDefaultsThenSetsThenUnsets() throws UsageException {
        List<String> env = A64RunCommand.environment(parse("-E", "HOME=/h", "-E", "ZZ=1", "-U", "PATH", "-E", "ZZ=2", "p"));
        List<String> expected = new ArrayList<>();
        for (String kv : RunConfig.DEFAULT_ENV) {
            if (kv.startsWith("PATH=")) continue;
            expected.add(kv.startsWith("HOME=") ? "HOME=/h" : kv);
        }
        expected.add("ZZ=2");
        assertEquals(expected, env);
    }

    @Test
    void helpAndVersionPrintOnStdoutAndExitZero() {
        for (String h : new String[] {"--help", "-h"}) {
            Streams s = new Streams();
            assertEquals(0, A64RunCommand.run(new String[] {"--seed", "1", h, "--bogus"}, s.out, s.err));
            assertEquals(A64RunCommand.USAGE, s.out());
            assertEquals("", s.err());
        }
        Streams s = new Streams();
        assertEquals(0, A64RunCommand.run(new String[] {"-V"}, s.out, s.err));
        assertEquals(Main.VERSION + System.lineSeparator(), s.out());
    }

    @Test
    void theHelpNamesEveryOption() {
        for (String option : new String[] {"-E VAR=VALUE", "-U VAR", "-0 ARGV0", "--strace", "--icount", "--stats",
                "--host-time", "--seed N", "--jit", "--no-jit", "--max-insns N", "--debug", "--help", "--version", "PROGRAM"}) {
            assertTrue(A64RunCommand.USAGE.contains(option), option);
        }
        for (String line : A64RunCommand.USAGE.split("\n")) {
            assertTrue(line.length() <= 80, "help fits 80 columns: " + line);
        }
    }

    @Test
    void aMissingProgramIsTheGuestLoadersOneLineError() {
        Streams s = new Streams();
        int status = A64RunCommand.run(new String[] {"/nonexistent/nova-cli-test"}, s.out, s.err);
        assertEquals(LinuxRunner.EXIT_NOT_FOUND, status);
        assertTrue(s.oneErrorLine("nova a64-run: ").contains("/nonexistent/nova-cli-test"));
    }

    @Test
    void statsNumbersAreRoundedLikePrintf() {
        assertEquals("0.000", A64RunCommand.fixed(0, 3));
        assertEquals("1.200", A64RunCommand.fixed(1.2, 3));
        assertEquals("0.001", A64RunCommand.fixed(0.0005, 3));
        assertEquals("2.05", A64RunCommand.fixed(2.049, 2));
        assertEquals("399.24", A64RunCommand.fixed(399.2449, 2));
        assertEquals("10.00", A64RunCommand.fixed(9.999, 2));
        assertEquals(String.format("%.3f", 806.361900), A64RunCommand.fixed(806.361900, 3));
    }
}
