package cellengine.analysis.gate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A polygon gate (docs/semantics.md#d4-polygon, D4): the vertices in order, closed implicitly from the last back to the
 * first. An event is inside by the even–odd rule (crossing-number parity), and an event exactly on an edge or a
 * vertex is inside. Self-intersecting polygons are allowed; even–odd decides their interior.
 *
 * <p>Immutable; the vertex arrays are copied in and out.
 *
 * @implNote Construction precomputes, per edge, its start, direction and bounding box, and sorts the edges into
 * {@code 16·V} (at most 1024) horizontal buckets over the polygon's bounding box. An event outside the bounding
 * box is rejected with four comparisons; one inside it tests only the edges of its bucket (usually two or
 * three), without branches, with the crossing rule {@code (ay > py) != (by > py)} and the cross product
 * {@code (bx−ax)(py−ay) − (by−ay)(px−ax)}, whose sign says on which side of the edge the event lies and whose
 * zero, within the edge's box, puts the event on the edge. An event's bucket index comes from the same monotone
 * formula as the edges' buckets, so no edge is missed at bucket borders.
 * @since 0.1
 */
public final class PolygonGeometry implements GateGeometry {

    private static final int MAX_BUCKETS = 1024;

    private final double[] xs;
    private final double[] ys;
    // Bounding box and bucket mapping.
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final double bucketScale;
    private final int lastBucket;
    private final int[] bucketStart;
    // One slot per (bucket, edge) pair: the edge's start, direction, end y and box.
    private final double[] ax;
    private final double[] ay;
    private final double[] by;
    private final double[] ex;
    private final double[] ey;
    private final double[] yLo;
    private final double[] yHi;
    private final double[] xLo;
    private final double[] xHi;

    private PolygonGeometry(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        int v = xs.length;
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
        int buckets = Math.min(MAX_BUCKETS, 16 * v);
        double height = y1 - y0;
        double scale = height > 0 ? buckets / height : 0;
        if (!Double.isFinite(scale)) {
            scale = 0;
            buckets = 1;
        }
        bucketScale = scale;
        lastBucket = buckets - 1;
        int[] first = new int[v];
        int[] last = new int[v];
        int[] counts = new int[buckets + 1];
        for (int e = 0; e < v; e++) {
            int f = (e + 1) % v;
            first[e] = bucket(Math.min(ys[e], ys[f]));
            last[e] = bucket(Math.max(ys[e], ys[f]));
            for (int b = first[e]; b <= last[e]; b++) {
                counts[b + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            counts[b + 1] += counts[b];
        }
        bucketStart = counts.clone();
        int slots = counts[buckets];
        ax = new double[slots];
        ay = new double[slots];
        by = new double[slots];
        ex = new double[slots];
        ey = new double[slots];
        yLo = new double[slots];
        yHi = new double[slots];
        xLo = new double[slots];
        xHi = new double[slots];
        int[] fill = Arrays.copyOf(counts, buckets);
        for (int e = 0; e < v; e++) {
            int f = (e + 1) % v;
            for (int b = first[e]; b <= last[e]; b++) {
                int s = fill[b]++;
                ax[s] = xs[e];
                ay[s] = ys[e];
                by[s] = ys[f];
                ex[s] = xs[f] - xs[e];
                ey[s] = ys[f] - ys[e];
                yLo[s] = Math.min(ys[e], ys[f]);
                yHi[s] = Math.max(ys[e], ys[f]);
                xLo[s] = Math.min(xs[e], xs[f]);
                xHi[s] = Math.max(xs[e], xs[f]);
            }
        }
    }

    /**
     * Creates a polygon from its vertex coordinates.
     *
     * @param xs the vertices' x values, finite
     * @param ys the vertices' y values, finite, as many as {@code xs}
     * @return the polygon
     * @throws IllegalArgumentException if the lengths differ, a value is not finite, or there are fewer than three
     *     distinct vertices
     */
    public static PolygonGeometry of(double[] xs, double[] ys) {
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("polygon has " + xs.length + " x values but " + ys.length
                    + " y values");
        }
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < xs.length; i++) {
            Checks.finite("polygon vertex " + i + " x", xs[i]);
            Checks.finite("polygon vertex " + i + " y", ys[i]);
            distinct.add((xs[i] + 0.0) + "," + (ys[i] + 0.0));
        }
        if (distinct.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 distinct vertices, was given "
                    + distinct.size() + " (of " + xs.length + " vertices)");
        }
        return new PolygonGeometry(xs.clone(), ys.clone());
    }

    /**
     * Creates a polygon from {@code [x, y]} pairs, the shape of the API's {@code polygon.vertices}.
     *
     * @param vertices the vertices, each an array of two finite values
     * @return the polygon
     * @throws IllegalArgumentException if a vertex does not have two values, or as {@link #of(double[], double[])}
     */
    public static PolygonGeometry ofVertices(double[][] vertices) {
        Objects.requireNonNull(vertices, "vertices");
        double[] xs = new double[vertices.length];
        double[] ys = new double[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            if (vertices[i] == null || vertices[i].length != 2) {
                throw new IllegalArgumentException("polygon vertex " + i + " must be [x, y], was "
                        + Arrays.toString(vertices[i]));
            }
            xs[i] = vertices[i][0];
            ys[i] = vertices[i][1];
        }
        return of(xs, ys);
    }

    /** {@return the number of vertices} */
    public int vertexCount() {
        return xs.length;
    }

    /** {@return a copy of the vertices' x values} */
    public double[] xs() {
        return xs.clone();
    }

    /** {@return a copy of the vertices' y values} */
    public double[] ys() {
        return ys.clone();
    }

    /** The reference test: every edge, no bounding box and no buckets. */
    @Override
    public int sectorOf(double px, double py) {
        int v = xs.length;
        boolean inside = false;
        for (int e = 0; e < v; e++) {
            int f = (e + 1) % v;
            double x0 = xs[e];
            double y0 = ys[e];
            double x1 = xs[f];
            double y1 = ys[f];
            if (py >= Math.min(y0, y1) && py <= Math.max(y0, y1)) {
                double cross = (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0);
                if (cross == 0) {
                    if (px >= Math.min(x0, x1) && px <= Math.max(x0, x1)) {
                        return 0;
                    }
                } else if ((y0 > py) != (y1 > py) && (cross > 0) == (y1 > y0)) {
                    inside = !inside;
                }
            }
        }
        return inside ? 0 : -1;
    }

    @Override
    public void evaluateInto(double[] x, double[] y, int n, long[][] sectors) {
        Checks.columns(this, x, y, n, sectors);
        long[] out = sectors[0];
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long word = 0;
            for (int i = base; i < end; i++) {
                double px = x[i];
                double py = y[i];
                if (px >= minX & px <= maxX & py >= minY & py <= maxY && inBucket(px, py)) {
                    word |= 1L << i;
                }
            }
            out[base >>> 6] = word;
        }
    }

    /**
     * The test within one bucket, without branches in the edge loop: a crossing of the rightward ray toggles the
     * parity; a zero cross product inside the edge's box marks the event as on the edge.
     */
    private boolean inBucket(double px, double py) {
        int b = bucket(py);
        boolean inside = false;
        boolean onEdge = false;
        for (int s = bucketStart[b], end = bucketStart[b + 1]; s < end; s++) {
            double cross = ex[s] * (py - ay[s]) - ey[s] * (px - ax[s]);
            inside ^= (ay[s] > py) != (by[s] > py) & (cross > 0) == (ey[s] > 0);
            onEdge |= cross == 0 & py >= yLo[s] & py <= yHi[s] & px >= xLo[s] & px <= xHi[s];
        }
        return inside | onEdge;
    }

    private int bucket(double py) {
        return Math.min(lastBucket, (int) ((py - minY) * bucketScale));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolygonGeometry p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PolygonGeometry[");
        for (int i = 0; i < xs.length; i++) {
            s.append(i == 0 ? "" : ", ").append('(').append(xs[i]).append(", ").append(ys[i]).append(')');
        }
        return s.append(']').toString();
    }
}
