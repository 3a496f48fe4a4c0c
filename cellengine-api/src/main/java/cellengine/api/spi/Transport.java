package cellengine.api.spi;

import java.io.IOException;

/**
 * Sends one HTTP request and returns the answer, whatever its status.
 *
 * <p>Implementations are thread-safe: the client calls {@link #send} from any thread, concurrently. A transport
 * never follows redirects (a 3xx is returned as is, see {@link TransportConfig#followRedirects()}), never stores
 * cookies, and never retries on its own. It is created by a {@link TransportProvider} or handed to the client
 * builder directly.
 *
 * @since 0.1
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends the request and returns the response once its status and headers have arrived.
     *
     * <p>Any status, including 4xx, 5xx and 3xx, is a response, not an exception. The caller closes the returned
     * response.
     *
     * <p>When no connection could be made at all (refused, unreachable, connect timeout), the transport throws a
     * {@link java.net.ConnectException}: the client then knows the request was never sent and may retry even a
     * {@code POST}. Closing the response's body from another thread must make a read blocked on it return or throw
     * promptly: the client's read timeout relies on it.
     *
     * @param request the request to send
     * @return the response, never {@code null}
     * @throws IOException when no answer came (connection refused, reset, timeout)
     * @throws InterruptedException when the calling thread was interrupted while waiting
     * @throws IllegalArgumentException when the request carries a header this transport may not set, naming it
     */
    TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

    /**
     * {@return one line for {@link Transports#describe()}: library, version, protocol}
     *
     * @implSpec The default returns the class name.
     */
    default String describe() {
        return getClass().getName();
    }

    /**
     * Releases the transport's resources. Later calls to {@link #send} may fail.
     *
     * @implSpec The default does nothing.
     */
    @Override
    default void close() {
    }
}
