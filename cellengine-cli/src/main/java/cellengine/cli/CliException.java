package cellengine.cli;

/**
 * A failure the CLI itself detects (a profile file others can read, a missing password, a file that is not
 * there), with the exit code of its cause. The message is the one line the user sees.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The process exit status. */
    private final int exitCode;

    /**
     * Creates the exception.
     *
     * @param exitCode one of the {@link ExitCodes}
     * @param message the line shown after {@code cellengine: }
     */
    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** {@return the process exit status} */
    int exitCode() {
        return exitCode;
    }
}
