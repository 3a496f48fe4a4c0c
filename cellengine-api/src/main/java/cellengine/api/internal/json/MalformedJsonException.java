package cellengine.api.internal.json;

/** A body that is not JSON, or not the JSON expected; the caller turns it into an {@code ApiException}. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
        super(message);
    }

    MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
