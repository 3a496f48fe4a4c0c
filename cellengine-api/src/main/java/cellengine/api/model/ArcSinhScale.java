package cellengine.api.model;

/**
 * The arcsinh scale {@code f(x) = asinh(x / cofactor)}, clamped (semantics.md §5.2), such as the fluorescence
 * default {@code {"type": "ArcSinhScale", "minimum": -200, "maximum": 262144, "cofactor": 150}}.
 *
 * @param minimum the lower clamping bound, finite
 * @param maximum the upper clamping bound, finite, {@code >= minimum}
 * @param cofactor the divisor applied before {@code asinh}, finite and {@code > 0}
 * @since 0.1
 */
public record ArcSinhScale(double minimum, double maximum, double cofactor) implements Scale {

    /** The JSON {@code type}. */
    public static final String TYPE = "ArcSinhScale";

    /**
     * Checks the bounds and the cofactor.
     *
     * @param minimum the lower clamping bound
     * @param maximum the upper clamping bound
     * @param cofactor the divisor
     * @throws IllegalArgumentException when a bound or the cofactor is not finite, the minimum is above the maximum,
     *         or the cofactor is not positive
     */
    public ArcSinhScale {
        Values.scaleBounds(TYPE, minimum, maximum);
        if (!(cofactor > 0) || !Double.isFinite(cofactor)) {
            throw new IllegalArgumentException(TYPE + " cofactor must be finite and > 0, was " + cofactor);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * {@return a copy with another cofactor}
     *
     * @param value the cofactor
     */
    public ArcSinhScale withCofactor(double value) {
        return new ArcSinhScale(minimum, maximum, value);
    }

    @Override
    public cellengine.analysis.scale.ArcSinhScale toAnalysis() {
        return new cellengine.analysis.scale.ArcSinhScale(minimum, maximum, cofactor);
    }
}
