package cellengine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cellengine} command: the entry point of the CLI jar and of the {@code ./cellengine} launcher.
 *
 * @since 0.1
 */
@Command(name = "cellengine", mixinStandardHelpOptions = true, version = "cellengine 0.1.0",
        description = "CellEngine from the command line: a guided demo, a local fake server, and more.",
        subcommands = {DemoCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @return the exit status
     */
    public static int run(String... args) {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorReporter()).execute(args);
    }
}
