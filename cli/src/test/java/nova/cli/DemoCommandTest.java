package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.user.root.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code nova demo}: its options, defaults and messages. */
class DemoCommandTest {
    private static Demo.Options parse(String... argv) throws UsageException {
        Streams s = new Streams();
        Demo.Options o = DemoCommand.parse(argv, s.out).orElseThrow();
        assertEquals("", s.out());
        return o;
    }

    private static String refused(String... argv) {
        Streams s = new Streams();
        assertEquals(2, DemoCommand.run(argv, s.out, s.err));
        assertEquals("", s.out());
        return s.oneErrorLine("nova demo: ");
    }

    @Test
    void defaultsAreFourCpus64MiBSeedOneNoTrace() throws UsageException {
        assertEquals(new Demo.Options(4, 64L << 20, 1, false), parse());
    }

    @Test
    void everyOptionIsReadInBothForms() throws UsageException {
        assertEquals(new Demo.Options(2, 1L << 30, -9, true), parse("--cpus", "2", "--memory", "1G", "--seed=-9", "--trace"));
        assertEquals(new Demo.Options(64, 8192L << 10, 5, false), parse("--cpus=64", "--memory=8192K", "--seed", "5"));
    }

    @ParameterizedTest
    @CsvSource({"64M, 67108864", "64m, 67108864", "64MiB, 67108864", "64MB, 67108864", "1G, 1073741824",
        "8192K, 8388608", "1048576, 1048576", "' 2M ', 2097152", "8589934591G, 9223372035781033984"})
    void memorySizesTakeABinarySuffix(String text, long bytes) throws UsageException {
        assertEquals(bytes, DemoCommand.parseSize(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "0", "0M", "-1M", "3Q", "1T", "1.5G", "8589934592G", "0x100000", "64 M"})
    void badMemorySizesAreRefused(String text) {
        UsageException e = assertThrows(UsageException.class, () -> DemoCommand.parseSize(text));
        assertTrue(e.getMessage().startsWith("invalid memory size '" + text + "'"), e.getMessage());
    }

    @Test
    void badCommandLinesAreOneLineAndExitTwo() {
        assertEquals("nova demo: invalid memory size '3Q' (use e.g. 64M, 1G, 8192K)", refused("--memory", "3Q"));
        assertEquals("nova demo: invalid memory size '0'", refused("--memory=0"));
        assertEquals("nova demo: option '--cpus' expects a decimal integer, got 'x'", refused("--cpus", "x"));
        assertEquals("nova demo: unknown option '--cpu'", refused("--cpu", "2"));
        assertEquals("nova demo: unexpected argument 'extra'", refused("extra"));
        assertEquals("nova demo: option '--memory' needs a value", refused("--memory"));
        assertEquals("nova demo: option '--trace' takes no value", refused("--trace=yes"));
    }

    @Test
    void thePlatformsCpuLimitIsReportedAsAUsageError() {
        assertEquals("nova demo: cpus must be between 1 and 64, got 0", refused("--cpus", "0"));
        assertTrue(refused("--cpus", "65").startsWith("nova demo: cpus must be between 1 and 64"));
    }

    @Test
    void helpPrintsTheUsageWithTheDefaults() {
        Streams s = new Streams();
        assertEquals(0, DemoCommand.run(new String[] {"--trace", "--help"}, s.out, s.err));
        assertEquals(DemoCommand.USAGE, s.out());
        assertEquals("", s.err());
        for (String text : new String[] {"--cpus N", "(default: 4)", "--memory SIZE", "(default: 64M)", "--seed N",
                "(default: 1)", "--trace", "--help", "--version"}) {
            assertTrue(DemoCommand.USAGE.contains(text), text);
        }
    }

    @Test
    void aOneCpuDemoRunsToTheEndAndPrintsItsAccount() {
        Streams s = new Streams();
        assertEquals(0, DemoCommand.run(new String[] {"--cpus", "1", "--memory", "16M"}, s.out, s.err));
        assertTrue(s.out().startsWith("NOVA demo: 1 CPU, 16 MiB"), s.out());
        assertEquals("", s.err());
    }
}
