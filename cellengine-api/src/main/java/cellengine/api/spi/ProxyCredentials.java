package cellengine.api.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password for the proxy (Basic, Digest or NTLM, whichever the proxy asks for and the transport
 * can do). Sent only to the proxy, never to the server. {@link #toString()} shows the user name alone.
 *
 * @param username the user name; for NTLM it may be written DOMAIN&#92;user
 * @param password the password; the record keeps its own copy and hands out copies
 * @since 0.1
 */
public record ProxyCredentials(String username, char[] password) {

    /**
     * Checks and copies the credentials.
     *
     * @param username not blank
     * @param password not null
     * @throws IllegalArgumentException when the user name is blank
     */
    public ProxyCredentials {
        Objects.requireNonNull(username, "proxy username");
        Objects.requireNonNull(password, "proxy password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("the proxy username must not be blank");
        }
        password = password.clone();
    }

    /** {@return a copy of the password, which the caller may wipe} */
    @Override
    public char[] password() {
        return password.clone();
    }

    /** {@return the user name without an NTLM domain prefix (DOMAIN&#92;user gives {@code user})} */
    public String userWithoutDomain() {
        int slash = username.indexOf('\\');
        return slash < 0 ? username : username.substring(slash + 1);
    }

    /** {@return the NTLM domain of a DOMAIN&#92;user name, or {@code null}} */
    public String domain() {
        int slash = username.indexOf('\\');
        return slash < 0 ? null : username.substring(0, slash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyCredentials && ((ProxyCredentials) o).username.equals(username)
                && Arrays.equals(((ProxyCredentials) o).password, password);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "ProxyCredentials[username=" + username + ", password=<redacted>]";
    }
}
