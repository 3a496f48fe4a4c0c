package cellengine.api.model;

/**
 * The linear scale {@code f(x) = x}, clamped (semantics.md §5.2), such as the scatter default
 * {@code {"type": "LinearScale", "minimum": 1, "maximum": 262144}}.
 *
 * @param minimum the lower clamping bound, finite
 * @param maximum the upper clamping bound, finite, {@code >= minimum}
 * @since 0.1
 */
public record LinearScale(double minimum, double maximum) implements Scale {

    /** The JSON {@code type}. */
    public static final String TYPE = "LinearScale";

    /**
     * Checks the bounds.
     *
     * @param minimum the lower clamping bound
     * @param maximum the upper clamping bound
     * @throws IllegalArgumentException when a bound is not finite or the minimum is above the maximum
     */
    public LinearScale {
        Values.scaleBounds(TYPE, minimum, maximum);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public cellengine.analysis.scale.LinearScale toAnalysis() {
        return new cellengine.analysis.scale.LinearScale(minimum, maximum);
    }
}
