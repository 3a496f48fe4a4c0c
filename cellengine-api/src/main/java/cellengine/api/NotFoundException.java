package cellengine.api;

/**
 * The server answered 404: no such resource (unknown or deleted id, or an unknown path).
 *
 * @since 0.1
 */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the standard message.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     */
    public NotFoundException(String method, String url, String serverMessage, String requestId) {
        super(404, method, url, serverMessage, requestId);
    }

    /**
     * Creates the exception with a custom message.
     *
     * @param message the full message
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     */
    public NotFoundException(String message, String method, String url, String serverMessage, String requestId) {
        super(message, 404, method, url, serverMessage, requestId, null);
    }
}
