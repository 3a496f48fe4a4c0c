package cellengine.example.logging;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decorates a transport: for each exchange, one line with the method, the URL without its query, the status
 * (or the failure) and the time to the response head. Headers are never logged, so tokens stay out of logs.
 * Thread-safe when the sink is.
 *
 * @since 0.1
 */
public final class LoggingTransport implements Transport {

    private final Transport delegate;
    private final Consumer<String> sink;

    /**
     * Wraps a transport.
     *
     * @param delegate the transport that does the work; closed with this one
     * @param sink receives one line per exchange, on the calling thread
     */
    public LoggingTransport(Transport delegate, Consumer<String> sink) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String exchange = request.method() + " " + withoutQuery(request.uri());
        try {
            TransportResponse response = delegate.send(request);
            sink.accept(exchange + " -> " + response.status() + " in " + millis(start) + " ms");
            return response;
        } catch (IOException | RuntimeException e) {
            sink.accept(exchange + " -> failed after " + millis(start) + " ms: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public String describe() {
        return "logging -> " + delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
