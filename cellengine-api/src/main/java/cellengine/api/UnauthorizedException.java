package cellengine.api;

/**
 * The server answered 401: credentials are missing, wrong or expired.
 *
 * <p>The standard message ends with where to look: for a refused sign-in, the user name and password
 * ({@code CellEngine.builder().credentials(...)}, {@code CELLENGINE_USERNAME} and {@code CELLENGINE_PASSWORD});
 * for any other call, the token ({@code CellEngine.builder().token(...)}, {@code CELLENGINE_AUTH_TOKEN}), which may
 * have expired. It never shows the token or the password.
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
        super(standardMessage(401, method, url, serverMessage, requestId) + ". " + hint(url), 401, method, url,
                serverMessage, requestId, null);
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

    /** {@return where to look after a 401: the password for a refused sign-in, the token for anything else} */
    private static String hint(String url) {
        if (url.endsWith("/signin")) {
            return "Check the user name and password: CellEngine.builder().credentials(...), or CELLENGINE_USERNAME "
                    + "and CELLENGINE_PASSWORD";
        }
        return "Check the token: CellEngine.builder().token(...) or CELLENGINE_AUTH_TOKEN; a session token "
                + "expires, so sign in again or use a personal access token";
    }
}
