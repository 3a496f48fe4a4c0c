package cellengine.analysis.gate;

/**
 * A range gate on the x channel: inside when {@code min(x1, x2) <= x <= max(x1, x2)} (docs/semantics.md#d3-range, D3).
 * The y channel and {@code range.y} are display-only.
 *
 * @param x1 one bound, finite
 * @param x2 the other bound, finite
 * @since 0.1
 */
public record RangeGeometry(double x1, double x2) implements GateGeometry {

    /**
     * Checks that the bounds are finite.
     *
     * @param x1 one bound, finite
     * @param x2 the other bound, finite
     */
    public RangeGeometry {
        Checks.finite("range x1", x1);
        Checks.finite("range x2", x2);
    }

    @Override
    public int dimensions() {
        return 1;
    }

    @Override
    public int sectorOf(double x, double y) {
        return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) ? 0 : -1;
    }

    @Override
    public void evaluateInto(double[] x, double[] y, int n, long[][] sectors) {
        Checks.columns(this, x, y, n, sectors);
        Kernels.range(x, n, Math.min(x1, x2), Math.max(x1, x2), sectors[0]);
    }
}
