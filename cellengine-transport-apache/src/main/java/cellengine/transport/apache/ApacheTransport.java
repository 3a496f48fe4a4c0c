package cellengine.transport.apache;

import cellengine.api.spi.Headers;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.ProxyAddress;
import cellengine.api.spi.ProxyRefusedException;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.TunnelRefusedException;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.DigestSchemeFactory;
import org.apache.hc.client5.http.impl.auth.NTLMSchemeFactory;
import org.apache.hc.client5.http.impl.auth.SPNegoSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.Registry;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.apache.hc.core5.util.VersionInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Proxy;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A {@link Transport} on Apache HttpClient 5, classic (blocking) API: redirects never followed, no cookie store, no
 * retries of its own, no transparent decompression, request bodies streamed from {@link RequestBody#open()}
 * (with a {@code Content-Length} when known, chunked otherwise), response bodies as streams. Thread-safe.
 *
 * <p>Network settings are all honoured: the proxy through {@link cellengine.api.spi.ProxySetting#selector()}
 * (so {@code NO_PROXY} and the JVM's selector work as with the JDK transport), proxy credentials for
 * {@code Basic}, {@code Digest}, {@code NTLM} (a user name written DOMAIN&#92;user gives the domain) and
 * {@code Negotiate} (SPNEGO, with the JVM's Kerberos login; the password is not used), and TLS trust, client
 * certificate and protocols from {@link cellengine.api.spi.TlsConfig}. Proxy credentials are offered to proxies
 * only: this transport never answers a server's {@code 401} challenge.
 *
 * <p>Timeouts: {@link TransportConfig#connectTimeout()} to connect and to lease a pooled connection;
 * {@link TransportRequest#timeout()} (else {@link TransportConfig#requestTimeout()}) for the response headers and
 * for any single read of the body that stalls. Sockets are channel-backed, so interrupting a thread blocked in
 * {@link #send} ends it with an {@link InterruptedException}, and closing a response before its end aborts the
 * connection instead of draining it.
 *
 * @since 0.1
 */
public final class ApacheTransport implements Transport {

    /** Headers the transport sets itself and refuses from callers, as the JDK transport does. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "transfer-encoding");

    private final TransportConfig config;
    private final Pool pool;
    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;
    private final ProxyCredentialsProvider credentials;
    private final RequestConfig defaults;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a transport with the default pool ({@link Pool#defaults()}).
     *
     * @param config timeouts, proxy and TLS settings; HTTP/2 is refused (the classic API speaks HTTP/1.1)
     * @throws IllegalArgumentException naming the setting when it cannot be honoured or a TLS file cannot be used
     */
    public ApacheTransport(TransportConfig config) {
        this(config, Pool.defaults());
    }

    /**
     * Creates a transport.
     *
     * @param config timeouts, proxy and TLS settings; HTTP/2 is refused (the classic API speaks HTTP/1.1)
     * @param pool the connection pool's limits
     * @throws IllegalArgumentException naming the setting when it cannot be honoured or a TLS file cannot be used
     */
    @SuppressWarnings("deprecation") // NTLM and SPNEGO are deprecated upstream as weak; enterprise proxies still ask
    public ApacheTransport(TransportConfig config, Pool pool) {
        this.config = Objects.requireNonNull(config, "config");
        this.pool = Objects.requireNonNull(pool, "pool");
        if (config.httpVersion() == HttpVersion.HTTP_2) {
            throw new IllegalArgumentException("the transport 'apache' cannot honour httpVersion HTTP_2: the "
                    + "classic HttpClient 5 API speaks HTTP/1.1; use the jdk transport for HTTP/2");
        }
        SSLContext context = config.tls().sslContext();
        SSLParameters parameters = config.tls().sslParameters(context);
        TlsSocketStrategy tls = ClientTlsStrategyBuilder.create()
                .setSslContext(context)
                .setTlsVersions(parameters.getProtocols())
                .buildClassic();
        Registry<TlsSocketStrategy> tlsRegistry = RegistryBuilder.<TlsSocketStrategy>create()
                .register(URIScheme.HTTPS.id, tls).build();
        Timeout connect = Timeout.of(config.connectTimeout());
        this.connections = new PoolingHttpClientConnectionManager(
                new DefaultHttpClientConnectionOperator(ApacheTransport::channelSocket,
                        DefaultSchemePortResolver.INSTANCE, null, tlsRegistry),
                PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND, null);
        connections.setMaxTotal(pool.maxConnections());
        connections.setDefaultMaxPerRoute(pool.maxConnectionsPerRoute());
        connections.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(connect)
                .setSocketTimeout(Timeout.of(config.requestTimeout()))
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .setTimeToLive(TimeValue.of(pool.connectionTimeToLive()))
                .build());
        this.credentials = new ProxyCredentialsProvider(config.proxyCredentials().orElse(null));
        this.defaults = RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setResponseTimeout(Timeout.of(config.requestTimeout()))
                .setRedirectsEnabled(false)
                .setProxyPreferredAuthSchemes(List.of(StandardAuthScheme.SPNEGO, StandardAuthScheme.NTLM,
                        StandardAuthScheme.DIGEST, StandardAuthScheme.BASIC))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setRoutePlanner(new SystemDefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE,
                        config.proxy().selector()))
                .setDefaultCredentialsProvider(credentials)
                .setDefaultAuthSchemeRegistry(authSchemes())
                // The SDK authenticates to the server itself; never answer a server's 401 challenge.
                .setTargetAuthenticationStrategy((type, challenges, context1) -> List.of())
                .setDefaultRequestConfig(defaults)
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableDefaultUserAgent()
                .evictIdleConnections(TimeValue.of(pool.idleTimeout()))
                .build();
    }

    @SuppressWarnings("deprecation") // SPNegoSchemeFactory: deprecated upstream, still the only SPNEGO scheme
    private static Registry<AuthSchemeFactory> authSchemes() {
        return RegistryBuilder.<AuthSchemeFactory>create()
                .register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE)
                .register(StandardAuthScheme.DIGEST, DigestSchemeFactory.INSTANCE)
                .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE)
                .register(StandardAuthScheme.SPNEGO, SPNegoSchemeFactory.DEFAULT)
                .build();
    }

    /** Channel-backed sockets: a blocked connect or read ends when the thread is interrupted. */
    private static Socket channelSocket(Proxy proxy) throws IOException {
        if (proxy == null || proxy.type() == Proxy.Type.DIRECT) {
            return SocketChannel.open().socket();
        }
        return new Socket(proxy);
    }

    /** {@return the settings this transport was created with} */
    public TransportConfig config() {
        return config;
    }

    /** {@return the pool's limits} */
    public Pool pool() {
        return pool;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("this ApacheTransport is closed");
        }
        HttpUriRequestBase http = toHttpRequest(request);
        HttpClientContext context = HttpClientContext.create();
        long asked = credentials.requests();
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, http, context);
        } catch (IOException | CancellationException e) {
            if (Thread.interrupted()) {
                InterruptedException interrupted = new InterruptedException("interrupted while sending "
                        + request.method() + " " + request.uri().getPath());
                interrupted.initCause(e);
                throw interrupted;
            }
            if (e instanceof CancellationException) {
                throw new IOException("the request was cancelled: " + e.getMessage(), e);
            }
            throw translate(request, (IOException) e, asked);
        } catch (RuntimeException e) {
            // HttpClient's own failures (such as a malformed NTLM challenge from a proxy) must reach the caller as
            // a failed attempt, not as an unexplained runtime exception from deep inside the library.
            throw new IOException("Apache HttpClient failed on " + request.method() + " " + request.uri().getPath()
                    + ": " + e, e);
        }
        if (response.getCode() == 407) {
            // Only a proxy answers 407; the CellEngine API never does.
            http.cancel();
            response.close();
            throw refused(request, response, asked);
        }
        return TransportResponse.of(response.getCode(), headers(response), new AbortingBody(http, response,
                content(response)));
    }

    private HttpUriRequestBase toHttpRequest(TransportRequest request) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().map().forEach((name, values) -> {
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the transport itself and may "
                        + "not be given in a request");
            }
            for (String value : values) {
                http.addHeader(name, value);
            }
        });
        RequestBody body = request.body();
        if (body != null && body.contentLength() != 0) {
            http.setEntity(new RequestBodyEntity(body));
        }
        if (request.timeout() != null) {
            http.setConfig(RequestConfig.copy(defaults).setResponseTimeout(Timeout.of(request.timeout())).build());
        }
        return http;
    }

    @SuppressWarnings("deprecation") // TunnelRefusedException: deprecated upstream, still what a refused CONNECT throws
    private IOException translate(TransportRequest request, IOException e, long asked) {
        if (e instanceof ConnectTimeoutException) {
            ConnectException notConnected = new ConnectException("connect timed out after "
                    + config.connectTimeout().toMillis() + " ms");
            notConnected.initCause(e);
            return notConnected;
        }
        if (e instanceof ClientProtocolException && e.getCause() instanceof TunnelRefusedException) {
            HttpResponse response = ((TunnelRefusedException) e.getCause()).getResponse();
            ProxyRefusedException refused = refused(request, response, asked);
            refused.initCause(e);
            return refused;
        }
        if (e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)
                && e.getCause() instanceof ConnectException) {
            return (ConnectException) e.getCause();
        }
        return e;
    }

    private ProxyRefusedException refused(TransportRequest request, HttpResponse response, long asked) {
        ProxyAddress proxy = config.proxy().proxyFor(request.uri());
        if (proxy == null) {
            int port = request.uri().getPort();
            proxy = new ProxyAddress(request.uri().getHost(), port > 0 ? port
                    : request.uri().getScheme().equalsIgnoreCase("https") ? 443 : 80);
        }
        List<String> schemes = new ArrayList<>();
        int status = 407;
        if (response != null) {
            status = response.getCode();
            for (Header header : response.getHeaders("Proxy-Authenticate")) {
                String scheme = header.getValue().strip().split("[ ,]", 2)[0];
                if (!scheme.isEmpty() && !schemes.contains(scheme)) {
                    schemes.add(scheme);
                }
            }
        }
        boolean sent = credentials.requests() != asked;
        String detail = status == 407 && credentials.username() != null && !sent && !schemes.isEmpty()
                ? "none of the schemes offered is one this transport can answer with a user name and password "
                + "(Basic, Digest, NTLM; Negotiate uses the JVM's Kerberos login)" : "";
        return new ProxyRefusedException(proxy, status, schemes, credentials.username(), sent, detail);
    }

    @Override
    public String describe() {
        VersionInfo version = VersionInfo.loadVersionInfo("org.apache.hc.client5", HttpClients.class
                .getClassLoader());
        return "apache: Apache HttpClient " + (version == null ? "5" : version.getRelease()) + " (classic), "
                + "HTTP/1.1, " + pool + ", redirects never followed, " + config.describeNetwork();
    }

    /** Closes the pool's connections; later calls to {@link #send} fail. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public String toString() {
        return "ApacheTransport[" + describe() + "]";
    }

    /**
     * The connection pool's limits.
     *
     * @param maxConnections connections open at once, over all routes; positive
     * @param maxConnectionsPerRoute connections open at once to one server (or one server through one proxy);
     *         positive, at most {@code maxConnections}
     * @param idleTimeout how long an unused connection stays pooled; positive
     * @param connectionTimeToLive how long a connection is reused at most; positive
     */
    public record Pool(int maxConnections, int maxConnectionsPerRoute, Duration idleTimeout,
                       Duration connectionTimeToLive) {

        /**
         * Checks the limits.
         *
         * @param maxConnections positive
         * @param maxConnectionsPerRoute positive, at most {@code maxConnections}
         * @param idleTimeout positive
         * @param connectionTimeToLive positive
         * @throws IllegalArgumentException naming the limit that is out of range
         */
        public Pool {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
            }
            if (maxConnectionsPerRoute < 1 || maxConnectionsPerRoute > maxConnections) {
                throw new IllegalArgumentException("maxConnectionsPerRoute must be within 1.." + maxConnections
                        + ", was " + maxConnectionsPerRoute);
            }
            positive(idleTimeout, "idleTimeout");
            positive(connectionTimeToLive, "connectionTimeToLive");
        }

        /** {@return 64 connections, 16 per route, 30 s idle, 10 minutes at most} */
        public static Pool defaults() {
            return new Pool(64, 16, Duration.ofSeconds(30), Duration.ofMinutes(10));
        }

        private static void positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
        }

        @Override
        public String toString() {
            return "pool " + maxConnections + " connections, " + maxConnectionsPerRoute + " per route";
        }
    }

    private static Headers headers(HttpResponse response) {
        Headers.Builder headers = Headers.builder();
        for (Header header : response.getHeaders()) {
            headers.add(header.getName(), header.getValue());
        }
        return headers.build();
    }

    private static InputStream content(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        return entity == null ? InputStream.nullInputStream() : entity.getContent();
    }
}
