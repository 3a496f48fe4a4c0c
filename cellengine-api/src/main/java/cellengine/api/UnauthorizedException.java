package cellengine.api;

/**
 * The server answered 401: credentials are missing, wrong or expired.
 *
 * @since 0.1
 */
public class UnauthorizedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the standard message.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     */
    public UnauthorizedException(String method, String url, String serverMessage, String requestId) {
        super(401, method, url, serverMessage, requestId);
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
    public UnauthorizedException(String message, String method, String url, String serverMessage, String requestId) {
        super(message, 401, method, url, serverMessage, requestId, null);
    }
}
