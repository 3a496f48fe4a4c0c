package cellengine.analysis.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.stats.Bitsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GateGeometryTest {

    private static final double NAN = Double.NaN;

    /** Evaluates the gate over the points and returns each point's sector (-1 for none) from the bitsets. */
    static int[] sectors(GateGeometry gate, double[] x, double[] y) {
        long[][] bits = gate.evaluate(x, y, x.length);
        int[] result = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = -1;
            for (int s = 0; s < bits.length; s++) {
                if (Bitsets.contains(bits[s], i)) {
                    assertEquals(-1, result[i], "event " + i + " is in two sectors of " + gate);
                    result[i] = s;
                }
            }
        }
        for (long[] sector : bits) {
            Bitsets.checkTail(sector, x.length, "sector");
        }
        return result;
    }

    @Test
    void rectangle_is_closed_on_all_four_sides_with_corners_in_any_order() {
        RectangleGeometry gate = new RectangleGeometry(10, 2, 5, 1);
        double[] x = {2, 10, 2, 10, 6, 1.9999999, 10.000001, 6, 6, NAN, 6};
        double[] y = {1, 5, 5, 1, 3, 3, 3, 0.9999, 5.0001, 3, NAN};
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1}, sectors(gate, x, y));
    }

    @Test
    void range_is_a_closed_interval_on_x_and_ignores_y() {
        RangeGeometry gate = new RangeGeometry(7, -3);
        double[] x = {-3, 7, 0, -3.0000001, 7.0000001, NAN};
        assertArrayEquals(new int[] {0, 0, 0, -1, -1, -1}, sectors(gate, x, null));
    }

    @Test
    void split_puts_the_position_itself_in_the_right_sector() {
        SplitGeometry gate = new SplitGeometry(100);
        double[] x = {99.99999, 100, 100.00001, -1e300, NAN};
        assertArrayEquals(new int[] {0, 1, 1, 0, -1}, sectors(gate, x, null));
    }

    @Test
    void ellipse_includes_points_at_normalised_distance_exactly_one() {
        // Semi-axes a = 4 along the major axis, b = 2.
        EllipseGeometry axisAligned = new EllipseGeometry(10, 20, 0, 8, 4);
        double[] x = {14, 6, 10, 10, 14.000001, 10, 10};
        double[] y = {20, 20, 22, 18, 20, 22.000001, 20};
        assertArrayEquals(new int[] {0, 0, 0, 0, -1, -1, 0}, sectors(axisAligned, x, y));
        // Rotated by π/2: the major axis points along +y.
        EllipseGeometry upright = new EllipseGeometry(0, 0, Math.PI / 2, 8, 4);
        assertArrayEquals(new int[] {0, 0, -1, -1},
                sectors(upright, new double[] {0, 2, 4, 2.1}, new double[] {4, 0, 0, 0}));
        // Rotated by π/4: (2√2, 2√2) lies on the major axis at distance 4 (inside, up to rounding margins).
        EllipseGeometry diagonal = new EllipseGeometry(0, 0, Math.PI / 4, 8, 4);
        double r = 4 / Math.sqrt(2);
        assertArrayEquals(new int[] {0, -1, 0, -1}, sectors(diagonal,
                new double[] {r * 0.999999, r * 1.000001, -1.4, -1.5}, new double[] {r * 0.999999, r * 1.000001,
                    1.4, 1.5}));
    }

    @Test
    void polygon_includes_points_on_edges_and_vertices_and_uses_even_odd() {
        // A concave "C" shape with a horizontal top and bottom.
        PolygonGeometry c = PolygonGeometry.of(new double[] {0, 10, 10, 3, 3, 10, 10, 0},
                new double[] {0, 0, 3, 3, 7, 7, 10, 10});
        double[] x = {0, 10, 5, 0, 1, 5, 5, 3, 3, 10, 6, -0.000001, 5, 1};
        double[] y = {0, 10, 0, 5, 5, 3, 5, 5, 3, 5, 10, 5, 10.000001, 9.999999};
        int[] expected = {0, 0, 0, 0, 0, 0, -1, 0, 0, -1, 0, -1, -1, 0};
        assertArrayEquals(expected, sectors(c, x, y));
        // The Gating-ML Polygon1 edge (5,5)-(500,500): events on the diagonal are inside.
        PolygonGeometry triangle = PolygonGeometry.of(new double[] {5, 500, 500}, new double[] {5, 500, 5});
        assertArrayEquals(new int[] {0, 0, 0, -1}, sectors(triangle, new double[] {100, 5, 250.5, 100},
                new double[] {100, 5, 250.5, 100.5}));
    }

    @Test
    void self_intersecting_polygon_uses_the_even_odd_rule() {
        // A pentagram: its central pentagon is covered twice, so even–odd leaves it outside.
        double[] xs = new double[5];
        double[] ys = new double[5];
        for (int k = 0; k < 5; k++) {
            double angle = Math.PI / 2 + k * 4 * Math.PI / 5;
            xs[k] = 10 * Math.cos(angle);
            ys[k] = 10 * Math.sin(angle);
        }
        PolygonGeometry star = PolygonGeometry.of(xs, ys);
        assertArrayEquals(new int[] {-1, 0, -1}, sectors(star, new double[] {0, 0, 0}, new double[] {0, 7, 11}));
    }

    @Test
    void quadrant_axis_aligned_follows_decision_d7_at_the_centre_and_on_the_axes() {
        QuadrantGeometry q = new QuadrantGeometry(5, 5, List.of(Math.PI / 2, Math.PI, 3 * Math.PI / 2, 0.0));
        assertTrue(q.isAxisAligned());
        double[] x = {5, 6, 4, 4, 6, 5, 5, 4, 6, NAN};
        double[] y = {5, 6, 6, 4, 4, 6, 4, 5, 5, 5};
        int[] ur = {0}, ul = {1}, ll = {2}, lr = {3};
        assertArrayEquals(new int[] {ur[0], ur[0], ul[0], ll[0], lr[0], ur[0], lr[0], ul[0], ur[0], -1},
                sectors(q, x, y));
        QuadrantGeometry computed = new QuadrantGeometry(5, 5, List.of(Math.acos(0), Math.atan2(0, -1),
                -Math.PI / 2, 2 * Math.PI));
        assertTrue(computed.isAxisAligned(), "angles computed differently still select the table");
    }

    @Test
    void skewed_quadrant_assigns_sectors_between_sorted_rays_with_the_tie_rules() {
        // Rays at 30°, 120°, 210° and 300°: a rotated cross. The ray nearest 0 (30°) starts UR.
        double d = Math.PI / 180;
        QuadrantGeometry q = new QuadrantGeometry(0, 0, List.of(210 * d, 30 * d, 300 * d, 120 * d));
        double[] angles = {75, 165, 255, 345, 15};
        int[] expected = {0, 1, 2, 3, 3};
        double[] x = new double[angles.length];
        double[] y = new double[angles.length];
        for (int i = 0; i < angles.length; i++) {
            x[i] = Math.cos(angles[i] * d);
            y[i] = Math.sin(angles[i] * d);
        }
        assertArrayEquals(expected, sectors(q, x, y));
        // Exact rays: rays at 0 (UR start), 45°, 180° (exact), 270° (exact).
        QuadrantGeometry exact = new QuadrantGeometry(0, 0, List.of(0.0, Math.PI / 4, Math.PI, 3 * Math.PI / 2));
        double[] rx = {0, 1, 1, -1, 0, 1, -1, -1, 1, 0};
        double[] ry = {0, 0, 0.5, 0, -1, 2, 1, -1, -1, 1};
        // centre UR; on ray 0 UR; (1, 0.5) UR; on ray 180° (between UL and LL) UL; on ray 270° (between LL
        // and LR) LR; then plain sectors: (1,2) UL, (-1,1) UL, (-1,-1) LL, (1,-1) LR, (0,1) UL.
        assertArrayEquals(new int[] {0, 0, 0, 1, 3, 1, 1, 2, 3, 1}, sectors(exact, rx, ry));
        // Ties are exact only on rays at multiples of π/2: here the ray between UR and UL is +y.
        QuadrantGeometry upper = new QuadrantGeometry(0, 0, List.of(0.0, Math.PI / 2, 3 * Math.PI / 4,
                3 * Math.PI / 2));
        assertArrayEquals(new int[] {0, 0, 1, 2, 3}, sectors(upper, new double[] {0, 0, -1, -1, 0},
                new double[] {0, 3, 3, 0, -2}));
    }

    @Test
    void skewed_quadrant_starts_ur_at_the_ray_nearest_zero_even_below_it() {
        // Rays at -10°, 80°, 170°, 260°: -10° (350°) is nearest to 0 and starts UR.
        double d = Math.PI / 180;
        QuadrantGeometry q = new QuadrantGeometry(0, 0, List.of(-10 * d, 80 * d, 170 * d, 260 * d));
        double[] angles = {0, 100, 200, 300, 355};
        double[] x = new double[5];
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            x[i] = Math.cos(angles[i] * d);
            y[i] = Math.sin(angles[i] * d);
        }
        assertArrayEquals(new int[] {0, 1, 2, 3, 0}, sectors(q, x, y));
    }

    @Test
    void bulk_evaluation_agrees_with_the_per_event_definition_for_every_geometry_type() {
        SplittableRandom random = new SplittableRandom(42);
        List<GateGeometry> gates = new ArrayList<>();
        gates.add(new RectangleGeometry(-20, 30, 40, -10));
        gates.add(new RangeGeometry(-5, 25));
        gates.add(PolygonGeometry.of(randomPolygonX(random, 20), randomPolygonY(random, 20)));
        gates.add(PolygonGeometry.of(new double[] {-40, 40, 40, 0, -40}, new double[] {-40, -40, 40, 0, 40}));
        gates.add(new EllipseGeometry(3, -2, 0.7, 50, 20));
        gates.add(new SplitGeometry(1.5));
        gates.add(QuadrantGeometry.axisAligned(0, 1));
        gates.add(new QuadrantGeometry(2, -3, List.of(0.3, 2.0, 3.5, 5.0)));
        gates.add(new QuadrantGeometry(0, 0, List.of(0.1, 0.2, 0.3, 0.4)));
        Set<Class<?>> covered = new HashSet<>();
        int n = 5000 + 37;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            // Integers on a coarse grid hit edges, vertices and rays exactly.
            boolean grid = random.nextBoolean();
            x[i] = grid ? random.nextInt(-50, 51) : random.nextDouble(-50, 50);
            y[i] = grid ? random.nextInt(-50, 51) : random.nextDouble(-50, 50);
        }
        x[7] = NAN;
        y[8] = NAN;
        for (GateGeometry gate : gates) {
            covered.add(gate.getClass());
            int[] bulk = sectors(gate, x, y);
            for (int i = 0; i < n; i++) {
                int k = i;
                assertEquals(gate.sectorOf(x[i], y[i]), bulk[i], () -> gate + " at (" + x[k] + ", " + y[k] + ")");
            }
        }
        for (Class<?> type : GateGeometry.class.getPermittedSubclasses()) {
            assertTrue(covered.contains(type), "no cross-check for " + type.getSimpleName());
        }
    }

    @Test
    void polygon_buckets_agree_with_a_plain_edge_scan_on_grid_points() {
        SplittableRandom random = new SplittableRandom(9);
        for (int trial = 0; trial < 50; trial++) {
            int v = 3 + random.nextInt(30);
            double[] xs = new double[v];
            double[] ys = new double[v];
            for (int k = 0; k < v; k++) {
                xs[k] = random.nextInt(0, 20);
                ys[k] = random.nextInt(0, 20);
            }
            PolygonGeometry polygon;
            try {
                polygon = PolygonGeometry.of(xs, ys);
            } catch (IllegalArgumentException degenerate) {
                continue;
            }
            double[] x = new double[441];
            double[] y = new double[441];
            for (int i = 0; i < 441; i++) {
                x[i] = i % 21 - 0.5 * (trial % 2);
                y[i] = i / 21;
            }
            int[] bulk = sectors(polygon, x, y);
            for (int i = 0; i < x.length; i++) {
                int k = i;
                PolygonGeometry p = polygon;
                assertEquals(naivePolygon(xs, ys, x[i], y[i]), bulk[i], () -> p + " at (" + x[k] + ", " + y[k]
                        + ")");
            }
        }
    }

    @Test
    void invalid_geometries_are_rejected_with_their_reason() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> PolygonGeometry.of(new double[] {0, 1, 0, 1}, new double[] {0, 1, 0, 1}));
        assertTrue(few.getMessage().contains("3 distinct vertices"), few.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EllipseGeometry(0, 0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RectangleGeometry(0, NAN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new QuadrantGeometry(0, 0, List.of(0.0, 1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> PolygonGeometry.ofVertices(new double[][] {{0, 0}, {1}, {2, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> new RangeGeometry(0, 1).evaluateInto(new double[3], null, 3, new long[2][1]));
        assertThrows(IndexOutOfBoundsException.class,
                () -> new RectangleGeometry(0, 1, 0, 1).evaluate(new double[3], new double[2], 3));
    }

    @Test
    void evaluation_over_zero_events_and_partial_words_leaves_no_stray_bits() {
        RangeGeometry all = new RangeGeometry(-1e9, 1e9);
        assertEquals(0, all.evaluate(new double[0], null, 0)[0].length);
        for (int n : new int[] {1, 63, 64, 65, 130}) {
            long[] bits = all.evaluate(new double[n], null, n)[0];
            assertEquals(n, Bitsets.count(bits));
            Bitsets.checkTail(bits, n, "range over " + n);
        }
    }

    /** PNPOLY with an explicit on-segment test, written independently of the production code. */
    private static int naivePolygon(double[] xs, double[] ys, double px, double py) {
        int v = xs.length;
        for (int i = 0; i < v; i++) {
            int j = (i + 1) % v;
            double cross = (xs[j] - xs[i]) * (py - ys[i]) - (ys[j] - ys[i]) * (px - xs[i]);
            if (cross == 0 && px >= Math.min(xs[i], xs[j]) && px <= Math.max(xs[i], xs[j])
                    && py >= Math.min(ys[i], ys[j]) && py <= Math.max(ys[i], ys[j])) {
                return 0;
            }
        }
        boolean inside = false;
        for (int i = 0, j = v - 1; i < v; j = i++) {
            if ((ys[i] > py) != (ys[j] > py)
                    && px < (xs[j] - xs[i]) * (py - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside ? 0 : -1;
    }

    private static double[] randomPolygonX(SplittableRandom random, int v) {
        double[] xs = new double[v];
        for (int k = 0; k < v; k++) {
            xs[k] = 30 * Math.cos(2 * Math.PI * k / v) * (0.5 + random.nextDouble() / 2);
        }
        return xs;
    }

    private static double[] randomPolygonY(SplittableRandom random, int v) {
        double[] ys = new double[v];
        for (int k = 0; k < v; k++) {
            ys[k] = 30 * Math.sin(2 * Math.PI * k / v) * (0.5 + random.nextDouble() / 2);
        }
        return ys;
    }
}
