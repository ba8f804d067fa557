package nova.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up rule: {@code nova} loads only the classes of the command it runs, so {@code a64-run}
 * never pays for the kernel and {@code demo} never for the Linux user-mode emulator. Checked in a
 * fresh JVM on this test's own module path, from the JVM's class-loading log.
 */
class LazyDispatchTest {
    /** The nova.* classes a fresh {@code nova ARGS} loads. */
    private static List<String> novaClassesLoaded(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-Xlog:class+load=info:stdout",
                "-p", System.getProperty("jdk.module.path"), "-m", "nova.cli/nova.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "nova " + String.join(" ", args) + " did not finish");
        List<String> loaded = new ArrayList<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf(" nova.");
            if (line.contains("[class,load]") && at >= 0) loaded.add(line.substring(at + 1).split(" ")[0]);
        }
        return loaded;
    }

    private static long count(List<String> classes, String packagePrefix) {
        return classes.stream().filter(c -> c.startsWith(packagePrefix)).count();
    }

    @Test
    void versionLoadsNoCommandClass() throws Exception {
        List<String> loaded = novaClassesLoaded("--version");
        assertTrue(loaded.contains("nova.cli.Main"), loaded.toString());
        assertEquals(List.of(), loaded.stream().filter(c -> !c.startsWith("nova.cli.")).toList());
        assertTrue(!loaded.contains("nova.cli.A64RunCommand") && !loaded.contains("nova.cli.DemoCommand"), loaded.toString());
    }

    @Test
    void a64RunLoadsNeitherKernelNorRootPartitionManager() throws Exception {
        List<String> loaded = novaClassesLoaded("a64-run", "/nonexistent/nova-lazy-dispatch-test");
        assertTrue(count(loaded, "nova.linuxuser.") > 0, loaded.toString());
        assertEquals(0, count(loaded, "nova.kernel.") + count(loaded, "nova.user.") + count(loaded, "nova.cli.Demo"),
                loaded.toString());
    }

    @Test
    void demoLoadsNoLinuxUserModeClass() throws Exception {
        List<String> loaded = novaClassesLoaded("demo", "--cpus", "1", "--memory", "16M");
        assertTrue(count(loaded, "nova.kernel.") > 0, loaded.toString());
        assertEquals(0, count(loaded, "nova.linuxuser.") + count(loaded, "nova.cli.A64Run"), loaded.toString());
    }
}
