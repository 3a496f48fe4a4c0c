package cellengine.fakeserver.internal.local;

import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.LocalConnector;

/**
 * A {@link Transport} that reaches the fake server through Jetty's {@link LocalConnector}: each request is a new
 * in-memory HTTP/1.1 connection carrying raw request bytes, with no socket. Bodies stream both ways. Thread-safe:
 * concurrent requests use separate connections.
 */
public final class InMemoryTransport implements Transport {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "transfer-encoding", "te", "trailer", "keep-alive");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final LocalConnector connector;
    private final String serverName;
    private final TransportConfig config;
    private final ExecutorService uploads;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param connector the server's local connector
     * @param serverName names the server in messages
     * @param config the request timeout applies to the response head and to each wait for body bytes
     */
    public InMemoryTransport(LocalConnector connector, String serverName, TransportConfig config) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.serverName = Objects.requireNonNull(serverName, "serverName");
        this.config = Objects.requireNonNull(config, "config");
        this.uploads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cellengine-in-memory-upload-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("this in-memory transport is closed");
        }
        byte[] head = head(request);
        if (!connector.isRunning()) {
            throw new ConnectException(serverName + " is stopped; the in-memory transport cannot reach it");
        }
        Duration timeout = request.timeout() != null ? request.timeout() : config.requestTimeout();
        LocalConnector.LocalEndPoint endPoint = connector.connect();
        BodyPump pump = null;
        try {
            // addInputAndExecute, never addInput: the latter may run the server's handler on this thread,
            // which then waits for body bytes this thread was about to add.
            RequestBody body = request.body();
            long length = body == null ? 0 : body.contentLength();
            if (length == 0) {
                endPoint.addInputAndExecute(ByteBuffer.wrap(head));
            } else if (length > 0 && length <= BodyPump.CHUNK) {
                byte[] content = exactly(body.open(), length);
                endPoint.addInputAndExecute(ByteBuffer.allocate(head.length + content.length).put(head)
                        .put(content).flip());
            } else {
                InputStream content = body.open();
                endPoint.addInputAndExecute(ByteBuffer.wrap(head));
                pump = BodyPump.start(uploads, endPoint, content, length);
            }
            EndPointInput in = new EndPointInput(endPoint, timeout);
            ResponseHead response;
            try {
                response = ResponseHead.read(in);
            } catch (IOException e) {
                throw uploadFailureOr(pump, e);
            }
            BodyPump running = pump;
            return LocalResponse.of(response.status(), response.headers(), body(request.method(), response, in),
                    () -> {
                        if (running != null) {
                            running.stop();
                        }
                        endPoint.close();
                    });
        } catch (IOException | RuntimeException e) {
            stop(pump, endPoint);
            if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                    && Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for " + serverName);
            }
            throw e;
        }
    }

    private static InputStream body(String method, ResponseHead head, InputStream in) throws IOException {
        if (head.bodiless(method)) {
            return InputStream.nullInputStream();
        }
        if (head.chunked()) {
            return new ChunkedInput(in);
        }
        long length = head.contentLength();
        return length >= 0 ? new BoundedInput(in, length) : in;
    }

    private byte[] head(TransportRequest request) {
        URI uri = request.uri();
        StringBuilder sb = new StringBuilder(256);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        sb.append(request.method()).append(' ').append(path);
        if (uri.getRawQuery() != null) {
            sb.append('?').append(uri.getRawQuery());
        }
        sb.append(" HTTP/1.1\r\nHost: ").append(uri.getRawAuthority()).append("\r\nConnection: close\r\n");
        request.headers().map().forEach((name, values) -> {
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the transport itself and may "
                        + "not be given in a request");
            }
            values.forEach(v -> sb.append(name).append(": ").append(v).append("\r\n"));
        });
        RequestBody body = request.body();
        if (body != null) {
            if (!request.headers().contains("Content-Type")) {
                sb.append("Content-Type: ").append(body.contentType()).append("\r\n");
            }
            long length = body.contentLength();
            sb.append(length >= 0 ? "Content-Length: " + length : "Transfer-Encoding: chunked").append("\r\n");
        } else if (BODY_METHODS.contains(request.method())) {
            sb.append("Content-Length: 0\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] exactly(InputStream content, long length) throws IOException {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                throw new EOFException("the request body ended after " + bytes.length + " of the " + length
                        + " bytes its contentLength() declared");
            }
            return bytes;
        }
    }

    private static IOException uploadFailureOr(BodyPump pump, IOException e) {
        IOException upload = pump == null ? null : pump.failure();
        if (upload != null && upload != e) {
            upload.addSuppressed(e);
            return upload;
        }
        return e;
    }

    private static void stop(BodyPump pump, LocalConnector.LocalEndPoint endPoint) {
        if (pump != null) {
            pump.stop();
        }
        endPoint.close();
    }

    @Override
    public String describe() {
        return "in-memory: Jetty LocalConnector of " + serverName + ", HTTP/1.1, no socket";
    }

    /** Stops accepting requests; responses already returned stay readable. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            uploads.shutdown();
        }
    }

    @Override
    public String toString() {
        return "InMemoryTransport[" + serverName + "]";
    }
}
