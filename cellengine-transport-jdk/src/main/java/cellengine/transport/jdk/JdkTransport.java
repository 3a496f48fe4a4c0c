package cellengine.transport.jdk;

import cellengine.api.spi.Headers;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Transport} on {@link HttpClient}: redirects never followed, no cookie store, request bodies streamed
 * from {@link RequestBody#open()} (with a known length when given), response bodies as streams. Thread-safe.
 *
 * <p>A connect timeout is reported as a {@link java.net.ConnectException}, as the SPI asks. Note that
 * {@link HttpClient} itself repeats an idempotent request once when a pooled connection closes before any response
 * byte, and a refused connection once; a POST is never repeated by it.
 *
 * @since 0.1
 */
public final class JdkTransport implements Transport {

    /** Headers {@link HttpClient} sets itself and refuses from callers (see {@code jdk.httpclient.allowRestrictedHeaders}). */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final HttpClient client;
    private final TransportConfig config;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a transport.
     *
     * @param config timeouts and protocol version
     */
    public JdkTransport(TransportConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(config.httpVersion() == HttpVersion.HTTP_2 ? HttpClient.Version.HTTP_2
                        : HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** {@return the settings this transport was created with} */
    public TransportConfig config() {
        return config;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
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
        HttpResponse<InputStream> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (UncheckedIOException e) {
            // a body supplier that failed to open its stream
            throw e.getCause();
        } catch (HttpConnectTimeoutException e) {
            // the SPI's signal that nothing was sent (Transport#send): a connect timeout is a failed connection
            ConnectException notConnected = new ConnectException("connect timed out after "
                    + config.connectTimeout().toMillis() + " ms");
            notConnected.initCause(e);
            throw notConnected;
        }
        Headers.Builder headers = Headers.builder();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(v -> headers.add(name, v));
            }
        });
        return new JdkResponse(response.statusCode(), headers.build(), response.body());
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
        return "jdk: java.net.http.HttpClient (Java " + Runtime.version() + "), "
                + (config.httpVersion() == HttpVersion.HTTP_2 ? "HTTP/2" : "HTTP/1.1")
                + ", redirects never followed";
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
