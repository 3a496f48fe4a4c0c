package cellengine.api;

/**
 * The root of every exception the CellEngine SDK throws. Unchecked. Messages never contain tokens or passwords.
 *
 * @since 0.1
 */
public class CellEngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, and where
     */
    public CellEngineException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong, and where
     * @param cause the underlying failure, or {@code null}
     */
    public CellEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
