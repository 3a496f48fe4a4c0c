package cellengine.fakeserver;

import java.util.Arrays;

/**
 * Statistics computed directly with loops and sorts, to check the server independently
 * (docs/semantics.md#statistic-definitions).
 */
final class Direct {

    private Direct() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double stddev(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    static double quantile(double[] v, double q) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int j = (int) Math.floor(h);
        return j + 1 < sorted.length ? sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]) : sorted[j];
    }

    static double mad(double[] v) {
        double median = quantile(v, 0.5);
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = Math.abs(v[i] - median);
        }
        return quantile(d, 0.5);
    }

    static double geometricMean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (x > 0) {
                s += Math.log(x);
                n++;
            }
        }
        return Math.exp(s / n);
    }
}
