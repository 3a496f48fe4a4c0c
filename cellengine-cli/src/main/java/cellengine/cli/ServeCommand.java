package cellengine.cli;

import cellengine.fakeserver.FakeCellEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cellengine serve}: runs the fake CellEngine server in the foreground until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the in-memory fake CellEngine server in the foreground (Ctrl-C stops it).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, defaultValue = "8080",
            description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        FakeCellEngine server = FakeCellEngine.start(cfg -> cfg.port = port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cellengine-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Fake CellEngine listening on " + server.baseUrl());
        out.println("  username: " + server.username());
        out.println("  password: " + server.password());
        out.println("  token:    " + server.token());
        out.println("Try: CELLENGINE_BASE_URL=" + server.baseUrl() + " CELLENGINE_AUTH_TOKEN=" + server.token()
                + " ./cellengine demo");
        out.flush();
        stopped.await();
        return 0;
    }
}
