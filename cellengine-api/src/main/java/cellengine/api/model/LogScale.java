package cellengine.api.model;

/**
 * The logarithmic scale {@code f(x) = log10(x)}, clamped (semantics.md §5.2), such as
 * {@code {"type": "LogScale", "minimum": 1, "maximum": 80000}}.
 *
 * @param minimum the lower clamping bound, finite
 * @param maximum the upper clamping bound, finite, {@code >= minimum}
 * @since 0.1
 */
public record LogScale(double minimum, double maximum) implements Scale {

    /** The JSON {@code type}. */
    public static final String TYPE = "LogScale";

    /**
     * Checks the bounds.
     *
     * @param minimum the lower clamping bound
     * @param maximum the upper clamping bound
     * @throws IllegalArgumentException when a bound is not finite or the minimum is above the maximum
     */
    public LogScale {
        Values.scaleBounds(TYPE, minimum, maximum);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public cellengine.analysis.scale.LogScale toAnalysis() {
        return new cellengine.analysis.scale.LogScale(minimum, maximum);
    }
}
