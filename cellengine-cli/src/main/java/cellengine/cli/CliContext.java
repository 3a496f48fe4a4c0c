package cellengine.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the CLI reads from its surroundings, gathered in one place so that tests can run every command in-process:
 * the environment variables, the home folder (for {@code ~/.config/cellengine}), whether stdout is a terminal,
 * how to ask for a secret, and how {@code serve} waits to be stopped.
 *
 * @param environment variable names to values
 * @param home the user's home folder
 * @param terminal whether stdout is an interactive terminal (progress bars are drawn only then)
 * @param secrets asks the user for a password or token without echoing it
 * @param serving blocks {@code serve} until it should stop
 */
record CliContext(Map<String, String> environment, Path home, boolean terminal, SecretPrompt secrets,
                  ServeLifecycle serving) {

    CliContext {
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(serving, "serving");
    }

    /** {@return the context of a real process: its environment, home, console and shutdown hook} */
    static CliContext system() {
        Console console = System.console();
        SecretPrompt prompt = console == null ? SecretPrompt.NONE : console::readPassword;
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.home")), console != null, prompt,
                ServeLifecycle.untilShutdown());
    }

    /** {@return the folder of the profile file: {@code $XDG_CONFIG_HOME/cellengine} or {@code ~/.config/cellengine}} */
    Path configDirectory() {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        return base.resolve("cellengine");
    }
}
