package cellengine.api.param;

import cellengine.api.model.Ellipse;
import cellengine.api.model.EllipseGate;
import cellengine.api.model.Point;
import cellengine.api.model.PolygonGate;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.Range;
import cellengine.api.model.RangeGate;
import cellengine.api.model.Rectangle;
import cellengine.api.model.RectangleGate;
import cellengine.api.model.SplitGate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Typed builders for the six gate types, with the reference's defaults (docs/wire.md#gate-builders): a new
 * client-generated gid (and sector gids), {@code locked=false}, {@code tailoredPerFile=false},
 * {@code fcsFileId=null}, {@code createPopulation=true} under Ungated, and the default label(s).
 *
 * <pre>{@code
 * GateSpec lymphs = Gates.rectangle("FSC-A", "SSC-A", "lymphs", 10, 100000, 10, 100000).build();
 * GateCreated created = client.postGate(eid, lymphs);               // created.population(): "lymphs"
 * GateSpec quad = Gates.quadrant("CD4", "CD8", "T", 2.5, 2.5).parentPopulation(created.population().id())
 *         .build();                                                  // populations "T (UR)", "T (UL)", …
 * GateSpec perFile = Gates.rectangle("FSC-A", "SSC-A", "lymphs", 20, 90000, 20, 90000)
 *         .gid(created.gate().gid()).tailoredTo(fileId).build();    // a file-specific family member
 * }</pre>
 *
 * <p><b>Coordinates are in the channel's scaled space</b>: the value after the experiment's scale for that channel
 * (a linear scale leaves raw values as they are; on an arcsinh scale with cofactor 150 a raw 1000 is
 * {@code asinh(1000 / 150) ≈ 2.6}; on a log scale it is {@code log10(1000) = 3}). That is where the server gates,
 * so raw bounds on a non-linear channel silently match the wrong events. To give raw channel values, call
 * {@link GateBuilder#inRawUnits(cellengine.api.model.ScaleSet) inRawUnits(scaleSet)} on the builder: it converts
 * them with the scale set's formula for each channel, unclamped.
 *
 * <p>Argument order: the channel(s) first (x, then y), then the name, then the geometry, x before y:
 * {@code rectangle(xChannel, yChannel, name, x1, x2, y1, y2)},
 * {@code polygon(xChannel, yChannel, name, vertices)},
 * {@code ellipse(xChannel, yChannel, name, centerX, centerY, angle, major, minor)},
 * {@code range(xChannel, name, x1, x2)}, {@code quadrant(xChannel, yChannel, name, x, y)},
 * {@code split(xChannel, name, position)}. Bounds may be given in either order. Geometry is checked at once
 * ({@link IllegalArgumentException} naming the value).
 *
 * @since 0.1
 */
public final class Gates {

    private Gates() {
    }

    /**
     * {@return a rectangle gate builder; the label defaults to the centre}
     *
     * <p>Bounds are in the channels' scaled space, unless {@link GateBuilder#inRawUnits inRawUnits} is called.
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param x1 one x bound (scaled)
     * @param x2 the other x bound (scaled)
     * @param y1 one y bound (scaled)
     * @param y2 the other y bound (scaled)
     */
    public static SimpleGateBuilder rectangle(String xChannel, String yChannel, String name, double x1, double x2,
                                              double y1, double y2) {
        new Rectangle(x1, x2, y1, y2);   // checks the numbers now, not at build()
        return new SimpleGateBuilder(RectangleGate.TYPE, name, xChannel, yChannel,
                (gid, n, locked, tailored, fid, label, c) -> {
                    Rectangle r = new Rectangle(c.x(x1), c.x(x2), c.y(y1), c.y(y2));
                    Point centre = new Point((r.x1() + r.x2()) / 2, (r.y1() + r.y2()) / 2);
                    return new RectangleGate(null, null, gid, n, xChannel, yChannel, tailored, fid, locked,
                            label != null ? label : centre, r, null);
                });
    }

    /**
     * {@return a polygon gate builder; the label defaults to the mean of the vertices (not the area centroid)}
     *
     * <p>Vertices are in the channels' scaled space, unless {@link GateBuilder#inRawUnits inRawUnits} is called.
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param vertices at least three {@code [x, y]} pairs (scaled), in order, the first not repeated at the end
     * @throws IllegalArgumentException when a vertex is not a finite pair or there are fewer than three
     */
    public static SimpleGateBuilder polygon(String xChannel, String yChannel, String name, List<double[]> vertices) {
        Objects.requireNonNull(vertices, "vertices");
        List<Point> points = new ArrayList<>(vertices.size());
        for (double[] v : vertices) {
            if (v == null || v.length != 2) {
                throw new IllegalArgumentException("polygon vertex " + points.size() + " must be an [x, y] pair, was "
                        + (v == null ? "null" : java.util.Arrays.toString(v)));
            }
            points.add(new Point(v[0], v[1]));
        }
        return polygonOf(xChannel, yChannel, name, points);
    }

    /**
     * {@return a polygon gate builder}
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param vertices at least three {@code [x, y]} pairs (scaled)
     */
    public static SimpleGateBuilder polygon(String xChannel, String yChannel, String name, double[][] vertices) {
        return polygon(xChannel, yChannel, name, List.of(vertices));
    }

    /**
     * {@return a polygon gate builder from points, such as another gate's {@link PolygonGate#vertices()}}
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param vertices at least three points (scaled)
     */
    public static SimpleGateBuilder polygonOf(String xChannel, String yChannel, String name, List<Point> vertices) {
        List<Point> points = List.copyOf(vertices);
        if (points.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices, was given " + points.size());
        }
        return new SimpleGateBuilder(PolygonGate.TYPE, name, xChannel, yChannel,
                (gid, n, locked, tailored, fid, label, c) -> {
                    List<Point> converted = new ArrayList<>(points.size());
                    double sx = 0;
                    double sy = 0;
                    for (Point p : points) {
                        Point q = new Point(c.x(p.x()), c.y(p.y()));
                        converted.add(q);
                        sx += q.x();
                        sy += q.y();
                    }
                    Point mean = new Point(sx / points.size(), sy / points.size());
                    return new PolygonGate(null, null, gid, n, xChannel, yChannel, tailored, fid, locked,
                            label != null ? label : mean, converted, null);
                });
    }

    /**
     * {@return an ellipse gate builder; the label defaults to the centre}
     *
     * <p>Everything is in the channels' scaled space; an ellipse cannot be given in raw units (its axes do not map
     * through a non-linear scale).
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param centerX the centre's x (scaled)
     * @param centerY the centre's y (scaled)
     * @param angle the major axis's direction, radians counter-clockwise from +x
     * @param major the full major axis length (scaled)
     * @param minor the full minor axis length (scaled)
     */
    public static SimpleGateBuilder ellipse(String xChannel, String yChannel, String name, double centerX,
                                            double centerY, double angle, double major, double minor) {
        Point center = new Point(centerX, centerY);
        Ellipse ellipse = new Ellipse(center, angle, major, minor);
        return new SimpleGateBuilder(EllipseGate.TYPE, name, xChannel, yChannel,
                (gid, n, locked, tailored, fid, label, c) -> new EllipseGate(null, null, gid, n, xChannel, yChannel,
                        tailored, fid, locked, label != null ? label : center, ellipse, null));
    }

    /**
     * {@return a range gate builder with the bar at half height; the label defaults to {@code [mean(x1, x2), 0.5]}}
     *
     * <p>Bounds are in the channel's scaled space, unless {@link GateBuilder#inRawUnits inRawUnits} is called.
     *
     * @param xChannel the channel
     * @param name the name
     * @param x1 one bound (scaled)
     * @param x2 the other bound (scaled)
     */
    public static SimpleGateBuilder range(String xChannel, String name, double x1, double x2) {
        return range(xChannel, name, x1, x2, 0.5);
    }

    /**
     * {@return a range gate builder; the label defaults to {@code [mean(x1, x2), y]}}
     *
     * <p>Bounds are in the channel's scaled space, unless {@link GateBuilder#inRawUnits inRawUnits} is called.
     *
     * @param xChannel the channel
     * @param name the name
     * @param x1 one bound (scaled)
     * @param x2 the other bound (scaled)
     * @param y the bar's drawn height as a fraction of the plot height (display only, never converted)
     */
    public static SimpleGateBuilder range(String xChannel, String name, double x1, double x2, double y) {
        new Range(x1, x2, y);   // checks the numbers now, not at build()
        return new SimpleGateBuilder(RangeGate.TYPE, name, xChannel, null,
                (gid, n, locked, tailored, fid, label, c) -> {
                    Range r = new Range(c.x(x1), c.x(x2), y);
                    return new RangeGate(null, null, gid, n, xChannel, tailored, fid, locked,
                            label != null ? label : new Point((r.x1() + r.x2()) / 2, y), r, null);
                });
    }

    /**
     * {@return a quadrant gate builder, axis-aligned ({@code angles [0, π/2, π, 3π/2]}, {@code skewable=false})}
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the prefix of the sector names {@code "<name> (UR)"} …
     * @param x the centre's x (scaled, unless {@link GateBuilder#inRawUnits inRawUnits} is called)
     * @param y the centre's y (scaled, unless {@link GateBuilder#inRawUnits inRawUnits} is called)
     */
    public static CompoundGateBuilder quadrant(String xChannel, String yChannel, String name, double x, double y) {
        Objects.requireNonNull(yChannel, "QuadrantGate needs yChannel");
        return new CompoundGateBuilder(QuadrantGate.TYPE, xChannel, yChannel, name, x, y);
    }

    /**
     * {@return a split gate builder with the line at half height}
     *
     * @param xChannel the channel
     * @param name the prefix of the sector names {@code "<name> (L)"}, {@code "<name> (R)"}
     * @param position the split position: events below it are L, the others R (scaled, unless
     *        {@link GateBuilder#inRawUnits inRawUnits} is called)
     */
    public static CompoundGateBuilder split(String xChannel, String name, double position) {
        return new CompoundGateBuilder(SplitGate.TYPE, xChannel, null, name, position, 0.5);
    }

}
