package cellengine.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The answer to a {@link TransportRequest}: status and headers, with the body as a stream the caller reads once.
 *
 * <p>Closing the response closes the body stream and releases the connection.
 *
 * @since 0.1
 */
public interface TransportResponse extends AutoCloseable {

    /** {@return the HTTP status code} */
    int status();

    /** {@return the response headers} */
    Headers headers();

    /** {@return the body stream; empty for a response without a body; read once} */
    InputStream body();

    /**
     * Closes the body stream.
     *
     * @throws IOException when closing fails
     */
    @Override
    default void close() throws IOException {
        body().close();
    }

    /**
     * {@return a response with the given parts, for transport implementations and tests}
     *
     * @param status the HTTP status: three digits, 100 to 999. RFC 9110 calls codes above 599 invalid, but servers
     *        send them and the JDK's client passes them through; the client judges them (anything but 2xx is an
     *        {@code ApiException}), so every transport hands them on alike
     * @param headers the response headers
     * @param body the body stream, closed by {@link #close()}
     * @throws IllegalArgumentException when the status is out of range
     */
    static TransportResponse of(int status, Headers headers, InputStream body) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be three digits, 100..999, was " + status);
        }
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        return new TransportResponse() {
            @Override
            public int status() {
                return status;
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public String toString() {
                return "TransportResponse[" + status + ", headers=" + headers + "]";
            }
        };
    }
}
