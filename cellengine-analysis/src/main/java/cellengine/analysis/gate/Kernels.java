package cellengine.analysis.gate;

/**
 * The column kernels. Callers have checked the ranges; the loops build each 64-event word in a local variable
 * and store it once, combine comparisons with non-short-circuit {@code &} so that the loops stay free of
 * branches, and leave the bits beyond {@code n} zero.
 */
final class Kernels {

    private Kernels() {
    }

    static void rectangle(double[] x, double[] y, int n, double xLo, double xHi, double yLo, double yHi,
            long[] out) {
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long word = 0;
            for (int i = base; i < end; i++) {
                double xi = x[i];
                double yi = y[i];
                boolean in = xi >= xLo & xi <= xHi & yi >= yLo & yi <= yHi;
                word |= (in ? 1L : 0L) << i;
            }
            out[base >>> 6] = word;
        }
    }

    static void range(double[] x, int n, double lo, double hi, long[] out) {
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long word = 0;
            for (int i = base; i < end; i++) {
                double xi = x[i];
                boolean in = xi >= lo & xi <= hi;
                word |= (in ? 1L : 0L) << i;
            }
            out[base >>> 6] = word;
        }
    }

    static void split(double[] x, int n, double position, long[] left, long[] right) {
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long l = 0;
            long r = 0;
            for (int i = base; i < end; i++) {
                double xi = x[i];
                l |= (xi < position ? 1L : 0L) << i;
                r |= (xi >= position ? 1L : 0L) << i;
            }
            left[base >>> 6] = l;
            right[base >>> 6] = r;
        }
    }

    static void ellipse(double[] x, double[] y, int n, double cx, double cy, double cos, double sin, double a2,
            double b2, long[] out) {
        double limit = a2 * b2;
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long word = 0;
            for (int i = base; i < end; i++) {
                double dx = x[i] - cx;
                double dy = y[i] - cy;
                double u = dx * cos + dy * sin;
                double v = dy * cos - dx * sin;
                boolean in = u * u * b2 + v * v * a2 <= limit;
                word |= (in ? 1L : 0L) << i;
            }
            out[base >>> 6] = word;
        }
    }

    /** Axis-aligned quadrant (D7): UR, UL, LL, LR by {@code x >= cx} and {@code y >= cy}. */
    static void quadrant(double[] x, double[] y, int n, double cx, double cy, long[] ur, long[] ul, long[] ll,
            long[] lr) {
        for (int base = 0; base < n; base += 64) {
            int end = Math.min(base + 64, n);
            long wUr = 0;
            long wUl = 0;
            long wLl = 0;
            long wLr = 0;
            for (int i = base; i < end; i++) {
                double xi = x[i];
                double yi = y[i];
                boolean right = xi >= cx;
                boolean left = xi < cx;
                boolean up = yi >= cy;
                boolean down = yi < cy;
                wUr |= (right & up ? 1L : 0L) << i;
                wUl |= (left & up ? 1L : 0L) << i;
                wLl |= (left & down ? 1L : 0L) << i;
                wLr |= (right & down ? 1L : 0L) << i;
            }
            int w = base >>> 6;
            ur[w] = wUr;
            ul[w] = wUl;
            ll[w] = wLl;
            lr[w] = wLr;
        }
    }
}
