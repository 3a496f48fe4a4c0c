package cellengine.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered 429: the client is throttled and should wait {@link #retryAfter()} before trying again.
 *
 * @since 0.1
 */
public class TooManyRequestsException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** The Retry-After delay, or null. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     * @param retryAfter the delay from the {@code Retry-After} header, or {@code null}
     */
    public TooManyRequestsException(String method, String url, String serverMessage, String requestId,
                                    Duration retryAfter) {
        super(standardMessage(429, method, url, serverMessage, requestId)
                        + (retryAfter == null ? "" : "; retry after " + retryAfter.toSeconds() + " s"),
                429, method, url, serverMessage, requestId, null);
        this.retryAfter = retryAfter;
    }

    /** {@return how long the server asked to wait, from {@code Retry-After}, if it said} */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
