package cellengine.tck;

import java.util.List;

/**
 * Gate geometries and an independent reading of the membership rules (docs/semantics.md#gate-geometry, decisions
 * D2–D7), used to compute the expected event counts of the gating and statistics rules. This code shares nothing with
 * the analysis module on purpose: it is the second opinion.
 *
 * <p>All fixture gates sit on FSC-A and SSC-A, whose default scales are linear over [1, 262144], so scaled values
 * equal the stored values and every boundary below is exact.
 *
 * @since 0.1
 */
public final class GatingFixtures {

    /** Axis values of the event grid: inside, outside and exactly on the fixture boundaries. */
    public static final double[] GRID = {5000, 10000, 10001, 30000, 50000, 70000, 99999, 100000, 100001, 150000};

    /** Rectangle [10000, 100000] × [10000, 100000], closed. */
    public static final double[] RECTANGLE = {10000, 100000, 10000, 100000};
    /** A triangle with a vertex and an edge on grid points. */
    public static final List<double[]> POLYGON = List.of(new double[] {10000, 10000},
            new double[] {150000, 10000}, new double[] {10000, 150000});
    /** Ellipse centre (50000, 50000), angle 0, full axes 80000 and 40000: boundary at x = 10000 and 90000. */
    public static final double[] ELLIPSE = {50000, 50000, 0, 80000, 40000};
    /** Range [30000, 100000] on FSC-A. */
    public static final double[] RANGE = {30000, 100000};
    /** Split position on FSC-A. */
    public static final double SPLIT = 50000;
    /** Quadrant centre. */
    public static final double[] QUADRANT = {50000, 70000};

    private GatingFixtures() {
    }

    /**
     * {@return whether (x, y) is in the closed rectangle}
     *
     * @param x the x value
     * @param y the y value
     */
    public static boolean inRectangle(double x, double y) {
        return x >= RECTANGLE[0] && x <= RECTANGLE[1] && y >= RECTANGLE[2] && y <= RECTANGLE[3];
    }

    /**
     * {@return whether (x, y) is in the polygon by the even–odd rule, points on an edge counting as inside}
     *
     * @param x the x value
     * @param y the y value
     */
    public static boolean inPolygon(double x, double y) {
        int n = POLYGON.size();
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double[] a = POLYGON.get(i);
            double[] b = POLYGON.get(j);
            if (onSegment(x, y, a, b)) {
                return true;
            }
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean onSegment(double x, double y, double[] a, double[] b) {
        double cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
        return cross == 0 && x >= Math.min(a[0], b[0]) && x <= Math.max(a[0], b[0])
                && y >= Math.min(a[1], b[1]) && y <= Math.max(a[1], b[1]);
    }

    /**
     * {@return whether (x, y) is in the ellipse: normalised distance ≤ 1, axes being full lengths}
     *
     * @param x the x value
     * @param y the y value
     */
    public static boolean inEllipse(double x, double y) {
        double a = ELLIPSE[3] / 2;
        double b = ELLIPSE[4] / 2;
        double u = x - ELLIPSE[0];
        double v = y - ELLIPSE[1];
        return (u * u) / (a * a) + (v * v) / (b * b) <= 1;
    }

    /**
     * {@return whether x is in the closed range}
     *
     * @param x the x value
     */
    public static boolean inRange(double x) {
        return x >= RANGE[0] && x <= RANGE[1];
    }

    /**
     * {@return the split sector of x: 0 for L (x &lt; position), 1 for R}
     *
     * @param x the x value
     */
    public static int splitSector(double x) {
        return x < SPLIT ? 0 : 1;
    }

    /**
     * {@return the quadrant sector of (x, y): 0 UR, 1 UL, 2 LL, 3 LR (D7)}
     *
     * @param x the x value
     * @param y the y value
     */
    public static int quadrantSector(double x, double y) {
        boolean right = x >= QUADRANT[0];
        boolean up = y >= QUADRANT[1];
        if (up) {
            return right ? 0 : 1;
        }
        return right ? 3 : 2;
    }
}
