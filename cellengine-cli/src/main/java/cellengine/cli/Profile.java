package cellengine.cli;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named set of connection settings from the profile file. A password is never stored: a profile with a user
 * name gets the password from {@code CELLENGINE_PASSWORD} or a prompt, and so do the proxy and client-certificate
 * passwords ({@code CELLENGINE_PROXY_PASSWORD}, {@code CELLENGINE_CLIENT_CERT_PASSWORD}).
 *
 * @param name the profile's name, letters, digits, {@code -} and {@code _}
 * @param baseUrl the server origin, or {@code null} for the default
 * @param token a session or personal access token, or {@code null}
 * @param username a user name for the password flow, or {@code null}
 * @param network how to reach the server; each part {@code null} when not set
 */
record Profile(String name, String baseUrl, String token, String username, Network network) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    Profile {
        requireValidName(name);
        Objects.requireNonNull(network, "network");
    }

    Profile(String name, String baseUrl, String token, String username) {
        this(name, baseUrl, token, username, Network.NONE);
    }

    /**
     * A profile's network settings, each {@code null} when not set (see {@link NetworkOptions}).
     *
     * @param proxy {@code HOST:PORT}, {@code none} or {@code system}
     * @param noProxy the hosts reached directly
     * @param proxyUser the proxy user
     * @param caBundle a PEM file of trusted CA certificates
     * @param clientCert a PKCS12 client certificate
     * @param transport the transport's name
     */
    record Network(String proxy, String noProxy, String proxyUser, String caBundle, String clientCert,
                   String transport) {
        static final Network NONE = new Network(null, null, null, null, null, null);
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
                + ", username=" + username + ", network=" + network + "]";
    }
}
