package cellengine.api.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings a {@link TransportProvider} creates a transport with.
 *
 * <p>Transports never follow redirects: {@link #followRedirects()} is always {@code false}. The client decides what a
 * 3xx means, so credentials are never replayed to another origin.
 *
 * <p>Every transport honours the network settings ({@link #proxy()}, {@link #proxyCredentials()}, {@link #tls()})
 * or refuses them when it is created with an {@link IllegalArgumentException} that names the setting and the
 * transport ({@link #requireDefaultNetwork(String)} does that for transports with no network settings of their
 * own). Proxy credentials are sent only to the proxy, never to the server.
 *
 * @param connectTimeout how long to wait for a connection; positive
 * @param requestTimeout how long to wait for the response headers of a request that sets no timeout; positive
 * @param httpVersion the protocol to ask for
 * @param proxy which proxy to use; {@link ProxySetting.Jvm} behaves as the JVM is configured
 * @param proxyCredentials the user name and password for the proxy, if it asks for them
 * @param tls trust, client certificate and protocol versions
 * @since 0.1
 */
public record TransportConfig(Duration connectTimeout, Duration requestTimeout, HttpVersion httpVersion,
                              ProxySetting proxy, Optional<ProxyCredentials> proxyCredentials, TlsConfig tls) {

    /** The default connect timeout: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default request timeout: 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final ProxySetting JVM_PROXY = new ProxySetting.Jvm("default");

    /**
     * Checks the settings.
     *
     * @param connectTimeout how long to wait for a connection; positive
     * @param requestTimeout how long to wait for response headers by default; positive
     * @param httpVersion the protocol to ask for
     * @param proxy which proxy to use
     * @param proxyCredentials the proxy's credentials, or empty
     * @param tls the TLS settings
     * @throws IllegalArgumentException when a timeout is zero or negative
     */
    public TransportConfig {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(httpVersion, "httpVersion");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(proxyCredentials, "proxyCredentials");
        Objects.requireNonNull(tls, "tls");
    }

    /**
     * Creates settings with these timeouts and protocol, and the JVM's own proxy and TLS settings.
     *
     * @param connectTimeout how long to wait for a connection; positive
     * @param requestTimeout how long to wait for response headers by default; positive
     * @param httpVersion the protocol to ask for
     * @throws IllegalArgumentException when a timeout is zero or negative
     */
    public TransportConfig(Duration connectTimeout, Duration requestTimeout, HttpVersion httpVersion) {
        this(connectTimeout, requestTimeout, httpVersion, JVM_PROXY, Optional.empty(), TlsConfig.defaults());
    }

    /** {@return the defaults: 10 s to connect, 60 s per request, HTTP/1.1, the JVM's proxy and TLS settings} */
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
        return new TransportConfig(timeout, requestTimeout, httpVersion, proxy, proxyCredentials, tls);
    }

    /**
     * {@return a copy with another request timeout}
     *
     * @param timeout the new request timeout; positive
     */
    public TransportConfig withRequestTimeout(Duration timeout) {
        return new TransportConfig(connectTimeout, timeout, httpVersion, proxy, proxyCredentials, tls);
    }

    /**
     * {@return a copy asking for another protocol version}
     *
     * @param version the new version
     */
    public TransportConfig withHttpVersion(HttpVersion version) {
        return new TransportConfig(connectTimeout, requestTimeout, version, proxy, proxyCredentials, tls);
    }

    /**
     * {@return a copy with another proxy setting}
     *
     * @param value the proxy setting
     */
    public TransportConfig withProxy(ProxySetting value) {
        return new TransportConfig(connectTimeout, requestTimeout, httpVersion, value, proxyCredentials, tls);
    }

    /**
     * {@return a copy with proxy credentials}
     *
     * @param value the credentials, or {@code null} for none
     */
    public TransportConfig withProxyCredentials(ProxyCredentials value) {
        return new TransportConfig(connectTimeout, requestTimeout, httpVersion, proxy, Optional.ofNullable(value),
                tls);
    }

    /**
     * {@return a copy with other TLS settings}
     *
     * @param value the TLS settings
     */
    public TransportConfig withTls(TlsConfig value) {
        return new TransportConfig(connectTimeout, requestTimeout, httpVersion, proxy, proxyCredentials, value);
    }

    /**
     * Refuses network settings, for a transport that has no proxy or TLS support of its own (an in-memory or a
     * test transport). Call it from {@link TransportProvider#create}.
     *
     * @param transport the transport's name, for the message
     * @throws IllegalArgumentException naming the first setting that is not the JVM's default, and the transport
     */
    public void requireDefaultNetwork(String transport) {
        Objects.requireNonNull(transport, "transport");
        String refused = !(proxy instanceof ProxySetting.Jvm) ? "the proxy setting " + proxy
                : proxyCredentials.isPresent() ? "proxy credentials for " + proxyCredentials.get().username()
                : !tls.usesJvmDefaults() ? "the TLS setting " + tls : null;
        if (refused != null) {
            throw new IllegalArgumentException("the transport '" + transport + "' cannot honour " + refused
                    + "; choose a transport that can (jdk or apache), or leave the setting out");
        }
    }

    /** {@return one line naming the proxy, its credentials' user and the TLS settings; no password} */
    public String describeNetwork() {
        return "proxy: " + proxy + proxyCredentials.map(c -> " as user " + c.username()).orElse("")
                + "; " + tls;
    }

    static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
