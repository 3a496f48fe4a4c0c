package cellengine.cli;

import cellengine.api.CellEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellengine configure}: saves a profile to {@code ~/.config/cellengine/profiles.properties} with mode 600.
 * A token is asked for without echo (or taken from {@code CELLENGINE_AUTH_TOKEN} when there is no terminal); a
 * password is never saved.
 */
@Command(name = "configure", mixinStandardHelpOptions = true,
        description = {"Save a connection profile to ~/.config/cellengine/profiles.properties (mode 600).",
                "With --username, the user name is saved and the password is asked for at each use",
                "(or read from CELLENGINE_PASSWORD). Otherwise a token is asked for without echo, or taken",
                "from CELLENGINE_AUTH_TOKEN when there is no terminal."})
final class ConfigureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "default",
            description = "The profile to write. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = CellEngine.DEFAULT_BASE_URL,
            description = "Server origin. Default: ${DEFAULT-VALUE}.")
    String baseUrl;

    @Option(names = "--username", paramLabel = "USER", description = "Sign in with this user name.")
    String username;

    @Mixin
    NetworkOptions network;

    @Override
    public Integer call() {
        CliContext context = Main.context(spec);
        Profile.requireValidName(profile);
        // Rejects a malformed URL now rather than at the profile's first use.
        CellEngine.builder().baseUrl(baseUrl);
        String token = null;
        if (username == null) {
            char[] typed = context.secrets().read("Token for " + baseUrl + ": ");
            if (typed != null && typed.length > 0) {
                token = new String(typed).strip();
            } else {
                String fromEnv = context.environment().get("CELLENGINE_AUTH_TOKEN");
                if (fromEnv == null || fromEnv.isBlank()) {
                    throw new CliException(ExitCodes.USAGE, "no token to save: run on a terminal to be asked for "
                            + "it, set CELLENGINE_AUTH_TOKEN, or pass --username to save a user name instead");
                }
                token = fromEnv.strip();
            }
        }
        ProfileFile file = new ProfileFile(context.configDirectory());
        file.write(new Profile(profile, baseUrl, token, username, network.toProfile()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Saved profile '" + profile + "' to " + file.path() + " (mode 600)"
                + (username != null ? "; the password is asked for at each use, or read from CELLENGINE_PASSWORD"
                : ""));
        out.flush();
        return ExitCodes.OK;
    }
}
