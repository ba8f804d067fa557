package nova.difftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian tools the differential tests depend on: the aarch64 cross toolchain (to build guest
 * programs) and {@code qemu-aarch64} (the oracle). Builds are cached by content hash under the
 * module's build directory, so an unchanged program is assembled once.
 */
public final class Toolchain {
    public static final String GCC = "aarch64-linux-gnu-gcc";
    public static final String OBJDUMP = "aarch64-linux-gnu-objdump";
    public static final String QEMU = "qemu-aarch64";
    /** The oracle's CPU: ARMv8.0-A with CRC32 and the crypto extension, nothing newer. */
    public static final String QEMU_CPU = "cortex-a57";
    /** What the assembler may accept: exactly the oracle CPU's features. */
    public static final String MARCH = "-march=armv8-a+crc+crypto";

    private Toolchain() {}

    /**
     * Skips the calling test when a tool is missing on a developer machine; under {@code CI=true}
     * a missing tool is a failure, because CI installs them (scripts/install-deps.sh).
     */
    public static void requireTools() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of(GCC, QEMU)) {
            if (!onPath(tool)) missing.add(tool);
        }
        if (missing.isEmpty()) return;
        String msg = "missing tools " + missing + " (scripts/install-deps.sh installs them)";
        if ("true".equals(System.getenv("CI"))) throw new AssertionError(msg);
        Assumptions.abort(msg);
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    /** The module's build directory (set by the POM; falls back to ./target for IDE runs). */
    public static Path buildDir() {
        return Path.of(System.getProperty("nova.diff.buildDir", "target")).toAbsolutePath();
    }

    /** The repository root, where {@code guest/} lives. */
    public static Path repoRoot() {
        return Path.of(System.getProperty("nova.diff.repoRoot", "..")).toAbsolutePath().normalize();
    }

    public static Path cacheDir() throws IOException {
        Path dir = buildDir().resolve("difftest-cache");
        Files.createDirectories(dir);
        return dir;
    }

    public static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(Integer.toString(p.length).getBytes(StandardCharsets.US_ASCII));
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Result of a finished external command. */
    public record Result(int exitCode, byte[] stdout, String stderr) {}

    /**
     * Runs a command to completion, stdout and stderr through temporary files so that the
     * timeout holds even when the process writes nothing and never exits.
     */
    public static Result run(List<String> cmd, Path cwd, long timeoutSeconds) throws IOException {
        Path out = Files.createTempFile("difftest", ".out");
        Path err = Files.createTempFile("difftest", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (cwd != null) pb.directory(cwd.toFile());
            Process p = pb.start();
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                    return new Result(TIMEOUT, Files.readAllBytes(out), "timed out after " + timeoutSeconds + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted: " + cmd, e);
            }
            return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Exit code reported for a command killed by its timeout. */
    public static final int TIMEOUT = -2;

    /**
     * Builds a static ELF from one assembly source (plus an optional binary blob it
     * {@code .incbin}s as {@code blobName}), cached by the hash of both.
     * Returns the ELF, or throws {@link BuildError} with the assembler's messages.
     */
    public static Path buildAsm(String source, byte[] blob, String blobName) throws IOException {
        byte[] src = source.getBytes(StandardCharsets.UTF_8);
        String key = "asm-" + sha256(src, blob == null ? new byte[0] : blob);
        Path elf = cacheDir().resolve(key + ".elf");
        if (Files.exists(elf)) return elf;
        Path work = Files.createTempDirectory(cacheDir(), "build");
        try {
            Files.write(work.resolve("prog.S"), src);
            if (blob != null) Files.write(work.resolve(blobName), blob);
            Result r = run(List.of(GCC, MARCH, "-static", "-nostdlib", "-Wl,--build-id=none",
                    "-o", "prog.elf", "prog.S"), work, 120);
            if (r.exitCode() != 0) throw new BuildError(r.stderr());
            Files.move(work.resolve("prog.elf"), elf, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            prune();
            return elf;
        } finally {
            deleteTree(work);
        }
    }

    /** Generated-program ELFs kept in the cache (about 3 MB each); older ones are deleted. */
    static final int CACHE_ELFS = 150;

    /** Keeps the cache bounded: a million-case campaign builds thousands of programs. */
    static void prune() throws IOException {
        List<Path> elfs;
        try (var s = Files.list(cacheDir())) {
            elfs = s.filter(p -> p.getFileName().toString().startsWith("asm-")).collect(java.util.stream.Collectors.toList());
        }
        if (elfs.size() <= CACHE_ELFS) return;
        elfs.sort(java.util.Comparator.comparing(p -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }));
        for (Path p : elfs.subList(0, elfs.size() - CACHE_ELFS)) Files.deleteIfExists(p);
    }

    /** Builds a C program from {@code guest/c/NAME.c} with -static -O2, cached by content hash. */
    public static Path buildC(Path source, List<String> extraFlags) throws IOException {
        byte[] src = Files.readAllBytes(source);
        String key = "c-" + sha256(src, String.join(" ", extraFlags).getBytes(StandardCharsets.UTF_8));
        Path elf = cacheDir().resolve(key + ".elf");
        if (Files.exists(elf)) return elf;
        Path tmp = cacheDir().resolve(key + ".tmp" + ProcessHandle.current().pid());
        List<String> cmd = new ArrayList<>(List.of(GCC, "-static", "-O2", "-o", tmp.toString(),
                source.toString()));
        cmd.addAll(extraFlags);
        Result r = run(cmd, null, 180);
        if (r.exitCode() != 0) throw new BuildError(r.stderr());
        Files.move(tmp, elf, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return elf;
    }

    /** The assembler or compiler rejected the program; the message is its stderr. */
    public static final class BuildError extends IOException {
        private static final long serialVersionUID = 1L;

        public BuildError(String message) {
            super(message);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
