package cellengine.cli;

import cellengine.api.CellEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that calls the API: it connects with the {@link ConnectionOptions}, runs, and closes the client.
 * Subclasses implement {@link #run(CellEngine)}.
 */
abstract class ApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Override
    public final Integer call() throws Exception {
        try (CellEngine client = connection.connect(context())) {
            return run(client);
        }
    }

    /**
     * Runs the command.
     *
     * @param client a connected client, closed afterwards
     * @return the exit status
     * @throws Exception any failure; {@link ErrorReporter} turns it into one line and an exit code
     */
    abstract int run(CellEngine client) throws Exception;

    /** {@return where results go: the command line's stdout} */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** {@return where progress and notes go: the command line's stderr} */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** {@return the environment, home folder, terminal flag and prompt of this run} */
    final CliContext context() {
        return Main.context(spec);
    }
}
