package cellengine.fakeserver.internal.analysis;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.Arrays;

/**
 * Density contours: the levels that enclose given percentiles of the events (a level at percentile p leaves p % of
 * the events in bins of lower density), traced by marching squares over the smoothed density grid and drawn as
 * line segments.
 */
final class Contours {

    private Contours() {
    }

    /**
     * {@return the density thresholds for {@code start}, {@code start + step}, ... below 100}
     *
     * @param grid the smoothed density, any layout
     */
    static double[] levels(double[] grid, double start, double step) {
        double[] sorted = grid.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (double v : sorted) {
            total += v;
        }
        int count = 0;
        for (double p = start; p < 100 && count < 100; p += step) {
            count++;
        }
        double[] levels = new double[count];
        double cumulative = 0;
        int i = 0;
        int k = 0;
        for (double p = start; k < count; p += step, k++) {
            double wanted = total * p / 100;
            while (i < sorted.length && cumulative + sorted[i] <= wanted) {
                cumulative += sorted[i++];
            }
            levels[k] = i < sorted.length ? sorted[i] : sorted[sorted.length - 1];
        }
        return levels;
    }

    /**
     * Draws the level's iso-lines over a {@code cols × rows} grid (row 0 at the bottom) whose cell centres map to
     * the frame's plot area.
     */
    static void draw(Graphics2D g, PlotFrame frame, double[] grid, int cols, int rows, double level) {
        if (!(level > 0)) {
            return;
        }
        double cw = (double) frame.width() / cols;
        double ch = (double) frame.height() / rows;
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                double v00 = grid[r * cols + c];
                double v10 = grid[r * cols + c + 1];
                double v01 = grid[(r + 1) * cols + c];
                double v11 = grid[(r + 1) * cols + c + 1];
                int index = (v00 >= level ? 1 : 0) | (v10 >= level ? 2 : 0) | (v11 >= level ? 4 : 0)
                        | (v01 >= level ? 8 : 0);
                if (index == 0 || index == 15) {
                    continue;
                }
                // Edge crossings in cell units: bottom, right, top, left.
                double[][] p = {
                    {c + t(v00, v10, level), r}, {c + 1, r + t(v10, v11, level)},
                    {c + t(v01, v11, level), r + 1}, {c, r + t(v00, v01, level)}};
                int[][] segments = SEGMENTS[index];
                for (int[] s : segments) {
                    double x1 = frame.left() + (p[s[0]][0] + 0.5) * cw;
                    double y1 = frame.top() + frame.height() - (p[s[0]][1] + 0.5) * ch;
                    double x2 = frame.left() + (p[s[1]][0] + 0.5) * cw;
                    double y2 = frame.top() + frame.height() - (p[s[1]][1] + 0.5) * ch;
                    g.draw(new Line2D.Double(x1, y1, x2, y2));
                }
            }
        }
    }

    private static double t(double a, double b, double level) {
        return a == b ? 0.5 : Math.min(1, Math.max(0, (level - a) / (b - a)));
    }

    /** Marching-squares cases: pairs of crossed edges (0 bottom, 1 right, 2 top, 3 left) per corner mask. */
    private static final int[][][] SEGMENTS = {
        {}, {{3, 0}}, {{0, 1}}, {{3, 1}}, {{1, 2}}, {{3, 0}, {1, 2}}, {{0, 2}}, {{3, 2}},
        {{2, 3}}, {{0, 2}}, {{0, 1}, {2, 3}}, {{1, 2}}, {{1, 3}}, {{0, 1}}, {{3, 0}}, {}};
}
