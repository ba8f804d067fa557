package nova.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code nova a64-run PROGRAM [ARGS]}: a static aarch64 Linux ELF on the A64 core (issue 3). */
@Command(name = "a64-run", mixinStandardHelpOptions = true,
        description = "Run a static aarch64 Linux ELF on the simulated A64 core.")
final class A64RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("nova a64-run: the A64 core is not built yet (issue 3)");
        return 1;
    }
}
