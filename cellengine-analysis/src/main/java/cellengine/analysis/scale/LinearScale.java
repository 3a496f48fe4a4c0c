package cellengine.analysis.scale;

/**
 * The linear scale: {@code f(x) = x}, applied after clamping when gating (docs/semantics.md#scale-functions).
 *
 * @param minimum the lower clamping bound, finite
 * @param maximum the upper clamping bound, finite, {@code >= minimum}
 * @since 0.1
 */
public record LinearScale(double minimum, double maximum) implements Scale {

    /**
     * Checks the bounds.
     *
     * @param minimum the lower clamping bound, finite
     * @param maximum the upper clamping bound, finite, {@code >= minimum}
     */
    public LinearScale {
        Scale.checkBounds("LinearScale", minimum, maximum);
    }

    @Override
    public double transform(double x) {
        return x;
    }

    @Override
    public void clampAndTransform(double[] in, double[] out, int n) {
        Scale.checkBulk(in, out, n);
        double lo = minimum;
        double hi = maximum;
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(Math.max(in[i], lo), hi);
        }
    }
}
