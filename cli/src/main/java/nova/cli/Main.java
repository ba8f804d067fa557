package nova.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code nova} command; each sub-command lives in its own class. */
@Command(name = "nova", mixinStandardHelpOptions = true, version = "nova 0.1.0",
        description = "NOVA microhypervisor in Java on a simulated ARMv8-A machine.",
        subcommands = {DemoCommand.class, A64RunCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        // Bad arguments: one line on stderr, exit 2 (QEMU-like), no stack trace.
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("nova: " + ex.getMessage());
            return 2;
        });
        System.exit(cl.execute(args));
    }
}
