package cellengine.analysis.fcs;

/**
 * Turns a parameter's channel values into FCS scale values (docs/semantics.md#d1-fcs-scale-values, decision D1):
 * log-amplified parameters ({@code $PnE = f1,f2} with {@code f1 > 0}) become {@code f2 · 10^(f1 · x / $PnR)} with
 * {@code f2 = 0} read as 1; linear parameters are divided by {@code $PnG} when it is present.
 *
 * @param logDecades f1 of {@code $PnE}, 0 for a linear parameter
 * @param logOffset f2 of {@code $PnE}, already 1 where the file says 0
 * @param range {@code $PnR}, the divisor of the log exponent
 * @param gain {@code $PnG}, 1 when absent
 */
record ScaleRule(double logDecades, double logOffset, double range, double gain) {

    static final ScaleRule IDENTITY = new ScaleRule(0, 1, Double.NaN, 1);

    boolean isIdentity() {
        return logDecades == 0 && gain == 1;
    }

    /** Writes the scale values of {@code raw} into {@code out}, in place when they are the same array. */
    void apply(double[] raw, double[] out) {
        int n = raw.length;
        if (logDecades > 0) {
            double k = logDecades / range;
            for (int i = 0; i < n; i++) {
                out[i] = logOffset * StrictMath.pow(10, k * raw[i]);
            }
        } else if (gain != 1) {
            double g = gain;
            for (int i = 0; i < n; i++) {
                out[i] = raw[i] / g;
            }
        } else if (out != raw) {
            System.arraycopy(raw, 0, out, 0, n);
        }
    }
}
