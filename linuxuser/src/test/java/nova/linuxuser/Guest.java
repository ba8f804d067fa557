package nova.linuxuser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a guest in-process through {@link LinuxRunner} and, for comparison, under qemu-aarch64. */
public final class Guest {
    /** A run's observable result: exit status, stdout bytes, stderr text, instructions. */
    public record Outcome(int status, byte[] stdout, String stderr, long instructions, String error) {
        public String out() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Tests never hang: a runaway guest stops here (about a minute of emulation at worst). */
    public static final long TEST_BUDGET = 3_000_000_000L;

    private Guest() {}

    public static Outcome nova(Path program, List<String> args, byte[] stdin, Path cwd) {
        return nova(program, args, stdin, cwd, c -> c);
    }

    public static Outcome nova(Path program, List<String> args, byte[] stdin, Path cwd,
            java.util.function.UnaryOperator<RunConfig> tweak) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunConfig c = RunConfig.of(program, args).withStdio(new ByteArrayInputStream(stdin), out, err)
                .withWorkingDir(cwd).withMaxInstructions(TEST_BUDGET);
        RunResult r = LinuxRunner.run(tweak.apply(c));
        return new Outcome(r.exitStatus(), out.toByteArray(), err.toString(), r.instructions(), r.error());
    }

    public static Outcome qemu(Path program, List<String> args, byte[] stdin, Path cwd) {
        Tools.require("qemu-aarch64");
        List<String> cmd = new ArrayList<>(List.of("qemu-aarch64", "-cpu", "cortex-a57", program.toString()));
        cmd.addAll(args);
        List<String> env = new ArrayList<>(RunConfig.DEFAULT_ENV);
        Tools.Result r = Tools.run(cmd, stdin, cwd, env);
        return new Outcome(r.status(), r.stdout(), r.stderr(), 0, null);
    }
}
