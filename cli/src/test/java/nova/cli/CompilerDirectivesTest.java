package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher passes {@code src/main/jvm/compiler-directives.json} to every JVM it starts: a
 * file HotSpot cannot parse would stop {@code nova} from starting at all, and a pattern that no
 * longer names the translator's block classes would silently bring back C2 for them.
 */
class CompilerDirectivesTest {
    private static final Path FILE = Path.of("src/main/jvm/compiler-directives.json");

    @Test
    void hotSpotAcceptsTheLaunchersDirectives() throws Exception {
        String out = javaVersionWith("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + FILE.toAbsolutePath());
        assertTrue(out.contains("1 compiler directives added"), out);
    }

    /** Runs {@code java OPTIONS -version} on this JVM, asserts it exits 0 and returns its output. */
    private static String javaVersionWith(String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(options));
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /**
     * The launcher scales the compile thresholds of the block classes (see {@code nova}): HotSpot
     * reports a malformed CompileCommand on stdout and starts anyway, so only its echo of the
     * parsed command shows that the option, the class pattern and the value were all taken.
     */
    @Test
    void hotSpotParsesTheLaunchersCompileThresholdScalingForBlocks() throws Exception {
        String launcher = Files.readString(Path.of("../nova"));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("-XX:CompileCommand=(CompileThresholdScaling,nova/hw/aarch64/JitCode\\*\\.exec,[0-9.]+)")
                .matcher(launcher);
        assertTrue(m.find(), "the launcher scales the block classes' compile thresholds");
        String out = javaVersionWith("-XX:CompileCommand=" + m.group(1));
        assertTrue(out.contains("CompileCommand: CompileThresholdScaling nova/hw/aarch64/JitCode*.exec double"), out);
        assertTrue(!out.contains("error"), out);
    }

    @Test
    void theDirectiveNamesTheTranslatedBlocksAndTheLauncherPassesIt() throws Exception {
        // The translator (nova.hw.aarch64.JitCompiler) names every block class nova.hw.aarch64.JitCode.
        String directives = Files.readString(FILE);
        assertTrue(directives.contains("match: \"nova/hw/aarch64/JitCode*.exec\""), directives);
        assertTrue(directives.contains("c2: { Exclude: true }"), directives);
        String launcher = Files.readString(Path.of("../nova"));
        assertTrue(launcher.contains("-XX:CompilerDirectivesFile=\"$here/cli/src/main/jvm/compiler-directives.json\""));
    }
}
