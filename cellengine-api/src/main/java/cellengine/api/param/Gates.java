package cellengine.api.param;

import cellengine.api.internal.model.GateChecks;
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
 * Typed builders for the six gate types, with the reference's defaults (cellengine-api.md §6.6): a new
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
 * <p>Coordinates are in scaled space (after the channel's scale). Geometry is checked at once
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
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param x1 one x bound
     * @param x2 the other x bound
     * @param y1 one y bound
     * @param y2 the other y bound
     */
    public static SimpleGateBuilder rectangle(String xChannel, String yChannel, String name, double x1, double x2,
                                              double y1, double y2) {
        Rectangle rectangle = new Rectangle(x1, x2, y1, y2);
        checkChannels(RectangleGate.TYPE, xChannel, yChannel);
        return new SimpleGateBuilder(name, new Point((x1 + x2) / 2, (y1 + y2) / 2),
                (gid, n, locked, tailored, fid, label) -> new RectangleGate(null, null, gid, n, xChannel, yChannel,
                        tailored, fid, locked, label, rectangle, null));
    }

    /**
     * {@return a polygon gate builder; the label defaults to the mean of the vertices (not the area centroid)}
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param vertices at least three {@code [x, y]} pairs, in order, the first not repeated at the end
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
     * @param vertices at least three {@code [x, y]} pairs
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
     * @param vertices at least three points
     */
    public static SimpleGateBuilder polygonOf(String xChannel, String yChannel, String name, List<Point> vertices) {
        List<Point> points = List.copyOf(vertices);
        if (points.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices, was given " + points.size());
        }
        checkChannels(PolygonGate.TYPE, xChannel, yChannel);
        double sx = 0;
        double sy = 0;
        for (Point p : points) {
            sx += p.x();
            sy += p.y();
        }
        return new SimpleGateBuilder(name, new Point(sx / points.size(), sy / points.size()),
                (gid, n, locked, tailored, fid, label) -> new PolygonGate(null, null, gid, n, xChannel, yChannel,
                        tailored, fid, locked, label, points, null));
    }

    /**
     * {@return an ellipse gate builder; the label defaults to the centre}
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the name
     * @param centerX the centre's x
     * @param centerY the centre's y
     * @param angle the major axis's direction, radians counter-clockwise from +x
     * @param major the full major axis length
     * @param minor the full minor axis length
     */
    public static SimpleGateBuilder ellipse(String xChannel, String yChannel, String name, double centerX,
                                            double centerY, double angle, double major, double minor) {
        Point center = new Point(centerX, centerY);
        Ellipse ellipse = new Ellipse(center, angle, major, minor);
        checkChannels(EllipseGate.TYPE, xChannel, yChannel);
        return new SimpleGateBuilder(name, center,
                (gid, n, locked, tailored, fid, label) -> new EllipseGate(null, null, gid, n, xChannel, yChannel,
                        tailored, fid, locked, label, ellipse, null));
    }

    /**
     * {@return a range gate builder with the bar at half height; the label defaults to {@code [mean(x1, x2), 0.5]}}
     *
     * @param xChannel the channel
     * @param name the name
     * @param x1 one bound
     * @param x2 the other bound
     */
    public static SimpleGateBuilder range(String xChannel, String name, double x1, double x2) {
        return range(xChannel, name, x1, x2, 0.5);
    }

    /**
     * {@return a range gate builder; the label defaults to {@code [mean(x1, x2), y]}}
     *
     * @param xChannel the channel
     * @param name the name
     * @param x1 one bound
     * @param x2 the other bound
     * @param y the bar's drawn height as a fraction of the plot height (display only)
     */
    public static SimpleGateBuilder range(String xChannel, String name, double x1, double x2, double y) {
        Range range = new Range(x1, x2, y);
        GateChecks.channel(RangeGate.TYPE, "xChannel", xChannel);
        return new SimpleGateBuilder(name, new Point((x1 + x2) / 2, y),
                (gid, n, locked, tailored, fid, label) -> new RangeGate(null, null, gid, n, xChannel, tailored, fid,
                        locked, label, range, null));
    }

    /**
     * {@return a quadrant gate builder, axis-aligned ({@code angles [0, π/2, π, 3π/2]}, {@code skewable=false})}
     *
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param name the prefix of the sector names {@code "<name> (UR)"} …
     * @param x the centre's x
     * @param y the centre's y
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
     * @param position the split position: events below it are L, the others R
     */
    public static CompoundGateBuilder split(String xChannel, String name, double position) {
        return new CompoundGateBuilder(SplitGate.TYPE, xChannel, null, name, position, 0.5);
    }

    private static void checkChannels(String type, String xChannel, String yChannel) {
        GateChecks.channel(type, "xChannel", xChannel);
        GateChecks.channel(type, "yChannel", yChannel);
    }
}
