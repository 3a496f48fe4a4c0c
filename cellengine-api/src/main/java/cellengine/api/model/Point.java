package cellengine.api.model;

import cellengine.api.internal.model.GateChecks;

/**
 * A point in a gate's scaled space, written {@code [x, y]} in JSON: a polygon vertex, an ellipse centre or a label
 * position (docs/wire.md#gate-fields).
 *
 * @param x the x coordinate, finite
 * @param y the y coordinate, finite
 * @since 0.1
 */
public record Point(double x, double y) {

    /**
     * Checks the coordinates.
     *
     * @param x the x coordinate
     * @param y the y coordinate
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    public Point {
        GateChecks.finite("point x", x);
        GateChecks.finite("point y", y);
    }

    /**
     * {@return the point {@code (x, y)}}
     *
     * @param x the x coordinate
     * @param y the y coordinate
     */
    public static Point of(double x, double y) {
        return new Point(x, y);
    }

    /** {@return the point as a two-element array {@code [x, y]}} */
    public double[] toArray() {
        return new double[] {x, y};
    }
}
