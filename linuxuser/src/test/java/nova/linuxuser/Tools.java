package nova.linuxuser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** External tools for the end-to-end tests: absent tools skip the test locally, fail it in CI. */
public final class Tools {
    private Tools() {}

    /** The module's build directory (target-NAME), found from where the test classes live. */
    public static Path buildDir() {
        try {
            Path classes = Path.of(Tools.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository root (the module directory's parent). */
    public static Path repoRoot() {
        return buildDir().getParent().getParent();
    }

    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Skips (locally) or fails (CI=true) when {@code tool} is missing. */
    public static void require(String tool) {
        if (!onPath(tool)) {
            missing(tool + " is not installed (scripts/install-deps.sh installs it)");
        }
    }

    public static void missing(String why) {
        if (System.getenv("CI") != null) {
            fail(why);
        }
        Assumptions.assumeTrue(false, why);
    }

    /** Output and status of a finished host process. */
    public record Result(int status, byte[] stdout, String stderr) {
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** Runs a host command with {@code stdin} as input, in {@code cwd}, with a clean small environment. */
    public static Result run(List<String> command, byte[] stdin, Path cwd, List<String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
            pb.environment().clear();
            for (String kv : env) {
                int eq = kv.indexOf('=');
                pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            Path err = Files.createTempFile("nova-tool", ".err");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            Thread feeder = Thread.ofVirtual().start(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException ignored) {
                    // The command may exit without reading its input.
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            feeder.join();
            String errText = Files.readString(err);
            Files.delete(err);
            return new Result(p.exitValue(), out, errText);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Result run(String... command) {
        return run(List.of(command), new byte[0], buildDir(), RunConfig.DEFAULT_ENV);
    }

    /** Builds test resource {@code source} with aarch64-linux-gnu-gcc and {@code flags}; cached by timestamp. */
    public static Path crossCompile(String source, String output, String... flags) {
        require("aarch64-linux-gnu-gcc");
        Path dir = buildDir().resolve("guest-linux");
        Path out = dir.resolve(output);
        try {
            Files.createDirectories(dir);
            Path src = dir.resolve(source);
            try (var in = Tools.class.getResourceAsStream("/guest/" + source)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource /guest/" + source);
                }
                byte[] text = in.readAllBytes();
                if (!Files.exists(src) || !java.util.Arrays.equals(Files.readAllBytes(src), text)) {
                    Files.write(src, text);
                }
            }
            if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) >= 0) {
                return out;
            }
            List<String> cmd = new ArrayList<>(List.of("aarch64-linux-gnu-gcc", "-O1", "-o", out.toString(),
                    src.toString()));
            cmd.addAll(1, List.of(flags));
            Result r = run(cmd, new byte[0], dir, List.of("PATH=" + System.getenv("PATH")));
            if (r.status() != 0) {
                fail("cross compile of " + source + " failed: " + r.stderr());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
