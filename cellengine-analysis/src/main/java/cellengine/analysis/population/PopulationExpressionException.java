package cellengine.analysis.population;

/**
 * Thrown when a population's {@code gates} value is not a valid expression (docs/semantics.md#expression-grammar). The
 * message names the path to the offending node, such as {@code $and[1].$or[0]}.
 *
 * @since 0.1
 */
public final class PopulationExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Where in the expression the problem is, such as {@code $and[1]}; empty for the root. */
    private final String path;

    PopulationExpressionException(String path, String problem) {
        super("invalid population expression at " + (path.isEmpty() ? "the root" : path) + ": " + problem);
        this.path = path;
    }

    /** {@return the path to the offending node, empty for the root} */
    public String path() {
        return path;
    }
}
