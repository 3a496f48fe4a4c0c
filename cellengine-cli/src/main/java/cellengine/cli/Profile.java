package cellengine.cli;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named set of connection settings from the profile file. A password is never stored: a profile with a user
 * name gets the password from {@code CELLENGINE_PASSWORD} or a prompt.
 *
 * @param name the profile's name, letters, digits, {@code -} and {@code _}
 * @param baseUrl the server origin, or {@code null} for the default
 * @param token a session or personal access token, or {@code null}
 * @param username a user name for the password flow, or {@code null}
 */
record Profile(String name, String baseUrl, String token, String username) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    Profile {
        requireValidName(name);
    }

    /**
     * Checks a profile name.
     *
     * @param name the name
     * @return the name
     * @throws CliException (usage) when it is not 1 to 64 letters, digits, {@code -} or {@code _}
     */
    static String requireValidName(String name) {
        Objects.requireNonNull(name, "profile name");
        if (!NAME.matcher(name).matches()) {
            throw new CliException(ExitCodes.USAGE, "a profile name is 1 to 64 letters, digits, '-' or '_', was '"
                    + name + "'");
        }
        return name;
    }

    /** {@return whether the profile says how to authenticate} */
    boolean hasCredentials() {
        return token != null || username != null;
    }

    @Override
    public String toString() {
        return "Profile[name=" + name + ", baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "<redacted>")
                + ", username=" + username + "]";
    }
}
