package nova.cli;

import java.io.PrintStream;

/**
 * Entry point of the {@code nova} command. It reads the global options, then hands the rest of
 * the line to one command class chosen by name, so a run of one command never loads (or
 * initialises) the classes of another: {@code a64-run} stays clear of the kernel, {@code demo}
 * of the Linux user-mode emulator. Start-up time matters: benchmarks time whole runs.
 */
public final class Main {
    static final String VERSION = "nova 0.1.0";

    static final String USAGE = """
            Usage: nova [-h | --help] [-V | --version] COMMAND [ARGS...]
            NOVA microhypervisor in Java on a simulated ARMv8-A machine.

            Commands:
              demo            Boot NOVA on the simulated platform with the Java root
                              partition manager.
              a64-run         Run a static aarch64 Linux ELF on the simulated A64 core
                              (like qemu-aarch64).
              help [COMMAND]  Show this help, or the help of COMMAND.

            Options:
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.

            'nova COMMAND --help' shows the options of COMMAND.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; returns the exit status (0 ok, 2 bad command line, else the command's). */
    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv);
        String command;
        try {
            while (args.nextOption()) {
                if (args.flag("-h", "--help")) {
                    out.print(USAGE);
                    return 0;
                } else if (args.flag("-V", "--version")) {
                    out.println(VERSION);
                    return 0;
                } else {
                    throw args.unknownOption();
                }
            }
            if (!args.hasNext()) {
                out.print(USAGE);
                return 0;
            }
            command = args.next();
        } catch (UsageException e) {
            err.println("nova: " + e.getMessage());
            return 2;
        }
        // Static calls only: a command class is loaded when, and only when, its name was given.
        return switch (command) {
            case "a64-run" -> A64RunCommand.run(args.rest(), out, err);
            case "demo" -> DemoCommand.run(args.rest(), out, err);
            case "help" -> help(args.rest(), out, err);
            default -> {
                err.println("nova: unknown command '" + command + "' (try 'nova --help')");
                yield 2;
            }
        };
    }

    /** {@code nova help [COMMAND]}. The usage texts are constants, so no command class is loaded. */
    private static int help(String[] words, PrintStream out, PrintStream err) {
        if (words.length > 1) {
            err.println("nova help: expects at most one COMMAND, got " + words.length + " words");
            return 2;
        }
        String text = words.length == 0 ? USAGE : switch (words[0]) {
            case "a64-run" -> A64RunCommand.USAGE;
            case "demo" -> DemoCommand.USAGE;
            case "help", "-h", "--help" -> USAGE;
            default -> null;
        };
        if (text == null) {
            err.println("nova help: unknown command '" + words[0] + "' (try 'nova --help')");
            return 2;
        }
        out.print(text);
        return 0;
    }
}
