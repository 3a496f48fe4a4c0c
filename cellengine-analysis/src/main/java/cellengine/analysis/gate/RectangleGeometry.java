package cellengine.analysis.gate;

/**
 * A rectangle gate: inside when {@code min(x1, x2) <= x <= max(x1, x2)} and
 * {@code min(y1, y2) <= y <= max(y1, y2)}, closed on every side (docs/semantics.md#d2-rectangle, D2). The corners may
 * be given in any order.
 *
 * @param x1 one x bound, finite
 * @param x2 the other x bound, finite
 * @param y1 one y bound, finite
 * @param y2 the other y bound, finite
 * @since 0.1
 */
public record RectangleGeometry(double x1, double x2, double y1, double y2) implements GateGeometry {

    /**
     * Checks that the bounds are finite.
     *
     * @param x1 one x bound, finite
     * @param x2 the other x bound, finite
     * @param y1 one y bound, finite
     * @param y2 the other y bound, finite
     */
    public RectangleGeometry {
        Checks.finite("rectangle x1", x1);
        Checks.finite("rectangle x2", x2);
        Checks.finite("rectangle y1", y1);
        Checks.finite("rectangle y2", y2);
    }

    @Override
    public int sectorOf(double x, double y) {
        boolean inside = x >= Math.min(x1, x2) && x <= Math.max(x1, x2)
                && y >= Math.min(y1, y2) && y <= Math.max(y1, y2);
        return inside ? 0 : -1;
    }

    @Override
    public void evaluateInto(double[] x, double[] y, int n, long[][] sectors) {
        Checks.columns(this, x, y, n, sectors);
        Kernels.rectangle(x, y, n, Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2),
                sectors[0]);
    }
}
