package cellengine.cli;

/**
 * The exit statuses of {@code cellengine}, one per kind of failure so that scripts can react to each: see the table
 * in docs/cli.md.
 */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** A failure with no more specific code (a local I/O error, a bug). */
    static final int OTHER = 1;
    /** Bad arguments or configuration: unknown option, invalid id, unreadable profile, a 400 or 409 answer. */
    static final int USAGE = 2;
    /** No credentials, wrong credentials, or no permission (401, 403). */
    static final int AUTH = 3;
    /** The experiment, file or other resource does not exist (404, or no match for a name). */
    static final int NOT_FOUND = 4;
    /** The server failed (5xx). */
    static final int SERVER = 5;
    /** No answer came: connection refused, reset, timed out. */
    static final int NETWORK = 6;

    private ExitCodes() {
    }
}
