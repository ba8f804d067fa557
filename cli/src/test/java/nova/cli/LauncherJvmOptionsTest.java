package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the launcher ({@code ../nova}) passes to every JVM it starts: an option HotSpot
 * refuses stops {@code nova} from starting at all, and a malformed CompileCommand is only
 * reported on stdout while the JVM starts anyway, so both are checked against this JDK.
 */
class LauncherJvmOptionsTest {
    /** The words of the launcher's {@code flags=(...)} array. */
    private static List<String> launcherFlags() throws Exception {
        String launcher = Files.readString(Path.of("../nova"));
        Matcher m = Pattern.compile("(?s)\\nflags=\\((.*?)\\)\\n").matcher(launcher);
        assertTrue(m.find(), "the launcher defines its JVM options in flags=(...)");
        List<String> flags = new ArrayList<>();
        for (String word : m.group(1).trim().split("\\s+")) {
            flags.add(word);
        }
        return flags;
    }

    /** Runs {@code java OPTIONS -version} on this JVM, asserts it exits 0 and returns its output. */
    private static String javaVersionWith(List<String> options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void hotSpotStartsWithTheLaunchersOptions() throws Exception {
        List<String> flags = launcherFlags();
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), "the launcher keeps the JVM at tier 1: " + flags);
        String out = javaVersionWith(flags);
        assertTrue(!out.toLowerCase(java.util.Locale.ROOT).contains("error"), out);
    }

    /**
     * The launcher scales the compile thresholds of the translated block classes: only HotSpot's
     * echo of the parsed command shows that the option, the class pattern and the value were all
     * taken. The translator (nova.hw.aarch64.JitCompiler) names every block class
     * nova.hw.aarch64.JitCode.
     */
    @Test
    void hotSpotParsesTheLaunchersCompileThresholdScalingForBlocks() throws Exception {
        String scaling = null;
        for (String flag : launcherFlags()) {
            if (flag.startsWith("-XX:CompileCommand=CompileThresholdScaling,")) {
                scaling = flag;
            }
        }
        assertTrue(scaling != null && scaling.contains(",nova/hw/aarch64/JitCode*.exec,"), "the launcher scales the block classes' thresholds");
        String out = javaVersionWith(List.of(scaling));
        assertTrue(out.contains("CompileCommand: CompileThresholdScaling nova/hw/aarch64/JitCode*.exec double"), out);
        assertTrue(!out.contains("error"), out);
    }

    /** The launcher asks for transparent huge pages where the kernel offers them: HotSpot must take the option. */
    @Test
    void hotSpotTakesTransparentHugePages() throws Exception {
        String launcher = Files.readString(Path.of("../nova"));
        assertTrue(launcher.contains("flags+=(-XX:+UseTransparentHugePages)"), "the launcher asks for huge pages");
        String out = javaVersionWith(List.of("-XX:+UseTransparentHugePages"));
        assertTrue(!out.toLowerCase(java.util.Locale.ROOT).contains("error"), out);
    }
}
