package cellengine.analysis.scale;

/**
 * The logarithmic scale: {@code f(x) = log10(max(x, FLT_MIN))}, applied after clamping when gating
 * (docs/semantics.md#scale-functions, docs/semantics.md#clamping).
 *
 * <p>The guard only matters when {@code minimum <= 0} (the service's log scales have a minimum of 1): it keeps
 * the result finite, as the Python client does, instead of {@code -Infinity} or NaN.
 *
 * @param minimum the lower clamping bound, finite
 * @param maximum the upper clamping bound, finite, {@code >= minimum}
 * @since 0.1
 */
public record LogScale(double minimum, double maximum) implements Scale {

    /** The guard value: the smallest normal float32, {@code 1.17549435E-38}. */
    public static final double FLT_MIN = Float.MIN_NORMAL;

    /**
     * Checks the bounds.
     *
     * @param minimum the lower clamping bound, finite
     * @param maximum the upper clamping bound, finite, {@code >= minimum}
     */
    public LogScale {
        Scale.checkBounds("LogScale", minimum, maximum);
    }

    @Override
    public double transform(double x) {
        return Math.log10(Math.max(x, FLT_MIN));
    }

    @Override
    public void clampAndTransform(double[] in, double[] out, int n) {
        Scale.checkBulk(in, out, n);
        double lo = Math.max(minimum, FLT_MIN);
        double hi = Math.max(maximum, FLT_MIN);
        for (int i = 0; i < n; i++) {
            out[i] = Math.log10(Math.min(Math.max(in[i], lo), hi));
        }
    }
}
