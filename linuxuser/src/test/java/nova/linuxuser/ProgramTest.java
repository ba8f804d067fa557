package nova.linuxuser;

import static nova.linuxuser.TestElf.R;
import static nova.linuxuser.TestElf.SVC0;
import static nova.linuxuser.TestElf.X;
import static nova.linuxuser.TestElf.code;
import static nova.linuxuser.TestElf.movz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole programs through the harness: exit paths, fatal exits as one line, determinism. */
class ProgramTest {
    @TempDir
    Path dir;

    private Path write(byte[] image) throws Exception {
        Path p = dir.resolve("prog");
        Files.write(p, image);
        return p;
    }

    private static int movk(int rd, int imm16, int shift) {
        return 0xF2800000 | ((shift / 16) << 21) | (imm16 << 5) | rd;
    }

    @Test
    void exitGroupStatusBecomesTheExitStatus() throws Exception {
        Guest.Outcome o = Guest.nova(write(TestElf.exitProgram(42)), List.of(), new byte[0], dir);
        assertEquals(42, o.status());
        assertNull(o.error());
        assertEquals(3, o.instructions());
    }

    @Test
    void writeToStdoutThenExit() throws Exception {
        byte[] msg = "hi from A64\n".getBytes(StandardCharsets.US_ASCII);
        byte[] text = code(movz(0, 1), movz(1, 0x100), movk(1, 0x40, 16), movz(2, msg.length), movz(8, 64), SVC0,
                movz(0, 0), movz(8, 93), SVC0);
        byte[] page = new byte[0x100 + msg.length];
        System.arraycopy(text, 0, page, 0, text.length);
        System.arraycopy(msg, 0, page, 0x100, msg.length);
        byte[] image = TestElf.exec(0x400000).load(R | X, 0x400000, page, page.length).build();
        Guest.Outcome o = Guest.nova(write(image), List.of(), new byte[0], dir);
        assertEquals("hi from A64\n", o.out());
        assertEquals(0, o.status());
    }

    @Test
    void undefinedInstructionIsOneLineAndStatus132() throws Exception {
        byte[] image = TestElf.exec(0x400000).load(R | X, 0x400000, code(movz(0, 1), 0x0000_0000), 8).build();
        Guest.Outcome o = Guest.nova(write(image), List.of(), new byte[0], dir);
        assertEquals(132, o.status());
        assertEquals("undefined instruction 0x00000000 at pc 0x400004", o.error());
    }

    @Test
    void memoryFaultIsOneLineAndStatus139() throws Exception {
        int ldrX0FromX1 = 0xF9400020;
        byte[] image = TestElf.exec(0x400000).load(R | X, 0x400000, code(movz(1, 0x10), ldrX0FromX1), 8).build();
        Guest.Outcome o = Guest.nova(write(image), List.of(), new byte[0], dir);
        assertEquals(139, o.status());
        assertEquals("memory fault at pc 0x400004: read of address 0x10", o.error());
    }

    @Test
    void instructionLimitStopsARunawayGuest() throws Exception {
        int branchToSelf = 0x14000000;
        byte[] image = TestElf.exec(0x400000).load(R | X, 0x400000, code(branchToSelf), 4).build();
        Guest.Outcome o = Guest.nova(write(image), List.of(), new byte[0], dir, c -> c.withMaxInstructions(100_000));
        assertEquals(LinuxRunner.EXIT_LIMIT, o.status());
        assertTrue(o.instructions() >= 100_000);
        assertTrue(o.error().contains("instruction limit"));
    }

    @Test
    void malformedAndMissingProgramsAreOneLineErrors() throws Exception {
        Path bad = dir.resolve("bad");
        Files.writeString(bad, "#!/bin/sh\necho not an ELF\n");
        Guest.Outcome o = Guest.nova(bad, List.of(), new byte[0], dir);
        assertEquals(LinuxRunner.EXIT_CANNOT_EXECUTE, o.status());
        assertEquals(bad + ": not an ELF file (bad magic)", o.error());
        Guest.Outcome missing = Guest.nova(dir.resolve("nope"), List.of(), new byte[0], dir);
        assertEquals(LinuxRunner.EXIT_NOT_FOUND, missing.status());
        assertTrue(missing.error().endsWith("no such file"));
    }

