package cellengine.api.model;

/**
 * A channel's scale in a scale set (cellengine-api.md §3.10): linear, logarithmic or arcsinh, clamped to
 * {@code [minimum, maximum]}. On the wire it is an object whose {@code type} names the variant, such as
 * {@code {"type": "ArcSinhScale", "minimum": -200, "maximum": 262144, "cofactor": 150}}.
 *
 * <p>{@link #toAnalysis()} gives the analysis form, which applies the scale to values (semantics.md §5).
 *
 * @since 0.1
 */
public sealed interface Scale permits LinearScale, LogScale, ArcSinhScale {

    /** {@return the JSON {@code type}: {@code LinearScale}, {@code LogScale} or {@code ArcSinhScale}} */
    String type();

    /** {@return the lower clamping bound} */
    double minimum();

    /** {@return the upper clamping bound} */
    double maximum();

    /** {@return the analysis form of this scale, which clamps and transforms values} */
    cellengine.analysis.scale.Scale toAnalysis();

    /**
     * {@return {@code x} clamped to {@code [minimum, maximum]} and transformed, as gating sees it}
     *
     * @param x a value
     */
    default double apply(double x) {
        return toAnalysis().apply(x);
    }
}
