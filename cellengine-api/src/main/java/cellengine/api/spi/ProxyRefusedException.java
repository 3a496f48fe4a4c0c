package cellengine.api.spi;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by a {@link Transport} when the proxy, not the server, refused the request: a {@code 407 Proxy
 * Authentication Required} (missing, wrong or unusable credentials), or any other refusal of a {@code CONNECT}
 * tunnel. The client turns it into a {@link cellengine.api.ProxyException}, which is never retried.
 *
 * <p>The message names the proxy and the user, never the password.
 *
 * @since 0.1
 */
public class ProxyRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The proxy that refused. */
    private final ProxyAddress proxy;
    /** The proxy's status. */
    private final int status;
    /** The authentication schemes the proxy offered. */
    private final List<String> offeredSchemes;
    /** The user whose credentials were sent, or null. */
    private final String username;

    /**
     * Creates the exception.
     *
     * @param proxy the proxy that refused
     * @param status its status, such as 407
     * @param offeredSchemes the authentication schemes of its {@code Proxy-Authenticate} headers, such as
     *         {@code Basic} or {@code NTLM}; empty when none
     * @param username the user of the configured proxy credentials, or {@code null} when none were configured
     * @param credentialsSent whether the transport sent those credentials to the proxy
     * @param detail what the transport knows about why, such as a setting to change; may be empty
     */
    public ProxyRefusedException(ProxyAddress proxy, int status, List<String> offeredSchemes, String username,
                                 boolean credentialsSent, String detail) {
        super(message(proxy, status, offeredSchemes, username, credentialsSent, detail));
        this.proxy = Objects.requireNonNull(proxy, "proxy");
        this.status = status;
        this.offeredSchemes = List.copyOf(offeredSchemes);
        this.username = username;
    }

    private static String message(ProxyAddress proxy, int status, List<String> schemes, String username,
                                  boolean sent, String detail) {
        String offered = schemes.isEmpty() ? "" : " (" + String.join(", ", schemes) + ")";
        String what = status != 407 ? "refused the request with status " + status + " (it could not reach the "
                + "server, or its rules forbid it)"
                : username == null ? "asks for proxy authentication" + offered + " and no proxy credentials were "
                + "given: set them with proxyCredentials(...) on the builder, CELLENGINE_PROXY_USERNAME and "
                + "CELLENGINE_PROXY_PASSWORD, or the CLI's --proxy-user"
                : sent ? "refused the credentials of user '" + username + "' (407" + (schemes.isEmpty() ? ""
                : ", offers " + String.join(", ", schemes)) + ")"
                : "asks for proxy authentication" + offered + " and the credentials of user '" + username
                + "' were not sent";
        return "the proxy " + proxy + " " + what + (detail == null || detail.isEmpty() ? "" : "; " + detail);
    }

    /** {@return the proxy that refused} */
    public ProxyAddress proxy() {
        return proxy;
    }

    /** {@return the proxy's status, such as 407} */
    public int status() {
        return status;
    }

    /** {@return the authentication schemes the proxy offered} */
    public List<String> offeredSchemes() {
        return offeredSchemes;
    }

    /** {@return the user whose credentials were offered, or {@code null}} */
    public String username() {
        return username;
    }
}
