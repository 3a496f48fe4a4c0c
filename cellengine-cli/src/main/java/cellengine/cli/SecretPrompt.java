package cellengine.cli;

/**
 * Asks for a secret (a password or a token) on the terminal without echoing it: the console's
 * {@code readPassword} in a real process, a canned answer in tests. Called on the command's thread, at most once per
 * secret needed.
 */
@FunctionalInterface
interface SecretPrompt {

    /** A prompt for a process with no terminal: it never has an answer. */
    SecretPrompt NONE = text -> null;

    /**
     * Asks once, without echo.
     *
     * @param text the question, such as {@code "Password for ada: "}
     * @return the answer, or {@code null} when there is no terminal to ask on
     */
    char[] read(String text);
}
