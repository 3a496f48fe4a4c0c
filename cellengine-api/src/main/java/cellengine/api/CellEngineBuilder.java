package cellengine.api;

import cellengine.api.internal.http.CallSettings;
import cellengine.api.internal.http.Origins;
import cellengine.api.internal.net.NetworkSettings;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.KeyStoreFile;
import cellengine.api.spi.ProxyCredentials;
import cellengine.api.spi.ProxySetting;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.Transports;
import cellengine.api.spi.TrustMaterial;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds a {@link CellEngine}; get one from {@link CellEngine#builder()}. Each setter changes the builder, rejects
 * bad values at once naming the parameter, and returns the builder. The builder is not thread-safe;
 * {@link #build()} returns a new client each time. {@link #toString()} hides the token and the passwords.
 *
 * @since 0.1
 */
public final class CellEngineBuilder {
    String baseUrl = CellEngine.DEFAULT_BASE_URL;
    String token;
    boolean bearer;
    String username;
    char[] password;
    Supplier<String> otpSupplier;
    Transport transport;
    String transportName;
    Duration connectTimeout = TransportConfig.DEFAULT_CONNECT_TIMEOUT;
    Duration requestTimeout = TransportConfig.DEFAULT_REQUEST_TIMEOUT;
    HttpVersion httpVersion = HttpVersion.HTTP_1_1;
    Duration readTimeout = CallSettings.DEFAULT_READ_TIMEOUT;
    Duration callTimeout;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    boolean allowInsecureHttp;
    final List<Interceptor> interceptors = new java.util.ArrayList<>();
    ProxySetting proxy;
    ProxyCredentials proxyCredentials;
    TrustMaterial trust;
    KeyStoreFile clientCertificate;
    List<String> tlsProtocols;
    Map<String, String> environment;

    CellEngineBuilder() {
    }

    /**
     * Sets the server origin.
     *
     * @param url such as {@code https://cellengine.com} or {@code http://127.0.0.1:8080}: scheme, host and
     *         optional port, no path (the client adds {@code /api/v1}); a trailing slash is dropped
     * @return this builder
     * @throws IllegalArgumentException when the URL is not an http(s) origin
     */
    public CellEngineBuilder baseUrl(String url) {
        this.baseUrl = normaliseOrigin(Objects.requireNonNull(url, "baseUrl"));
        return this;
    }

    /**
     * Uses a session token or personal access token, sent as the cookie {@code token}. A user name set with
     * {@link #credentials} takes precedence, as in the Python client.
     *
     * @param value the token
     * @return this builder
     * @throws IllegalArgumentException when the token is blank
     */
    public CellEngineBuilder token(String value) {
        Objects.requireNonNull(value, "token");
        if (value.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        this.token = value.strip();
        return this;
    }

    /**
     * Also sends the token as {@code Authorization: Bearer} (as the R client does for personal access tokens).
     *
     * @param value whether to send the header
     * @return this builder
     */
    public CellEngineBuilder bearerToken(boolean value) {
        this.bearer = value;
        return this;
    }

    /**
     * Signs in with a user name and password ({@code POST /api/v1/signin}) on the first call. The builder keeps
     * a copy of the password; the client wipes its own copy after signing in, so the caller may wipe theirs
     * after {@link #build()}.
     *
     * @param user the user name
     * @param secret the password
     * @return this builder
     * @throws IllegalArgumentException when the user name is blank
     */
    public CellEngineBuilder credentials(String user, char[] secret) {
        Objects.requireNonNull(user, "username");
        Objects.requireNonNull(secret, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        this.username = user;
        this.password = secret.clone();
        return this;
    }

    /**
     * Supplies a one-time code when sign-in answers {@code "otp" is required}. Called at most once per sign-in,
     * on the thread making the first call.
     *
     * @param supplier returns the current code
     * @return this builder
     */
    public CellEngineBuilder otpSupplier(Supplier<String> supplier) {
        this.otpSupplier = Objects.requireNonNull(supplier, "otpSupplier");
        return this;
    }

    /**
     * Uses this transport instead of discovery. The client does not close it.
     *
     * @param value the transport
     * @return this builder
     */
    public CellEngineBuilder transport(Transport value) {
        this.transport = Objects.requireNonNull(value, "transport");
        return this;
    }

    /**
     * Chooses a discovered transport provider by name (such as {@code "jdk"}), before the system property
     * {@code cellengine.transport} and the variable {@code CELLENGINE_TRANSPORT}.
     *
     * @param name the provider name
     * @return this builder
     */
    public CellEngineBuilder transportName(String name) {
        this.transportName = Objects.requireNonNull(name, "transportName");
        return this;
    }

    /**
     * Sets how long to wait for a connection (used when the client creates the transport).
     *
     * @param value positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public CellEngineBuilder connectTimeout(Duration value) {
        this.connectTimeout = positive(value, "connectTimeout");
        return this;
    }

    /**
     * Sets how long to wait for each attempt's response headers (the time to the first byte of the answer).
     *
     * @param value positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public CellEngineBuilder requestTimeout(Duration value) {
        this.requestTimeout = positive(value, "requestTimeout");
        return this;
    }

    /**
     * Sets how long a single read of a response body may block. A body that stops arriving fails with a
     * {@link TransportException} naming the read timeout instead of hanging.
     *
     * @param value positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public CellEngineBuilder readTimeout(Duration value) {
        this.readTimeout = positive(value, "readTimeout");
        return this;
    }

    /**
     * Sets a deadline for each whole call: every attempt, the waits between them, and reading the answer. A
     * call that runs out of time fails with a {@link TransportException} naming the call timeout; no retry is
     * started that the deadline could not cover. There is none by default.
     *
     * @param value positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public CellEngineBuilder callTimeout(Duration value) {
        this.callTimeout = positive(value, "callTimeout");
        return this;
    }

    /**
     * Sets when failed calls are retried and how long the client waits in between.
     *
     * @param value the policy; {@link RetryPolicy#none()} turns retries off
     * @return this builder
     */
    public CellEngineBuilder retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return this;
    }

    /**
     * Allows a plain {@code http://} base URL on a host other than loopback. Without it, {@link #build()}
     * refuses such a URL, because the token would cross the network unencrypted. Loopback
     * ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}) is always allowed.
     *
     * @param value whether to allow it
     * @return this builder
     */
    public CellEngineBuilder allowInsecureHttp(boolean value) {
        this.allowInsecureHttp = value;
        return this;
    }

    /**
     * Sets the HTTP version asked for (used when the client creates the transport).
     *
     * @param value HTTP/1.1 (default) or HTTP/2
     * @return this builder
     */
    public CellEngineBuilder httpVersion(HttpVersion value) {
        this.httpVersion = Objects.requireNonNull(value, "httpVersion");
        return this;
    }

    /**
     * Adds a hook that runs around every HTTP attempt (see {@link Interceptor} for the order relative to
     * authentication, retries and logging). Interceptors run in the order added, the first added outermost.
     *
     * @param interceptor the interceptor, shared by every call and thread
     * @return this builder
     */
    public CellEngineBuilder addInterceptor(Interceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /**
     * Sets which proxy the transport uses: {@link ProxySetting#direct()}, {@link ProxySetting#jvm()} or
     * {@link ProxySetting#of(String)}. Without it, the JVM's proxy system properties apply when set, else
     * {@code HTTPS_PROXY}, {@code http_proxy} and {@code NO_PROXY} (docs/restricted-networks.md#precedence).
     *
     * @param value the proxy setting
     * @return this builder
     */
    public CellEngineBuilder proxy(ProxySetting value) {
        this.proxy = Objects.requireNonNull(value, "proxy");
        return this;
    }

    /**
     * Uses one proxy for every URL, as {@code proxy(ProxySetting.of(hostAndPort))}.
     *
     * @param hostAndPort such as {@code proxy.example.com:3128}
     * @return this builder
     * @throws IllegalArgumentException when it is not an http proxy's host and port
     */
    public CellEngineBuilder proxy(String hostAndPort) {
        return proxy(ProxySetting.of(Objects.requireNonNull(hostAndPort, "proxy")));
    }

    /**
     * Sets the user name and password sent to the proxy when it asks (never to the server). Without it,
     * {@code CELLENGINE_PROXY_USERNAME} and {@code CELLENGINE_PROXY_PASSWORD} apply. The builder keeps a copy
     * of the password.
     *
     * @param user the proxy user name (DOMAIN&#92;user for NTLM)
     * @param secret the proxy password
     * @return this builder
     * @throws IllegalArgumentException when the user name is blank
     */
    public CellEngineBuilder proxyCredentials(String user, char[] secret) {
        this.proxyCredentials = new ProxyCredentials(user, secret);
        return this;
    }

    /**
     * Trusts the CA certificates of a PEM file instead of the JVM's trust store, as {@code CELLENGINE_CA_BUNDLE}
     * does.
     *
     * @param pemFile one or more {@code -----BEGIN CERTIFICATE-----} blocks
     * @return this builder
     */
    public CellEngineBuilder caBundle(Path pemFile) {
        this.trust = new TrustMaterial.PemBundle(Objects.requireNonNull(pemFile, "caBundle"), "builder caBundle");
        return this;
    }

    /**
     * Trusts the certificates of a PKCS12 or JKS trust store instead of the JVM's.
     *
     * @param file the trust store
     * @param secret its password (may be empty); the builder keeps a copy
     * @return this builder
     */
    public CellEngineBuilder trustStore(Path file, char[] secret) {
        this.trust = new TrustMaterial.TrustStore(new KeyStoreFile(Objects.requireNonNull(file, "trustStore"),
                secret, "builder trustStore"));
        return this;
    }

    /**
     * Uses an {@link javax.net.ssl.SSLContext} built by the caller, with its trust and keys, as it is.
     *
     * @param context the context
     * @return this builder
     */
    public CellEngineBuilder sslContext(javax.net.ssl.SSLContext context) {
        this.trust = new TrustMaterial.Context(context, "builder sslContext");
        return this;
    }

    /**
     * Presents a client certificate for mutual TLS, from a PKCS12 file holding the key and its chain. Without
     * it, {@code CELLENGINE_CLIENT_CERT} and {@code CELLENGINE_CLIENT_CERT_PASSWORD} apply.
     *
     * @param pkcs12 the file
     * @param secret the password of the file and its key; the builder keeps a copy
     * @return this builder
     */
    public CellEngineBuilder clientCertificate(Path pkcs12, char[] secret) {
        this.clientCertificate = new KeyStoreFile(Objects.requireNonNull(pkcs12, "clientCertificate"),
                secret, "builder clientCertificate");
        return this;
    }

    /**
     * Allows only these TLS protocol versions, such as {@code "TLSv1.3"}. Without it,
     * {@code CELLENGINE_TLS_PROTOCOLS} applies, else the JVM's defaults.
     *
     * @param protocols the protocol names
     * @return this builder
     */
    public CellEngineBuilder tlsProtocols(String... protocols) {
        this.tlsProtocols = List.of(protocols);
        return this;
    }

    /**
     * Applies {@code CELLENGINE_BASE_URL}, {@code CELLENGINE_AUTH_TOKEN}, {@code CELLENGINE_USERNAME},
     * {@code CELLENGINE_PASSWORD} and {@code CELLENGINE_TRANSPORT} from the given variables; blank ones are
     * ignored. The network variables ({@code HTTPS_PROXY}, {@code NO_PROXY}, {@code CELLENGINE_PROXY_*},
     * {@code CELLENGINE_CA_BUNDLE}, {@code CELLENGINE_CLIENT_CERT*}, {@code CELLENGINE_TLS_PROTOCOLS}) are read
     * from these variables instead of the process environment when {@link #build()} decides the network
     * settings.
     *
     * @param environment variable names to values
     * @return this builder
     * @throws IllegalStateException when {@code CELLENGINE_USERNAME} is set without {@code CELLENGINE_PASSWORD}
     */
    public CellEngineBuilder environment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        this.environment = Map.copyOf(environment);
        String url = nonBlank(environment.get("CELLENGINE_BASE_URL"));
        if (url != null) {
            baseUrl(url);
        }
        String envToken = nonBlank(environment.get("CELLENGINE_AUTH_TOKEN"));
        if (envToken != null) {
            token(envToken);
        }
        String user = nonBlank(environment.get("CELLENGINE_USERNAME"));
        if (user != null) {
            String secret = environment.get("CELLENGINE_PASSWORD");
            if (secret == null || secret.isEmpty()) {
                throw new IllegalStateException("CELLENGINE_USERNAME is set but CELLENGINE_PASSWORD is not");
            }
            credentials(user, secret.toCharArray());
        }
        String name = nonBlank(environment.get(Transports.ENVIRONMENT_VARIABLE));
        if (name != null && transportName == null) {
            transportName = name;
        }
        return this;
    }

    /**
     * {@return a new client}
     *
     * @throws IllegalStateException when neither a token nor credentials were given, or the base URL is plain
     *         {@code http://} on a host other than loopback without {@link #allowInsecureHttp(boolean)}
     * @throws NoTransportException when no transport was given and discovery finds none
     */
    public CellEngine build() {
        if (!allowInsecureHttp && !Origins.secureOrLoopback(baseUrl)) {
            throw new IllegalStateException("baseUrl " + baseUrl + " uses plain http on a host that is not "
                    + "loopback, so the token would cross the network unencrypted. Use https://, or call "
                    + "allowInsecureHttp(true) on CellEngine.builder() if the network is trusted");
        }
        if (username == null && token == null) {
            throw new IllegalStateException("Authentication failed: Username or token must be provided. Call "
                    + "token(...) or credentials(...) on CellEngine.builder(), or set CELLENGINE_AUTH_TOKEN, "
                    + "or CELLENGINE_USERNAME and CELLENGINE_PASSWORD");
        }
        NetworkSettings.Requested requested = new NetworkSettings.Requested(proxy, proxyCredentials, trust,
                clientCertificate, tlsProtocols);
        if (transport != null) {
            if (requested.any()) {
                throw new IllegalStateException("the " + requested.first() + " setting cannot be applied to a "
                        + "transport given with transport(...) (" + transport.describe() + "): configure it on "
                        + "that transport, or leave transport(...) out so that the client creates one");
            }
            return new CellEngine(this, transport, false);
        }
        NetworkSettings.Resolved network = environment == null ? NetworkSettings.resolve(requested)
                : NetworkSettings.resolve(requested, System::getProperty, environment);
        Transport created = Transports.select(transportName).create(network.applyTo(
                new TransportConfig(connectTimeout, requestTimeout, httpVersion)));
        return new CellEngine(this, created, true);
    }

    @Override
    public String toString() {
        return "CellEngine.CellEngineBuilder[baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "<redacted>")
                + ", bearer=" + bearer + ", username=" + (username == null ? "none" : "'" + username + "'")
                + ", password=" + (password == null ? "none" : "<redacted>") + ", otpSupplier="
                + (otpSupplier != null) + ", transport=" + (transport != null ? transport.describe()
                : transportName != null ? transportName : "discovered") + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
                + (callTimeout == null ? "none" : callTimeout) + ", retryPolicy=" + retryPolicy
                + (allowInsecureHttp ? ", allowInsecureHttp" : "") + ", httpVersion=" + httpVersion
                + (proxy == null ? "" : ", proxy=" + proxy)
                + (proxyCredentials == null ? "" : ", proxyCredentials=" + proxyCredentials)
                + (trust == null ? "" : ", trust=" + trust)
                + (clientCertificate == null ? "" : ", clientCertificate=" + clientCertificate)
                + (tlsProtocols == null ? "" : ", tlsProtocols=" + tlsProtocols)
                + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors.size()) + "]";
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** The URL for a message, unless it may carry user info (a password) before an {@code @}. */
    private static String shown(String url) {
        return url.indexOf('@') >= 0 ? "<a URL with user info, not shown>" : url;
    }

    private static String normaliseOrigin(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: '" + shown(url) + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http or https origin such as "
                    + CellEngine.DEFAULT_BASE_URL + ", was '" + shown(url) + "'");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must be scheme, host and port only (no user info, "
                    + "query or fragment), was '" + scheme + "://" + uri.getHost() + "...'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("baseUrl must be the origin without a path (the client adds "
                    + "/api/v1), such as " + CellEngine.DEFAULT_BASE_URL + ", was '" + shown(url) + "'");
        }
        return scheme + "://" + uri.getRawAuthority();
    }
}
