package cellengine.cli;

import cellengine.fakeserver.FakeCellEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellengine serve}: runs the fake CellEngine server in the foreground until interrupted, optionally seeded
 * from a snapshot and exporting one when it stops.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the in-memory fake CellEngine server in the foreground (Ctrl-C stops it).",
                "--snapshot seeds it from a snapshot file; --export-snapshot writes its state when it stops."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, defaultValue = "8080",
            description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Load this snapshot (from --export-snapshot or FakeCellEngine.exportSnapshot) at start.")
    Path snapshot;

    @Option(names = "--export-snapshot", paramLabel = "FILE",
            description = "Write the server's state to this file when it stops.")
    Path exportSnapshot;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CliException(ExitCodes.USAGE, "--port must be between 0 and 65535, was " + port);
        }
        if (snapshot != null && !Files.isRegularFile(snapshot)) {
            throw new CliException(ExitCodes.USAGE, "--snapshot " + snapshot + ": no such file");
        }
        if (exportSnapshot != null) {
            Path parent = exportSnapshot.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new CliException(ExitCodes.USAGE, "--export-snapshot " + exportSnapshot + ": the folder "
                        + parent + " does not exist");
            }
        }
        FakeCellEngine server = FakeCellEngine.start(cfg -> {
            cfg.port = port;
            if (snapshot != null) {
                cfg.snapshot(snapshot);
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("Fake CellEngine listening on " + server.baseUrl()
                + (snapshot == null ? "" : " (seeded from " + snapshot + ")"));
        out.println("  username: " + server.username());
        out.println("  password: " + server.password());
        out.println("  token:    " + server.token());
        out.println("Try: CELLENGINE_BASE_URL=" + server.baseUrl() + " CELLENGINE_AUTH_TOKEN=" + server.token()
                + " ./cellengine experiments list");
        out.flush();
        Main.context(spec).serving().serve(server, () -> stop(server, out));
        return ExitCodes.OK;
    }

    private void stop(FakeCellEngine server, PrintWriter out) {
        try {
            if (exportSnapshot != null) {
                server.exportSnapshot(exportSnapshot);
                out.println("Wrote the server's state to " + exportSnapshot);
                out.flush();
            }
        } finally {
            server.close();
        }
    }
}
