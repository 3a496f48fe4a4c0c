package cellengine.tck;

import java.util.Arrays;

/**
 * Statistics computed the plain way (sort, loop), as docs/semantics.md#statistic-definitions defines them, to compare
 * with a server's answers. Deliberately naive: it is the reference, not the fast path.
 *
 * @since 0.1
 */
public final class ExpectedStatistics {

    private ExpectedStatistics() {
    }

    /**
     * {@return the arithmetic mean, or null for no values}
     *
     * @param v the values
     */
    public static Double mean(double[] v) {
        if (v.length == 0) {
            return null;
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /**
     * {@return the sample standard deviation (n − 1), or null for fewer than two values}
     *
     * @param v the values
     */
    public static Double stddev(double[] v) {
        if (v.length < 2) {
            return null;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /**
     * {@return 100 · stddev / mean, or null where either is missing or the mean is 0}
     *
     * @param v the values
     */
    public static Double cv(double[] v) {
        Double sd = stddev(v);
        Double m = mean(v);
        return sd == null || m == null || m == 0 ? null : 100 * sd / m;
    }

    /**
     * {@return the type-7 quantile, h = (n − 1) q, or null for no values}
     *
     * @param v the values
     * @param q the quantile level, from 0 to 1
     */
    public static Double quantile(double[] v, double q) {
        if (v.length == 0) {
            return null;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /**
     * {@return the median (type 7), or null for no values}
     *
     * @param v the values
     */
    public static Double median(double[] v) {
        return quantile(v, 0.5);
    }

    /**
     * {@return median(|x − median|), without scale factor, or null for no values}
     *
     * @param v the values
     */
    public static Double mad(double[] v) {
        Double med = median(v);
        if (med == null) {
            return null;
        }
        double[] deviations = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            deviations[i] = Math.abs(v[i] - med);
        }
        return median(deviations);
    }

    /**
     * {@return exp(mean(ln x)) over the values above 0, or null when none is}
     *
     * @param v the values
     */
    public static Double geometricMean(double[] v) {
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (x > 0) {
                sum += Math.log(x);
                n++;
            }
        }
        return n == 0 ? null : Math.exp(sum / n);
    }

    /**
     * {@return 100 · part / whole, or null for an empty whole}
     *
     * @param part the number of events in the population
     * @param whole the number of events in the reference
     */
    public static Double percent(int part, int whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
