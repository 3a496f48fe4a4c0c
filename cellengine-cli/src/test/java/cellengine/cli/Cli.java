package cellengine.cli;

import cellengine.fakeserver.FakeCellEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process with a chosen environment, home folder, terminal flag and prompt; captures its output. */
final class Cli {

    /** What a run printed and returned. */
    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private final Map<String, String> environment = new HashMap<>();
    private final Path home;
    private boolean terminal;
    private SecretPrompt secrets = SecretPrompt.NONE;
    private ServeLifecycle serving = (server, shutdown) -> shutdown.run();

    Cli(Path home) {
        this.home = home;
    }

    /** {@return a CLI pointed at the server with its token in the environment} */
    static Cli against(FakeCellEngine server, Path home) {
        return new Cli(home).env("CELLENGINE_BASE_URL", server.baseUrl()).env("CELLENGINE_AUTH_TOKEN",
                server.token());
    }

    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Cli withoutEnv(String name) {
        environment.remove(name);
        return this;
    }

    Cli terminal(boolean value) {
        this.terminal = value;
        return this;
    }

    Cli secrets(SecretPrompt value) {
        this.secrets = value;
        return this;
    }

    Cli serving(ServeLifecycle value) {
        this.serving = value;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new CliContext(environment, home, terminal, secrets, serving))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
