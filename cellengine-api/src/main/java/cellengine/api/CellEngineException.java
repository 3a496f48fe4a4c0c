package cellengine.api;

/**
 * The root of every exception for what the server, the network or the SDK's own setup does wrong: error answers,
 * unexpected answers, no answer, name lookups, a missing transport or JSON provider. Unchecked. Mistakes in the
 * calling code (a malformed id, a missing argument, a closed client) and problems with the caller's own files are
 * the standard Java exceptions instead, so catching this type catches the service's failures and nothing a fix in
 * the calling code would prevent. Messages never contain tokens or passwords.
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
