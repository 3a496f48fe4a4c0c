package cellengine.api;

import java.util.Objects;

/**
 * No answer came from the server: the connection failed, was reset, or timed out.
 *
 * <p>The message names the method and URL. The cause is the transport's {@link java.io.IOException} (or the
 * {@link InterruptedException}, in which case the thread's interrupt flag is set again).
 *
 * @since 0.1
 */
public class TransportException extends CellEngineException {

    private static final long serialVersionUID = 1L;

    /** The request method. */
    private final String method;
    /** The request URL, without credentials. */
    private final String url;

    /**
     * Creates the exception.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param cause what failed
     */
    public TransportException(String method, String url, Throwable cause) {
        super(method + " " + url + " got no answer: " + describe(cause), cause);
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
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
        super(method + " " + url + " " + problem + ": " + describe(cause), cause);
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
    }

    /** {@return the request method} */
    public String method() {
        return method;
    }

    /** {@return the request URL, without credentials} */
    public String url() {
        return url;
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
