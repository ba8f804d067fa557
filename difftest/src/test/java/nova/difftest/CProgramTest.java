package nova.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nova.linuxuser.LinuxRunner;
import nova.linuxuser.RunConfig;
import nova.linuxuser.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * C programs from {@code guest/c/} built with {@code aarch64-linux-gnu-gcc -static -O2}: glibc's
 * string functions (AdvSIMD paths), libm, setjmp/longjmp, qsort, printf/strtod. Each runs under
 * qemu and under the linuxuser harness on our core; stdout and exit status must be identical.
 */
class CProgramTest {
    static final long MAX_INSTRUCTIONS = 3_000_000_000L;

    @ParameterizedTest(name = "{0}.c")
    @ValueSource(strings = {"strings", "math", "setjmp", "qsort", "printf"})
    void outputMatchesQemu(String name) throws IOException {
        Toolchain.requireTools();
        Path elf = Toolchain.buildC(Toolchain.repoRoot().resolve("guest/c/" + name + ".c"), List.of("-lm"));
        long t0 = System.nanoTime();
        Toolchain.Result q = QemuRunner.run(elf, List.of(), 300);
        long t1 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        RunResult r = LinuxRunner.run(RunConfig.of(elf, List.of())
                .withStdio(new ByteArrayInputStream(new byte[0]), out, err)
                .withMaxInstructions(MAX_INSTRUCTIONS));
        System.out.printf("cprog %s: %d instructions, nova %.2f s, qemu %.2f s%n", name, r.instructions(), r.nanos() / 1e9,
                (t1 - t0) / 1e9);
        String expected = new String(q.stdout(), StandardCharsets.UTF_8);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (!expected.equals(actual)) fail(name + ": stdout differs from qemu's" + (r.error() != null ? " (nova: " + r.error() + ")" : "")
                + "\n" + firstDifference(expected, actual));
        assertEquals(q.exitCode(), r.exitStatus(), () -> name + ": exit status; nova: " + r.error() + "\n" + err);
    }

    /** The first differing line with its number, and a few lines of context. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of output>", al = i < a.length ? a[i] : "<end of output>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ":\n  qemu: " + el + "\n  nova: " + al
                        + "\n  (qemu " + e.length + " lines, nova " + a.length + " lines)";
            }
        }
        return "(identical lines)";
    }
}
