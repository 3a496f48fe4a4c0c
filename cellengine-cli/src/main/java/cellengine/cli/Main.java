package cellengine.cli;

import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cellengine} command: the entry point of the CLI jar and of the {@code ./cellengine} launcher.
 *
 * <p>Exit statuses: 0 success, 1 other failure, 2 usage or configuration, 3 authentication, 4 not found, 5 server
 * error, 6 network. docs/cli.md describes every command.
 *
 * @since 0.1
 */
@Command(name = "cellengine", mixinStandardHelpOptions = true, version = "cellengine 0.1.0",
        description = "CellEngine from the command line: experiments, FCS files, gates, statistics, a local fake "
                + "server and a guided demo.",
        subcommands = {ExperimentsCommand.class, FilesCommand.class, AttachmentsCommand.class, GatesCommand.class,
                PopulationsCommand.class, StatsCommand.class,
                ConfigureCommand.class, ServeCommand.class, DemoCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:other failure", "2:usage or configuration error (also a 400 or 409 answer)",
                "3:authentication: no, wrong or insufficient credentials", "4:not found",
                "5:server error (5xx)", "6:network: no answer from the server"})
public final class Main {

    private final CliContext context;

    private Main(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        allowBasicForProxyTunnels();
        System.exit(run(args));
    }

    /**
     * Lets the JDK transport answer a proxy's Basic challenge for HTTPS tunnels, which {@code java.net.http}
     * refuses by default and reads once, before its first client: corporate proxies (Squid with basic_ncsa_auth)
     * ask for exactly that. A value the user set with {@code -D} is kept. Only the command line does this; a
     * library never changes a JVM-wide security property on its own (docs/restricted-networks.md).
     */
    static void allowBasicForProxyTunnels() {
        if (System.getProperty("jdk.http.auth.tunneling.disabledSchemes") == null) {
            System.setProperty("jdk.http.auth.tunneling.disabledSchemes", "");
        }
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @return the exit status
     */
    public static int run(String... args) {
        return commandLine(CliContext.system()).execute(args);
    }

    /** {@return the command line for a context, with the error reporter and case-insensitive enum values} */
    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new Main(context))
                .setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** {@return the context of the command line a command belongs to} */
    static CliContext context(CommandSpec spec) {
        return ((Main) spec.root().userObject()).context;
    }
}
