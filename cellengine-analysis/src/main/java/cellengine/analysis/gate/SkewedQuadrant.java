package cellengine.analysis.gate;

import java.util.Arrays;
import java.util.List;

/**
 * The compiled form of a skewed quadrant: the rays in counter-clockwise order starting with the one that opens
 * UR, as unit vectors, and for rays 1..3 which half-turn (relative to ray 0) they lie in.
 *
 * <p>For an event direction p relative to ray 0, its half is 0 when {@code cross(r0, p) > 0}, or when it is 0 and
 * {@code dot(r0, p) > 0}; otherwise 1. Within the same half, "p is beyond ray k" is {@code cross(rk, p) > 0}.
 */
final class SkewedQuadrant {

    private final double cx;
    private final double cy;
    private final double[] rx = new double[4];
    private final double[] ry = new double[4];
    private final int[] half = new int[4];

    SkewedQuadrant(double cx, double cy, List<Double> angles) {
        this.cx = cx;
        this.cy = cy;
        double[] sorted = new double[4];
        for (int i = 0; i < 4; i++) {
            sorted[i] = Angles.normalize(angles.get(i));
        }
        Arrays.sort(sorted);
        int start = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double distance = Math.min(sorted[i], Angles.TWO_PI - sorted[i]);
            if (distance < best) {
                best = distance;
                start = i;
            }
        }
        for (int k = 0; k < 4; k++) {
            double angle = sorted[(start + k) & 3];
            rx[k] = Angles.cos(angle);
            ry[k] = Angles.sin(angle);
        }
        for (int k = 1; k < 4; k++) {
            double c = rx[0] * ry[k] - ry[0] * rx[k];
            double d = rx[0] * rx[k] + ry[0] * ry[k];
            // A ray equal to ray 0 (a repeated angle) has relative angle 0, not 2π: it lies in half 0.
            half[k] = c < 0 || (c == 0 && d < 0) ? 1 : 0;
        }
    }

    int sectorOf(double px, double py) {
        double dx = px - cx;
        double dy = py - cy;
        if (Double.isNaN(dx) || Double.isNaN(dy)) {
            return -1;
        }
        if (dx == 0 && dy == 0) {
            return QuadrantGeometry.UR;
        }
        int hp = halfOf(dx, dy);
        boolean beyond1 = beyond(1, hp, dx, dy, false);
        boolean beyond2 = beyond(2, hp, dx, dy, false);
        boolean reaches3 = beyond(3, hp, dx, dy, true);
        if (!beyond1) {
            return QuadrantGeometry.UR;
        }
        if (!beyond2) {
            return QuadrantGeometry.UL;
        }
        return reaches3 ? QuadrantGeometry.LR : QuadrantGeometry.LL;
    }

    private int halfOf(double dx, double dy) {
        double c = rx[0] * dy - ry[0] * dx;
        double d = rx[0] * dx + ry[0] * dy;
        return c < 0 || (c == 0 && d < 0) ? 1 : 0;
    }

    /** Whether the direction lies strictly beyond ray k (or on it, when {@code inclusive}), counter-clockwise. */
    private boolean beyond(int k, int hp, double dx, double dy, boolean inclusive) {
        if (hp != half[k]) {
            return hp > half[k];
        }
        double c = rx[k] * dy - ry[k] * dx;
        return inclusive ? c >= 0 : c > 0;
    }

    void evaluate(double[] xs, double[] ys, int n, long[][] sectors) {
        double r0x = rx[0];
        double r0y = ry[0];
        double r1x = rx[1];
        double r1y = ry[1];
        double r2x = rx[2];
        double r2y = ry[2];
        double r3x = rx[3];
        double r3y = ry[3];
        boolean h1 = half[1] == 1;
        boolean h2 = half[2] == 1;
        boolean h3 = half[3] == 1;
        long[] ur = sectors[QuadrantGeometry.UR];
        long[] ul = sectors[QuadrantGeometry.UL];
        long[] ll = sectors[QuadrantGeometry.LL];
        long[] lr = sectors[QuadrantGeometry.LR];
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long wUr = 0;
            long wUl = 0;
            long wLl = 0;
            long wLr = 0;
            for (int i = base; i < end; i++) {
                double dx = xs[i] - cx;
                double dy = ys[i] - cy;
                boolean valid = dx == dx & dy == dy;
                boolean centre = dx == 0 & dy == 0;
                double c0 = r0x * dy - r0y * dx;
                double d0 = r0x * dx + r0y * dy;
                boolean hp = c0 < 0 | (c0 == 0 & d0 < 0);
                double c1 = r1x * dy - r1y * dx;
                double c2 = r2x * dy - r2y * dx;
                double c3 = r3x * dy - r3y * dx;
                boolean a = !centre & ((hp & !h1) | (hp == h1 & c1 > 0));
                boolean b = a & ((hp & !h2) | (hp == h2 & c2 > 0));
                boolean c = b & ((hp & !h3) | (hp == h3 & c3 >= 0));
                long bit = 1L << i;
                wUr |= (valid & !a) ? bit : 0L;
                wUl |= (valid & a & !b) ? bit : 0L;
                wLl |= (valid & b & !c) ? bit : 0L;
                wLr |= (valid & c) ? bit : 0L;
            }
            int w = base >>> 6;
            ur[w] = wUr;
            ul[w] = wUl;
            ll[w] = wLl;
            lr[w] = wLr;
        }
    }
}
