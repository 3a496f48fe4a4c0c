package cellengine.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with a 5xx status: it failed, or (503) it is unavailable for now.
 *
 * @since 0.1
 */
public class ServerErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** The Retry-After delay, or null. */
    private final Duration retryAfter;

    /**
     * Creates the exception with the standard message.
     *
     * @param status the HTTP status, 500 to 599
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     */
    public ServerErrorException(int status, String method, String url, String serverMessage, String requestId) {
        this(status, method, url, serverMessage, requestId, null);
    }

    /**
     * Creates the exception with the standard message and the server's {@code Retry-After}.
     *
     * @param status the HTTP status, 500 to 599
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     * @param retryAfter the delay from the {@code Retry-After} header, or {@code null}
     */
    public ServerErrorException(int status, String method, String url, String serverMessage, String requestId,
                                Duration retryAfter) {
        super(standardMessage(status, method, url, serverMessage, requestId)
                        + (retryAfter == null ? "" : "; retry after " + retryAfter.toSeconds() + " s"),
                status, method, url, serverMessage, requestId, null);
        this.retryAfter = retryAfter;
    }

    /** {@return how long the server asked to wait, from {@code Retry-After}, if it said} */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
