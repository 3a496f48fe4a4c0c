package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that say which server to talk to and how to sign in, shared by every command that calls the API.
 *
 * <p>The base URL comes from the first of: {@code --base-url}, the profile named by {@code --profile},
 * {@code CELLENGINE_BASE_URL}, the profile named by {@code CELLENGINE_PROFILE} (or {@code default}), and
 * {@value CellEngine#DEFAULT_BASE_URL}. Credentials come, as a whole, from the first of the same sources that has
 * any: {@code --token} or {@code --username}; the named profile; {@code CELLENGINE_AUTH_TOKEN} or
 * {@code CELLENGINE_USERNAME}; the default profile. A user name takes precedence over a token, as in the SDK. The
 * password comes from {@code CELLENGINE_PASSWORD} or a prompt on the terminal, never from a flag. The network
 * settings (proxy, CA bundle, client certificate, transport) are {@link NetworkOptions}.
 */
final class ConnectionOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Server origin, such as https://cellengine.com or http://127.0.0.1:8080.")
    String baseUrl;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = {"Session or personal access token. Prefer CELLENGINE_AUTH_TOKEN or a profile:",
                    "other users can see command-line flags in the process list."})
    String token;

    @Option(names = "--username", paramLabel = "USER",
            description = "Sign in with this user name; the password comes from CELLENGINE_PASSWORD or a prompt.")
    String username;

    @Mixin
    NetworkOptions network;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Use this profile of ~/.config/cellengine/profiles.properties (see `cellengine configure`).")
    String profile;

    /**
     * Builds a client from the options, the environment and the profile file.
     *
     * @param context the environment, home folder and prompt
     * @return a new client, which the caller closes
     * @throws CliException (auth) when no source gives credentials, or a password is needed and none is given
     * @throws CliException (usage) when a named profile does not exist or the profile file is not private
     */
    CellEngine connect(CliContext context) {
        Map<String, String> env = context.environment();
        ProfileFile file = new ProfileFile(context.configDirectory());
        Optional<Profile> named = Optional.empty();
        if (profile != null) {
            named = Optional.of(file.read(profile).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                    "no profile '" + profile + "' in " + file.path() + " (profiles there: "
                            + (file.names().isEmpty() ? "none" : String.join(", ", file.names()))
                            + "); create it with: cellengine configure --profile " + profile)));
        }
        Optional<Profile> fallback = named.isPresent() ? Optional.empty()
                : file.read(nonBlank(env.get("CELLENGINE_PROFILE")).orElse("default"));

        CellEngineBuilder builder = CellEngine.builder();
        firstOf(Optional.ofNullable(baseUrl), named.map(Profile::baseUrl),
                nonBlank(env.get("CELLENGINE_BASE_URL")), fallback.map(Profile::baseUrl))
                .ifPresent(builder::baseUrl);
        Optional<String> transport = nonBlank(env.get("CELLENGINE_TRANSPORT"));
        transport.ifPresent(builder::transportName);
        network.apply(builder, named.or(() -> fallback).map(Profile::network).orElse(Profile.Network.NONE), context);

        String user;
        String secretToken;
        if (username != null || token != null) {
            user = username;
            secretToken = token;
        } else if (named.isPresent() && named.get().hasCredentials()) {
            user = named.get().username();
            secretToken = named.get().token();
        } else if (nonBlank(env.get("CELLENGINE_USERNAME")).isPresent()
                || nonBlank(env.get("CELLENGINE_AUTH_TOKEN")).isPresent()) {
            user = nonBlank(env.get("CELLENGINE_USERNAME")).orElse(null);
            secretToken = nonBlank(env.get("CELLENGINE_AUTH_TOKEN")).orElse(null);
        } else if (fallback.isPresent() && fallback.get().hasCredentials()) {
            user = fallback.get().username();
            secretToken = fallback.get().token();
        } else {
            throw new CliException(ExitCodes.AUTH, "no credentials: set CELLENGINE_AUTH_TOKEN, or CELLENGINE_USERNAME"
                    + " (and CELLENGINE_PASSWORD), or pass --token or --username, or save a profile with "
                    + "`cellengine configure`");
        }
        if (user != null) {
            char[] password = password(context, user);
            try {
                builder.credentials(user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        } else {
            builder.token(secretToken);
        }
        return builder.build();
    }

    private static char[] password(CliContext context, String user) {
        String fromEnv = context.environment().get("CELLENGINE_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.secrets().read("Password for " + user + ": ");
        if (typed == null || typed.length == 0) {
            throw new CliException(ExitCodes.AUTH, "a password is needed to sign in as " + user
                    + ": set CELLENGINE_PASSWORD, or run on a terminal to be asked for it");
        }
        return typed;
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
