package cellengine.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered, with an error status or with a body the client could not use.
 *
 * <p>The message has the form {@code GET https://cellengine.com/api/v1/experiments/5f… answered 404: <server's
 * error text> (request id …)}. Subclasses name the common statuses: {@link BadRequestException} (400),
 * {@link UnauthorizedException} (401), {@link ForbiddenException} (403), {@link NotFoundException} (404),
 * {@link ConflictException} (409), {@link TooManyRequestsException} (429) and {@link ServerErrorException} (5xx).
 * The URL never carries credentials.
 *
 * @since 0.1
 */
public class ApiException extends CellEngineException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The request method. */
    private final String method;
    /** The request URL, without credentials. */
    private final String url;
    /** The server's text. */
    private final String serverMessage;
    /** The request id, or null. */
    private final String requestId;

    /**
     * Creates an exception with the standard message.
     *
     * @param status the HTTP status
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's {@code error} text or raw body text
     * @param requestId the request id, or {@code null}
     */
    public ApiException(int status, String method, String url, String serverMessage, String requestId) {
        this(standardMessage(status, method, url, serverMessage, requestId), status, method, url, serverMessage,
                requestId, null);
    }

    /**
     * Creates an exception with a custom message, for problems other than an error status (for example a 2xx
     * body that is not JSON).
     *
     * @param message the full message
     * @param status the HTTP status
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text, or a description of the body
     * @param requestId the request id, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public ApiException(String message, int status, String method, String url, String serverMessage,
                        String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.requestId = requestId;
    }

    /**
     * {@return the exception type that names the status: a {@link NotFoundException} for 404 and so on}
     *
     * @param status the HTTP status
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     * @param retryAfter the {@code Retry-After} delay for a 429 or a 5xx, or {@code null}
     */
    public static ApiException forStatus(int status, String method, String url, String serverMessage,
                                         String requestId, Duration retryAfter) {
        switch (status) {
            case 400:
                return new BadRequestException(method, url, serverMessage, requestId);
            case 401:
                return new UnauthorizedException(method, url, serverMessage, requestId);
            case 403:
                return new ForbiddenException(method, url, serverMessage, requestId);
            case 404:
                return new NotFoundException(method, url, serverMessage, requestId);
            case 409:
                return new ConflictException(method, url, serverMessage, requestId);
            case 429:
                return new TooManyRequestsException(method, url, serverMessage, requestId, retryAfter);
            default:
                if (status >= 500 && status <= 599) {
                    return new ServerErrorException(status, method, url, serverMessage, requestId, retryAfter);
                }
                return new ApiException(status, method, url, serverMessage, requestId);
        }
    }

    /**
     * {@return the standard message: method, URL, status, server text and request id}
     *
     * @param status the HTTP status
     * @param method the request method
     * @param url the request URL, without credentials
     * @param serverMessage the server's text
     * @param requestId the request id, or {@code null}
     */
    public static String standardMessage(int status, String method, String url, String serverMessage,
                                         String requestId) {
        StringBuilder sb = new StringBuilder().append(method).append(' ').append(url).append(" answered ")
                .append(status);
        if (serverMessage != null && !serverMessage.isEmpty()) {
            sb.append(": ").append(serverMessage);
        }
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    /** {@return the HTTP status the server answered with} */
    public int status() {
        return status;
    }

    /** {@return the request method, such as {@code GET}} */
    public String method() {
        return method;
    }

    /** {@return the request URL, without credentials} */
    public String url() {
        return url;
    }

    /** {@return the server's {@code error} text, or the raw body text; empty when there was none} */
    public String serverMessage() {
        return serverMessage;
    }

    /**
     * {@return how long the server asked the client to wait before trying again ({@code Retry-After}), if it said}
     * Set for 429 and 5xx answers that carry the header; when the client stopped retrying because the server asked
     * for longer than {@link RetryPolicy#maxRetryAfter()}, this is the server's full value.
     */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** {@return the {@code X-Request-Id} of the request (the server's, when it sent one), if known} */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
