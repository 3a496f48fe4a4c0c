package cellengine.api;

/**
 * The server answered with a 5xx status: it failed.
 *
 * @since 0.1
 */
public class ServerErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

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
        super(status, method, url, serverMessage, requestId);
    }
}
