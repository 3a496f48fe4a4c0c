package cellengine.analysis.gate;

/**
 * The geometry of a gate, tested in scaled space (docs/semantics.md#gate-geometry): each event falls in at most one of
 * the gate's sectors. Simple gates (rectangle, polygon, ellipse, range) have one sector, index 0; a
 * {@link SplitGeometry} has two (L, R) and a {@link QuadrantGeometry} four (UR, UL, LL, LR).
 *
 * <p>Evaluation works on whole columns and writes one membership bitset per sector (see
 * {@link cellengine.analysis.stats.Bitsets} for the layout). Events whose value is NaN fall in no sector.
 *
 * @since 0.1
 */
public sealed interface GateGeometry
        permits RectangleGeometry, RangeGeometry, PolygonGeometry, EllipseGeometry, SplitGeometry, QuadrantGeometry {

    /** {@return 1 for gates on the x channel only (range, split), 2 for gates on x and y (the default)} */
    default int dimensions() {
        return 2;
    }

    /** {@return the number of sectors: 1 for simple gates (the default), 2 for split, 4 for quadrant} */
    default int sectorCount() {
        return 1;
    }

    /**
     * {@return the sector an event at {@code (x, y)} falls in, or -1 when it falls in none} This is the
     * per-event reference definition; use {@link #evaluateInto} for columns. For 1-D gates {@code y} is ignored.
     *
     * @param x the scaled x value
     * @param y the scaled y value
     */
    int sectorOf(double x, double y);

    /**
     * Evaluates the first {@code n} events into one bitset per sector.
     *
     * @param x the scaled x column
     * @param y the scaled y column; ignored (may be null) for 1-D gates
     * @param n the number of events
     * @param sectors {@link #sectorCount()} bitsets, each with at least {@code (n + 63) >>> 6} words; the first
     *     {@code (n + 63) >>> 6} words of each are overwritten
     * @throws IllegalArgumentException if {@code sectors} has the wrong shape
     * @throws IndexOutOfBoundsException if a column holds fewer than {@code n} values
     */
    void evaluateInto(double[] x, double[] y, int n, long[][] sectors);

    /**
     * {@return one new bitset per sector for the first {@code n} events}
     *
     * @param x the scaled x column
     * @param y the scaled y column; ignored (may be null) for 1-D gates
     * @param n the number of events
     */
    default long[][] evaluate(double[] x, double[] y, int n) {
        int words = (n + 63) >>> 6;
        long[][] sectors = new long[sectorCount()][words];
        evaluateInto(x, y, n, sectors);
        return sectors;
    }
}
