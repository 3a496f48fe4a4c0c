package cellengine.api.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings a {@link TransportProvider} creates a transport with.
 *
 * <p>Transports never follow redirects: {@link #followRedirects()} is always {@code false}. The client decides what a
 * 3xx means, so credentials are never replayed to another origin.
 *
 * @param connectTimeout how long to wait for a connection; positive
 * @param requestTimeout how long to wait for the response headers of a request that sets no timeout; positive
 * @param httpVersion the protocol to ask for
 * @since 0.1
 */
public record TransportConfig(Duration connectTimeout, Duration requestTimeout, HttpVersion httpVersion) {

    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default request timeout: 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Checks the settings.
     *
     * @param connectTimeout how long to wait for a connection; positive
     * @param requestTimeout how long to wait for response headers by default; positive
     * @param httpVersion the protocol to ask for
     * @throws IllegalArgumentException when a timeout is zero or negative
     */
    public TransportConfig {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(httpVersion, "httpVersion");
    }

    /** {@return the defaults: 10 s to connect, 60 s per request, HTTP/1.1} */
    public static TransportConfig defaults() {
        return new TransportConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, HttpVersion.HTTP_1_1);
    }

    /** {@return always {@code false}: transports return a 3xx to the client instead of following it} */
    public boolean followRedirects() {
        return false;
    }

    /**
     * {@return a copy with another connect timeout}
     *
     * @param timeout the new connect timeout; positive
     */
    public TransportConfig withConnectTimeout(Duration timeout) {
        return new TransportConfig(timeout, requestTimeout, httpVersion);
    }

    /**
     * {@return a copy with another request timeout}
     *
     * @param timeout the new request timeout; positive
     */
    public TransportConfig withRequestTimeout(Duration timeout) {
        return new TransportConfig(connectTimeout, timeout, httpVersion);
    }

    /**
     * {@return a copy asking for another protocol version}
     *
     * @param version the new version
     */
    public TransportConfig withHttpVersion(HttpVersion version) {
        return new TransportConfig(connectTimeout, requestTimeout, version);
    }

    static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
