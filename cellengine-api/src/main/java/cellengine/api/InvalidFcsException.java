package cellengine.api;

/**
 * The server answered an event download with a success status, but the body is not a readable FCS file. The
 * cause is the reader's {@link cellengine.analysis.fcs.FcsFormatException}, which names the keyword or byte
 * offset at fault.
 *
 * @since 0.1
 */
public class InvalidFcsException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the (2xx) status
     * @param method the request method
     * @param url the request URL, without credentials
     * @param requestId the request id, or {@code null}
     * @param cause the reader's exception
     */
    public InvalidFcsException(int status, String method, String url, String requestId, Throwable cause) {
        super(method + " " + url + " answered " + status + " but the body is not a readable FCS file: "
                + (cause == null ? "unknown problem" : cause.getMessage())
                + (requestId == null ? "" : " (request id " + requestId + ")"), status, method, url,
                "not a readable FCS file", requestId, cause);
    }
}
