package nova.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code nova demo}: boots the kernel with the Java root partition manager (issue 2). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Boot NOVA on the default platform with the Java root partition manager.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("nova demo: the kernel is not built yet (issue 2)");
        return 1;
    }
}
