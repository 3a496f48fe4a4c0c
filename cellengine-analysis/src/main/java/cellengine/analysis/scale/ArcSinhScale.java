package cellengine.analysis.scale;

/**
 * The inverse hyperbolic sine scale: {@code f(x) = asinh(x / cofactor)}, applied after clamping when gating
 * (docs/semantics.md#scale-functions).
 *
 * @implNote {@code asinh(z)} is computed as {@code sign(z) · ln(|z| + sqrt(z² + 1))}, which is odd-symmetric
 * by construction; below {@code |z| = 1e-3} a four-term Taylor series replaces the logarithm, whose argument
 * would lose digits there, and above {@code 1e150} {@code ln(2|z|)} avoids overflow. Relative error stays
 * below about {@code 1e-13} everywhere.
 * @param minimum the lower clamping bound, finite
 * @param maximum the upper clamping bound, finite, {@code >= minimum}
 * @param cofactor the divisor applied before {@code asinh}, finite and {@code > 0} (about 150 for
 *     fluorescence, 5 for mass cytometry)
 * @since 0.1
 */
public record ArcSinhScale(double minimum, double maximum, double cofactor) implements Scale {

    private static final double LN2 = 0.6931471805599453;

    /**
     * Checks the bounds and the cofactor.
     *
     * @param minimum the lower clamping bound, finite
     * @param maximum the upper clamping bound, finite, {@code >= minimum}
     * @param cofactor the divisor applied before {@code asinh}, finite and {@code > 0} (about 150 for
     *         fluorescence, 5 for mass cytometry)
     */
    public ArcSinhScale {
        Scale.checkBounds("ArcSinhScale", minimum, maximum);
        if (!(cofactor > 0) || !Double.isFinite(cofactor)) {
            throw new IllegalArgumentException("ArcSinhScale cofactor must be finite and > 0, was " + cofactor);
        }
    }

    /**
     * {@return a copy with another cofactor}
     *
     * @param newCofactor the cofactor
     */
    public ArcSinhScale withCofactor(double newCofactor) {
        return new ArcSinhScale(minimum, maximum, newCofactor);
    }

    @Override
    public double transform(double x) {
        return asinh(x / cofactor);
    }

    @Override
    public void clampAndTransform(double[] in, double[] out, int n) {
        Scale.checkBulk(in, out, n);
        double lo = minimum;
        double hi = maximum;
        double c = cofactor;
        for (int i = 0; i < n; i++) {
            out[i] = asinh(Math.min(Math.max(in[i], lo), hi) / c);
        }
    }

    /**
     * {@return the inverse hyperbolic sine of {@code z}}
     *
     * @param z a value
     */
    public static double asinh(double z) {
        double a = Math.abs(z);
        double r;
        if (a < 1e-3) {
            double a2 = a * a;
            r = a * (1 - a2 * (1.0 / 6 - a2 * (3.0 / 40 - a2 * (5.0 / 112))));
        } else if (a > 1e150) {
            r = Math.log(a) + LN2;
        } else {
            r = Math.log(a + Math.sqrt(a * a + 1));
        }
        return Math.copySign(r, z);
    }
}
