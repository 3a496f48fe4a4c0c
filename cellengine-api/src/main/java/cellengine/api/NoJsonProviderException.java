package cellengine.api;

/**
 * No JSON-P or JSON-B implementation was found at run time. The SDK compiles against the Jakarta APIs only and
 * finds their implementations, Parsson (JSON-P) and Yasson (JSON-B), as services; {@code cellengine-api} brings
 * both as runtime-scope Maven dependencies, so this happens when they were excluded, or left off a hand-built module
 * path or classpath. The message names the artifact and the module to add.
 *
 * @since 0.1
 */
public class NoJsonProviderException extends CellEngineException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing and what to add
     * @param cause the lookup's own failure
     */
    public NoJsonProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
