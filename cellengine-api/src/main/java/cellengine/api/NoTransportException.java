package cellengine.api;

/**
 * No usable transport was found. The message lists what discovery found and names the module to add:
 * {@code com.cellengine.sdk:cellengine-transport-jdk} (module {@code cellengine.transport.jdk}).
 *
 * @since 0.1
 */
public class NoTransportException extends CellEngineException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was looked for, what was found, and what to add
     */
    public NoTransportException(String message) {
        super(message);
    }
}