    @Test
    void staticGlibcProgramMatchesQemu() throws Exception {
        Path prog = Tools.crossCompile("libc_tour.c", "libc_tour", "-static");
        byte[] in = "some input\n".getBytes(StandardCharsets.US_ASCII);
        Guest.Outcome nova = Guest.nova(prog, List.of("a", "b c"), in, dir,
                c -> c.withEnv(List.of("TOUR=yes", "PATH=/bin")));
        assertNull(nova.error(), nova.stderr());
        Guest.Outcome qemu = Guest.qemu(prog, List.of("a", "b c"), in, dir);
        assertEquals(7, nova.status());
        assertTrue(nova.out().contains("TOUR=yes"), nova.out());
        assertEquals(qemu.out().replace("TOUR=(unset)", "TOUR=yes"), nova.out());
    }

    @Test
    void staticPieProgramRelocatesItself() throws Exception {
        Path prog = Tools.crossCompile("libc_tour.c", "libc_tour_pie", "-static-pie");
        Guest.Outcome nova = Guest.nova(prog, List.of(), "x\n".getBytes(), dir);
        assertNull(nova.error(), nova.stderr());
        assertEquals(7, nova.status());
        assertEquals(Guest.qemu(prog, List.of(), "x\n".getBytes(), dir).out(), nova.out());
    }

    @Test
    void selfSignalsReachTheirHandlersAndReturnThroughSigreturn() {
        Path prog = Tools.crossCompile("signals.c", "signals", "-static");
        Guest.Outcome nova = Guest.nova(prog, List.of(), new byte[0], dir);
        Guest.Outcome qemu = Guest.qemu(prog, List.of(), new byte[0], dir);
        assertEquals(qemu.out(), nova.out());
        assertTrue(nova.out().contains("after: hits=2 d=1.25 x=12345"), nova.out());
        assertEquals(138, nova.status(), "SA_RESETHAND restored the default action: killed by SIGUSR1");
        assertEquals(qemu.status(), nova.status());
    }

    @Test
    void abortEndsWithStatus134() {
        Path prog = Tools.crossCompile("libc_tour.c", "libc_tour", "-static");
        Guest.Outcome nova = Guest.nova(prog, List.of("abort"), new byte[0], dir);
        assertEquals(134, nova.status());
        assertTrue(nova.error().contains("SIGABRT"), nova.error());
        assertTrue(nova.out().endsWith("float=" + String.format("%.6f", expectedFloat()) + "\n"),
                "output before abort is not lost: " + nova.out());
    }

    private static double expectedFloat() {
        double x = 1.0;
        for (int i = 0; i < 10; i++) {
            x = x * 1.5 + 0.25;
        }
        return x;
    }

    @Test
    void sameProgramSameInputSameInstructionCount() {
        Path prog = Tools.crossCompile("libc_tour.c", "libc_tour", "-static");
        Guest.Outcome a = Guest.nova(prog, List.of(), "in".getBytes(), dir);
        Guest.Outcome b = Guest.nova(prog, List.of(), "in".getBytes(), dir);
        assertEquals(a.instructions(), b.instructions());
        assertEquals(a.out(), b.out());
        Guest.Outcome seeded = Guest.nova(prog, List.of(), "in".getBytes(), dir, c -> c.withSeed(99));
        assertEquals(a.out(), seeded.out(), "the output does not depend on random bytes");
    }

    @Test
    void straceLogsEverySyscallWithItsResult() throws Exception {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        byte[] image = TestElf.exec(0x400000).load(R | X, 0x400000,
                code(movz(8, 1000), SVC0, movz(0, 3), movz(8, 94), SVC0), 20).build();
        Guest.Outcome o = Guest.nova(write(image), List.of(), new byte[0], dir,
                c -> c.withStrace(new java.io.PrintStream(log, true)));
        assertEquals(3, o.status());
        String[] lines = log.toString().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("syscall_1000(") && lines[0].endsWith("= -1 ENOSYS (errno 38)"), lines[0]);
        assertTrue(lines[1].contains("exit_group(0x3,"), lines[1]);
    }

    @Test
    void javaExceptionInsideTheHarnessIsStillOneLine() throws Exception {
        // A broken strace sink stands in for a bug: the run ends with one line, exit 70, no escaping exception.
        java.io.PrintStream broken = new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) {
            @Override
            public java.io.PrintStream printf(String format, Object... args) {
                throw new IllegalStateException("sink exploded");
            }
        };
        Guest.Outcome o = Guest.nova(write(TestElf.exitProgram(0)), List.of(), new byte[0], dir,
                c -> c.withStrace(broken));
        assertEquals(LinuxRunner.EXIT_INTERNAL, o.status());
        assertEquals("internal error at pc 0x40000c after 3 instructions: IllegalStateException: sink exploded",
                o.error());
    }
}
