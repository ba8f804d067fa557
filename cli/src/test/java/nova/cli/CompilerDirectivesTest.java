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
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=" + FILE.toAbsolutePath(), "-version")).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("1 compiler directives added"), out);
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
