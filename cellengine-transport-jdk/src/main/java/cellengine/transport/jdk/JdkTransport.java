package cellengine.transport.jdk;

import cellengine.api.spi.Headers;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.ProxyAddress;
import cellengine.api.spi.ProxyCredentials;
import cellengine.api.spi.ProxyRefusedException;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * A {@link Transport} on {@link HttpClient}: redirects never followed, no cookie store, request bodies streamed
 * from {@link RequestBody#open()} (with a known length when given), response bodies as streams. Thread-safe.
 *
 * <p>A connect timeout is reported as a {@link java.net.ConnectException}, as the SPI asks. Note that
 * {@link HttpClient} itself repeats an idempotent request once when a pooled connection closes before any response
 * byte, and a refused connection once; a POST is never repeated by it.
 *
 * <p>Network settings ({@link TransportConfig#proxy()}, {@link TransportConfig#proxyCredentials()},
 * {@link TransportConfig#tls()}) are all honoured, with two limits of {@code java.net.http}: it answers only a
 * proxy's {@code Basic} challenge (use the {@code apache} transport for Digest, NTLM or Kerberos), and it does not
 * answer {@code Basic} for an HTTPS tunnel while the system property {@value #TUNNELING_PROPERTY} lists
 * {@code Basic}, as it does by default; that property is read once, when the first {@link HttpClient} of the JVM
 * is created. A proxy's refusal is a {@link ProxyRefusedException} that says which of these applies.
 *
 * <p>{@link #wrap(HttpClient)} uses an {@link HttpClient} the caller built (its proxy, authenticator, TLS and
 * executor), refusing only settings that break the SDK's rules: following redirects, or a cookie store.
 *
 * @since 0.1
 */
public final class JdkTransport implements Transport {

    /** Headers {@link HttpClient} sets itself and refuses from callers (see {@code jdk.httpclient.allowRestrictedHeaders}). */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    /** The JDK's system property listing the schemes it will not answer for HTTPS tunnels. */
    public static final String TUNNELING_PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";
    /** How java.net.http reports a CONNECT the proxy refused with a status other than 407. */
    private static final java.util.regex.Pattern TUNNEL_FAILED = java.util.regex.Pattern.compile(
            "Tunnel failed, got: (\\d{3})");

    private final HttpClient client;
    private final TransportConfig config;
    private final String proxyUser;
    private final boolean wrapped;
    /** How often the JDK asked for proxy credentials: none asked means it never tried them. */
    private final AtomicLong proxyCredentialRequests = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a transport.
     *
     * @param config timeouts, protocol version, proxy and TLS settings
     * @throws IllegalArgumentException naming the setting when a TLS file cannot be used
     */
    public JdkTransport(TransportConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(config.httpVersion() == HttpVersion.HTTP_2 ? HttpClient.Version.HTTP_2
                        : HttpClient.Version.HTTP_1_1)
                .proxy(config.proxy().selector());
        if (!config.tls().usesJvmDefaults()) {
            SSLContext context = config.tls().sslContext();
            builder.sslContext(context).sslParameters(config.tls().sslParameters(context));
        }
        config.proxyCredentials().ifPresent(c -> builder.authenticator(new ProxyOnlyAuthenticator(c,
                proxyCredentialRequests)));
        this.client = builder.build();
        this.proxyUser = config.proxyCredentials().map(ProxyCredentials::username).orElse(null);
        this.wrapped = false;
    }

    private JdkTransport(HttpClient client, Duration requestTimeout) {
        HttpClient.Redirect redirect = client.followRedirects();
        if (redirect != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient follows redirects (Redirect." + redirect + "), "
                    + "which would replay the session token to the redirect target; the SDK never follows "
                    + "redirects: build it with followRedirects(HttpClient.Redirect.NEVER)");
        }
        if (client.cookieHandler().isPresent()) {
            throw new IllegalArgumentException("the HttpClient has a cookie handler ("
                    + client.cookieHandler().get().getClass().getName() + "), which would store and replay the "
                    + "session cookie; the SDK sends its own: build it without cookieHandler(...)");
        }
        this.client = client;
        this.config = TransportConfig.defaults().withRequestTimeout(requestTimeout)
                .withConnectTimeout(client.connectTimeout().orElse(TransportConfig.DEFAULT_CONNECT_TIMEOUT));
        this.proxyUser = null;
        this.wrapped = true;
    }

    /**
     * {@return a transport sending through an {@link HttpClient} the caller built}, with the default request
     * timeout; the client's proxy, authenticator, TLS settings, protocol version and executor are used as they are
     *
     * @param client a client that never follows redirects and has no cookie handler
     * @throws IllegalArgumentException naming the setting when the client follows redirects or stores cookies
     */
    public static JdkTransport wrap(HttpClient client) {
        return wrap(client, TransportConfig.DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * {@return a transport sending through an {@link HttpClient} the caller built, with this request timeout}
     *
     * @param client a client that never follows redirects and has no cookie handler
     * @param requestTimeout how long to wait for response headers when a request sets no timeout; positive
     * @throws IllegalArgumentException naming the setting when the client follows redirects or stores cookies
     */
    public static JdkTransport wrap(HttpClient client, Duration requestTimeout) {
        return new JdkTransport(Objects.requireNonNull(client, "client"), Objects.requireNonNull(requestTimeout,
                "requestTimeout"));
    }

    /** {@return the settings this transport was created with} */
    public TransportConfig config() {
        return config;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response;
        long asked = proxyCredentialRequests.get();
        try {
            response = client.send(toHttpRequest(request), HttpResponse.BodyHandlers.ofInputStream());
        } catch (UncheckedIOException e) {
            // a body supplier that failed to open its stream
            throw e.getCause();
        } catch (HttpConnectTimeoutException e) {
            throw notConnected(e);
        } catch (IOException e) {
            throw proxyRefusal(request, e, asked);
        }
        return toResponse(request, response, asked);
    }

    /**
     * Sends with {@link HttpClient#sendAsync}: no thread waits for the answer; the future completes on the
     * {@link HttpClient}'s own executor, so {@code executor} is not used. Failures are those of {@link #send}.
     */
    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        long asked = proxyCredentialRequests.get();
        return client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofInputStream())
                .handle((response, failure) -> {
                    if (failure == null) {
                        try {
                            return toResponse(request, response, asked);
                        } catch (ProxyRefusedException e) {
                            throw new CompletionException(e);
                        }
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (cause instanceof UncheckedIOException && cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    if (cause instanceof HttpConnectTimeoutException) {
                        cause = notConnected((HttpConnectTimeoutException) cause);
                    } else if (cause instanceof IOException) {
                        cause = proxyRefusal(request, (IOException) cause, asked);
                    }
                    throw new CompletionException(cause);
                });
    }

    private HttpRequest toHttpRequest(TransportRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("this JdkTransport is closed");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout() != null ? request.timeout() : config.requestTimeout())
                .method(request.method(), publisher(request.body()));
        request.headers().map().forEach((name, values) -> {
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the transport itself and may "
                        + "not be given in a request");
            }
            for (String value : values) {
                try {
                    builder.header(name, value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("header " + name + " is refused by java.net.http: "
                            + e.getMessage(), e);
                }
            }
        });
        return builder.build();
    }

    private TransportResponse toResponse(TransportRequest request, HttpResponse<InputStream> response, long asked)
            throws ProxyRefusedException {
        if (response.statusCode() == 407) {
            // Only a proxy answers 407; the CellEngine API never does.
            try {
                if (response.body() != null) { // null when the proxy refused a tunnel
                    response.body().close();
                }
            } catch (IOException ignored) {
                // the refusal below is what matters
            }
            throw refused(request, 407, response.headers().allValues("Proxy-Authenticate"), asked);
        }
        Headers.Builder headers = Headers.builder();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(v -> headers.add(name, v));
            }
        });
        return new JdkResponse(response.statusCode(), headers.build(), response.body());
    }

    /** The JDK ends a proxy authentication that keeps failing with this IOException, not with the 407. */
    private IOException proxyRefusal(TransportRequest request, IOException e, long asked) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher tunnel = TUNNEL_FAILED.matcher(message);
        int status = tunnel.find() ? Integer.parseInt(tunnel.group(1))
                : message.contains("too many authentication attempts") ? 407 : 0;
        if (status == 0) {
            return e;
        }
        ProxyRefusedException refused = refused(request, status, List.of(), asked);
        refused.initCause(e);
        return refused;
    }

    private ProxyRefusedException refused(TransportRequest request, int status, List<String> challenges,
                                          long asked) {
        ProxyAddress proxy = wrapped ? wrappedClientsProxy(request) : config.proxy().proxyFor(request.uri());
        if (proxy == null) {
            // a 407 from a proxy nobody configured: an intercepting one on the way to the server
            int port = request.uri().getPort();
            proxy = new ProxyAddress(request.uri().getHost(), port > 0 ? port
                    : request.uri().getScheme().equalsIgnoreCase("https") ? 443 : 80);
        }
        List<String> schemes = new ArrayList<>();
        for (String challenge : challenges) {
            String scheme = challenge.strip().split("[ ,]", 2)[0];
            if (!scheme.isEmpty() && !schemes.contains(scheme)) {
                schemes.add(scheme);
            }
        }
        boolean sent = proxyCredentialRequests.get() != asked;
        String detail = "";
        if (!schemes.isEmpty() && schemes.stream().noneMatch(s -> s.equalsIgnoreCase("Basic"))) {
            detail = "java.net.http answers only Basic proxy authentication; use the apache transport "
                    + "(cellengine-transport-apache) for " + String.join(", ", schemes);
        } else if (proxyUser != null && !sent && request.uri().getScheme().equalsIgnoreCase("https")) {
            String value = System.getProperty(TUNNELING_PROPERTY);
            detail = "java.net.http does not answer Basic for HTTPS tunnels while the system property "
                    + TUNNELING_PROPERTY + " lists Basic (now " + (value == null ? "unset, so the JDK default 'Basic'"
                    : "'" + value + "'") + "; it is read once, when the JVM's first HttpClient is created): start "
                    + "the JVM with -D" + TUNNELING_PROPERTY + "= or use the apache transport";
        }
        return new ProxyRefusedException(proxy, status, schemes, proxyUser, sent, detail);
    }

    private ProxyAddress wrappedClientsProxy(TransportRequest request) {
        return client.proxy().flatMap(selector -> selector.select(request.uri()).stream()
                .filter(p -> p.address() instanceof InetSocketAddress).findFirst())
                .map(p -> (InetSocketAddress) p.address())
                .map(a -> new ProxyAddress(a.getHostString(), a.getPort())).orElse(null);
    }

    /** Answers the proxy's challenges only: the server gets its credentials from the client's own headers. */
    private static final class ProxyOnlyAuthenticator extends Authenticator {
        private final ProxyCredentials credentials;
        private final AtomicLong requests;

        ProxyOnlyAuthenticator(ProxyCredentials credentials, AtomicLong requests) {
            this.credentials = credentials;
            this.requests = requests;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            requests.incrementAndGet();
            return new PasswordAuthentication(credentials.username(), credentials.password());
        }

        @Override
        public String toString() {
            return "ProxyOnlyAuthenticator[" + credentials + "]";
        }
    }

    /** The SPI's signal that nothing was sent ({@link Transport#send}): a connect timeout is a failed connection. */
    private ConnectException notConnected(HttpConnectTimeoutException e) {
        ConnectException notConnected = new ConnectException("connect timed out after "
                + client.connectTimeout().orElse(config.connectTimeout()).toMillis() + " ms");
        notConnected.initCause(e);
        return notConnected;
    }

    private static HttpRequest.BodyPublisher publisher(RequestBody body) {
        if (body == null || body.contentLength() == 0) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return body.open();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the request body", e);
            }
        });
        long length = body.contentLength();
        return length > 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, length) : stream;
    }

    @Override
    public String describe() {
        if (wrapped) {
            return "jdk: a caller's java.net.http.HttpClient (Java " + Runtime.version() + "), "
                    + client.version() + ", proxy " + client.proxy().map(Object::toString).orElse("the JVM's")
                    + ", redirects never followed";
        }
        return "jdk: java.net.http.HttpClient (Java " + Runtime.version() + "), "
                + (config.httpVersion() == HttpVersion.HTTP_2 ? "HTTP/2" : "HTTP/1.1")
                + ", redirects never followed, " + config.describeNetwork();
    }

    /** Marks the transport closed; the JDK 17 {@link HttpClient} frees its resources when unreachable. */
    @Override
    public void close() {
        closed.set(true);
    }

    @Override
    public String toString() {
        return "JdkTransport[" + describe() + "]";
    }
}
