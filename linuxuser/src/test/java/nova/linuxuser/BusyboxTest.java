package nova.linuxuser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's busybox-static (arm64) through the harness: each applet's stdout and exit status must
 * equal qemu-aarch64's for the same command, and the harness's results are also checked against
 * answers computed in Java (digests, sorted order, a gzip round trip).
 */
class BusyboxTest {
    @TempDir
    static Path dir;
    static Path busybox;
    static byte[] words;

    @BeforeAll
    static void fetchAndPrepare() throws Exception {
        Path script = Tools.repoRoot().resolve("scripts/fetch-busybox.sh");
        Tools.Result r = Tools.run(List.of("bash", script.toString()), new byte[0], Tools.repoRoot(),
                List.of("PATH=" + System.getenv("PATH")));
        if (r.status() != 0) {
            Tools.missing("scripts/fetch-busybox.sh failed: " + r.stderr().strip());
        }
        busybox = Path.of(r.out().strip());
        SplittableRandom rnd = new SplittableRandom(20261125);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            int len = 3 + rnd.nextInt(8);
            for (int j = 0; j < len; j++) {
                w.append((char) ('a' + rnd.nextInt(26)));
            }
            w.append(' ').append(rnd.nextInt(1000)).append('\n');
        }
        words = w.toString().getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("words.txt"), words);
    }

    record Case(String name, List<String> args, String stdin) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String... args) {
        return new Case(String.join(" ", args), List.of(args), "");
    }

    static Case in(String stdin, String... args) {
        return new Case(String.join(" ", args) + " <input", List.of(args), stdin);
    }

    static Stream<Case> applets() {
        return Stream.of(
                c("seq", "1", "500"),
                c("seq", "-s", ",", "10", "-3", "-20"),
                c("seq", "0", "0.25", "3"),
                c("sort", "words.txt"),
                c("sort", "-k2", "-n", "-r", "words.txt"),
                c("sort", "-u", "-k2,2n", "words.txt"),
                c("md5sum", "words.txt"),
                c("sha256sum", "words.txt"),
                c("sha1sum", "words.txt"),
                c("sha512sum", "words.txt"),
                c("gzip", "-c", "-9", "words.txt"),
                c("sh", "-c", "i=0; s=0; while [ $i -lt 300 ]; do s=$((s + i * i % 7)); i=$((i + 1)); done; echo $s"),
                c("sh", "-c", "for w in alpha beta gamma; do case $w in b*) echo B:$w;; *) echo other:$w;; esac; done"),
                c("sh", "-c", "f() { echo $(( $1 * 2 + ${2:-0} )); }; f 20 2; f 7; x=abcdef; echo ${#x} ${x#ab} ${x%ef}"),
                c("sh", "-c", "printf '%s|%5d|%-4s|%x\\n' str 42 ab 255; exit 3"),
                c("sh", "-c", "trap 'echo got USR1' USR1; kill -USR1 $$; echo after; trap '' TERM; kill -TERM $$; "
                        + "echo still; kill -INT $$; echo never"),
                c("awk", "{ s += $2; n++ } END { printf \"%d %d %.3f\\n\", n, s, s / n }", "words.txt"),
                c("awk", "BEGIN { for (i = 1; i <= 10; i++) printf \"%s%s\", sqrt(i * 3.5), (i < 10 ? \" \" : \"\\n\") }"),
                c("awk", "length($1) > 8 { print toupper($1), substr($1, 2, 3), index($1, \"a\") }", "words.txt"),
                c("sed", "-e", "s/[aeiou]/_/g", "-e", "3,7d", "words.txt"),
                c("sed", "-n", "/^b/{s/ .*//;p}", "words.txt"),
                c("wc", "words.txt"),
                c("head", "-n", "5", "words.txt"),
                c("tail", "-n", "3", "words.txt"),
                c("cut", "-d", " ", "-f", "2", "words.txt"),
                c("grep", "-c", "e", "words.txt"),
                c("od", "-A", "x", "-t", "x1z", "-N", "48", "words.txt"),
                c("expr", "12345", "*", "6789"),
                c("factor", "1234567890"),
                in("hello world\nsecond line\n", "tr", "a-z", "A-Z"),
                in("3\n1\n2\n1\n", "uniq", "-c"),
                in("b\na\n", "cat", "-n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applets")
    void appletMatchesQemu(Case c) {
        byte[] stdin = c.stdin().getBytes(StandardCharsets.US_ASCII);
        List<String> args = new ArrayList<>(c.args());
        Guest.Outcome nova = Guest.nova(busybox, args, stdin, dir);
        if (nova.error() != null) { // only a signal the guest sent itself may end it, as under qemu
            org.junit.jupiter.api.Assertions.assertTrue(nova.error().startsWith("guest killed by signal"),
                    () -> "harness stopped the guest: " + nova.error() + "; stderr: " + nova.stderr());
        }
        Guest.Outcome qemu = Guest.qemu(busybox, args, stdin, dir);
        assertEquals(qemu.out(), nova.out(), () -> "stdout differs; nova stderr: " + nova.stderr());
        assertArrayEquals(qemu.stdout(), nova.stdout());
        assertEquals(qemu.status(), nova.status(), "exit status");
    }

    @Test
    void gzipRoundTripThroughTheHarness() throws Exception {
        Guest.Outcome gz = Guest.nova(busybox, List.of("gzip", "-c", "words.txt"), new byte[0], dir);
        assertEquals(0, gz.status());
        Files.write(dir.resolve("words.gz"), gz.stdout());
        Guest.Outcome back = Guest.nova(busybox, List.of("gunzip", "-c", "words.gz"), new byte[0], dir);
        assertEquals(0, back.status());
        assertArrayEquals(words, back.stdout());
        Guest.Outcome fromStdin = Guest.nova(busybox, List.of("gunzip"), gz.stdout(), dir);
        assertArrayEquals(words, fromStdin.stdout());
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.stdout()))) {
            assertArrayEquals(words, in.readAllBytes(), "the JDK inflates what the guest deflated");
        }
    }

    /** --jit must change nothing observable: same bytes out, same status, same instruction count. */
    @Test
    void jitGivesTheInterpretersOutputAndInstructionCount() {
        List<List<String>> commands = List.of(
                List.of("sort", "-r", "words.txt"),
                List.of("gzip", "-c", "-9", "words.txt"),
                List.of("sh", "-c", "i=0; s=0; while [ $i -lt 2000 ]; do s=$((s+i*i)); i=$((i+1)); done; echo $s"));
        for (List<String> cmd : commands) {
            Guest.Outcome interpreted = Guest.nova(busybox, cmd, new byte[0], dir);
            Guest.Outcome translated = Guest.nova(busybox, cmd, new byte[0], dir, c -> c.withJit(true));
            assertEquals(0, interpreted.status(), cmd + ": " + interpreted.stderr());
            assertEquals(interpreted.status(), translated.status(), cmd + " exit status");
            assertArrayEquals(interpreted.stdout(), translated.stdout(), cmd + " stdout");
            assertEquals(interpreted.instructions(), translated.instructions(), cmd + " instructions retired");
        }
    }

    @Test
    void digestsEqualTheJdks() throws Exception {
        for (String alg : List.of("MD5", "SHA-256")) {
            String applet = alg.equals("MD5") ? "md5sum" : "sha256sum";
            Guest.Outcome o = Guest.nova(busybox, List.of(applet, "words.txt"), new byte[0], dir);
            String expect = HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(words));
            assertEquals(expect + "  words.txt\n", o.out());
        }
    }

    @Test
    void sortEqualsJavaSort() {
        Guest.Outcome o = Guest.nova(busybox, List.of("sort"), words, dir);
        List<String> lines = new ArrayList<>(List.of(new String(words, StandardCharsets.US_ASCII).split("\n")));
        lines.sort(null);
        assertEquals(String.join("\n", lines) + "\n", o.out());
    }

    @Test
    void seqEqualsJava() {
        Guest.Outcome o = Guest.nova(busybox, List.of("seq", "--", "-5", "7", "60"), new byte[0], dir);
        StringBuilder s = new StringBuilder();
        for (int i = -5; i <= 60; i += 7) {
            s.append(i).append('\n');
        }
        assertEquals(s.toString(), o.out());
    }

    @Test
    void filesCreatedByTheGuestAppearOnTheHost() throws Exception {
        // Each step is its own process: busybox's sh forks for non-builtin applets, which the harness does not offer.
        List<List<String>> steps = List.of(
                List.of("sh", "-c", "echo one > made.txt; echo two >> made.txt"),
                List.of("mkdir", "-p", "sub/deeper"),
                List.of("mv", "made.txt", "sub/deeper/"),
                List.of("cp", "sub/deeper/made.txt", "copy.txt"),
                List.of("rm", "sub/deeper/made.txt"),
                List.of("rmdir", "sub/deeper", "sub"));
        for (List<String> step : steps) {
            Guest.Outcome o = Guest.nova(busybox, step, new byte[0], dir);
            assertEquals(0, o.status(), () -> step + ": " + o.stderr());
        }
        assertEquals("one\ntwo\n", Files.readString(dir.resolve("copy.txt")));
        assertEquals(false, Files.exists(dir.resolve("sub")));
        Guest.Outcome pipe = Guest.nova(busybox, List.of("sh", "-c", "echo $(echo sub)"), new byte[0], dir);
        assertEquals(2, pipe.status(), "command substitution needs pipe2 and fork: ENOSYS, reported by sh");
    }
}
