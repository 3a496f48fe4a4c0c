package cellengine.cli;

import cellengine.api.CellEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    /**
     * Downloads into a file that is written whole or not at all, with a progress bar on stderr when stdout is a
     * terminal, and says where it went.
     *
     * @param target the file to write
     * @param force whether an existing file may be replaced
     * @param name what is downloaded, for the progress bar
     * @param total the expected size in bytes, or -1 when unknown
     * @param download writes the bytes to the stream it is given
     * @throws IOException when the file cannot be written
     */
    final void downloadTo(Path target, boolean force, String name, long total, Transfers.Download download)
            throws IOException {
        Transfers.checkTarget(target, force);
        try (Progress progress = Progress.on(context(), err(), "Downloading " + name, total)) {
            Transfers.download(target, progress, download);
        }
        out().println("Wrote " + target);
        out().flush();
    }
}
