package cellengine.analysis.gate;

/**
 * The column kernels. Callers have checked the ranges; the loops build each 64-event word in a local variable
 * and store it once, and leave the bits beyond {@code n} zero. Each comparison becomes a 0/1 {@code long}
 * ({@code c ? 1L : 0L}, compiled to a flag-set rather than a branch) before the results are combined with
 * {@code &}: combining the booleans first measured about half as fast, as the JIT emitted branches.
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
                long in = (xi >= xLo ? 1L : 0L) & (xi <= xHi ? 1L : 0L) & (yi >= yLo ? 1L : 0L)
                        & (yi <= yHi ? 1L : 0L);
                word |= in << i;
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
                long in = (xi >= lo ? 1L : 0L) & (xi <= hi ? 1L : 0L);
                word |= in << i;
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
                long right = (xi >= cx ? 1L : 0L) << i;
                long left = (xi < cx ? 1L : 0L) << i;
                long up = (yi >= cy ? 1L : 0L) << i;
                long down = (yi < cy ? 1L : 0L) << i;
                wUr |= right & up;
                wUl |= left & up;
                wLl |= left & down;
                wLr |= right & down;
            }
            int w = base >>> 6;
            ur[w] = wUr;
            ul[w] = wUl;
            ll[w] = wLl;
            lr[w] = wLr;
        }
    }
}
