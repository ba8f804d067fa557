package nova.difftest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a guest ELF under {@code qemu-aarch64 -cpu cortex-a57}, the oracle. */
public final class QemuRunner {
    private QemuRunner() {}

    public static Toolchain.Result run(Path elf, List<String> args, long timeoutSeconds) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Toolchain.QEMU, "-cpu", Toolchain.QEMU_CPU, elf.toString()));
        cmd.addAll(args);
        return Toolchain.run(cmd, null, timeoutSeconds);
    }

    /** Starts the oracle in the background so our in-process run overlaps it. */
    public static CompletableFuture<Toolchain.Result> start(Path elf, List<String> args, long timeoutSeconds) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(elf, args, timeoutSeconds);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
