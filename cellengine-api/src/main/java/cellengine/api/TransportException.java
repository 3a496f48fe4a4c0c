package cellengine.api;

import java.util.Objects;
import java.util.Optional;

/**
 * No answer came from the server: the connection failed, was reset, timed out, or the response body stopped
 * arriving.
 *
 * <p>The message names the method, the URL (without credentials) and the request id. The cause is the transport's
 * {@link java.io.IOException} (or the {@link InterruptedException}, in which case the thread's interrupt flag is set
 * again). When the client retried, the failures of earlier attempts are attached as suppressed exceptions.
 *
 * @since 0.1
 */
public class TransportException extends CellEngineException {

    private static final long serialVersionUID = 1L;

    /** The request method. */
    private final String method;
    /** The request URL, without credentials. */
    private final String url;
    /** The request id, or null. */
    private final String requestId;

    /**
     * Creates the exception.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param cause what failed
     */
    public TransportException(String method, String url, Throwable cause) {
        this(method, url, "got no answer", cause, null);
    }

    /**
     * Creates the exception with a description of the failure.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param problem what went wrong, such as {@code "failed while reading the response"}
     * @param cause what failed
     */
    public TransportException(String method, String url, String problem, Throwable cause) {
        this(method, url, problem, cause, null);
    }

    /**
     * Creates the exception with a description of the failure and the request id.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param problem what went wrong, such as {@code "failed while reading the response"}
     * @param cause what failed
     * @param requestId the request's {@code X-Request-Id}, or {@code null}
     */
    public TransportException(String method, String url, String problem, Throwable cause, String requestId) {
        super(method + " " + url + " " + problem + ": " + describe(cause)
                + (requestId == null ? "" : " (request id " + requestId + ")"), cause);
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.requestId = requestId;
    }

    /** {@return the request method} */
    public String method() {
        return method;
    }

    /** {@return the request URL, without credentials} */
    public String url() {
        return url;
    }

    /** {@return the {@code X-Request-Id} the request was sent with, if known} */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown failure";
        }
        String text = cause.getMessage();
        String kind = cause.getClass().getSimpleName();
        return text == null || text.isBlank() ? kind : kind + ": " + text;
    }
}
