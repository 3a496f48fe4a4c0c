package cellengine.api;

/**
 * The server answered 400: the request was invalid (a validation failure, or a sign-in that needs a one-time code).
 *
 * @since 0.1
 */
public class BadRequestException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the standard message.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     */
    public BadRequestException(String method, String url, String serverMessage, String requestId) {
        super(400, method, url, serverMessage, requestId);
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
    public BadRequestException(String message, String method, String url, String serverMessage, String requestId) {
        super(message, 400, method, url, serverMessage, requestId, null);
    }
}
