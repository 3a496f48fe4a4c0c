package cellengine.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChannelStatisticsTest {

    /** Type 7 on a sorted copy, as docs/semantics.md#statistic-definitions writes it. */
    private static double sortedQuantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int j = (int) Math.floor(h);
        if (j == sorted.length - 1) {
            return sorted[j];
        }
        return sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]);
    }

    private static double[] members(double[] column, long[] bits) {
        int[] idx = Bitsets.toIndexes(bits);
        double[] values = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            values[k] = column[idx[k]];
        }
        return values;
    }

    @Test
    void small_example_matches_hand_computed_values() {
        ChannelStatistics s = ChannelStatistics.ofValues(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, 8);
        assertEquals(8, s.count());
        assertEquals(5.0, s.mean());
        assertEquals(Math.sqrt(32.0 / 7), s.stddev(), 1e-15);
        assertEquals(100 * Math.sqrt(32.0 / 7) / 5, s.cv(), 1e-13);
        assertEquals(4.5, s.median());
        // h = 7 · 0.9 = 6.3 → 7 + 0.3 · (9 − 7)
        assertEquals(7.6, s.quantile(0.9), 1e-12);
        assertEquals(2.0, s.quantile(0));
        assertEquals(9.0, s.quantile(1));
        // |x − 4.5| = 2.5, .5, .5, .5, .5, .5, 2.5, 4.5 → median 0.5, no 1.4826 factor
        assertEquals(0.5, s.mad());
        double logMean = (Math.log(2) + 3 * Math.log(4) + 2 * Math.log(5) + Math.log(7) + Math.log(9)) / 8;
        assertEquals(Math.exp(logMean), s.geometricMean(), 1e-13);
    }

    @Test
    void random_populations_match_direct_loops_and_a_full_sort() {
        SplittableRandom random = new SplittableRandom(99);
        for (int trial = 0; trial < 30; trial++) {
            int n = 1 + random.nextInt(5000);
            double[] column = new double[n];
            boolean fewDistinct = trial % 3 == 0;
            for (int i = 0; i < n; i++) {
                column[i] = fewDistinct ? random.nextInt(-3, 6) : random.nextDouble(-2000, 200000);
            }
            long[] bits = Bitsets.none(n);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(10) < (trial % 10) + 1) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
            double[] x = members(column, bits);
            ChannelStatistics s = ChannelStatistics.of(column, bits, n);
            Moments fast = Moments.of(column, bits, n);
            assertEquals(x.length, s.count());
            if (x.length == 0) {
                assertNull(s.mean());
                continue;
            }
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            double mean = sum / x.length;
            double ss = 0;
            double logs = 0;
            int positives = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
                if (v > 0) {
                    logs += Math.log(v);
                    positives++;
                }
            }
            double tolerance = 1e-9 * Math.max(1, Math.abs(mean));
            assertEquals(mean, s.mean(), tolerance);
            assertEquals(mean, fast.mean(), tolerance);
            if (x.length > 1) {
                double sd = Math.sqrt(ss / (x.length - 1));
                assertEquals(sd, s.stddev(), 1e-9 * Math.max(1, sd));
                assertEquals(sd, fast.stddev(), 1e-9 * Math.max(1, sd));
                if (mean != 0) {
                    assertEquals(100 * sd / mean, fast.cv(), 1e-7 * Math.abs(100 * sd / mean));
                }
            }
            if (positives > 0) {
                assertEquals(Math.exp(logs / positives), fast.geometricMean(), 1e-9 * Math.exp(logs / positives));
            } else {
                assertNull(fast.geometricMean());
            }
            for (double q : new double[] {0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1}) {
                assertEquals(sortedQuantile(x, q), s.quantile(q), 1e-9 * Math.max(1, Math.abs(sortedQuantile(x, q))),
                        "quantile " + q + " of " + x.length);
            }
            double median = sortedQuantile(x, 0.5);
            double[] deviations = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                deviations[k] = Math.abs(x[k] - median);
            }
            assertEquals(sortedQuantile(deviations, 0.5), s.mad(), 1e-9 * Math.max(1, median));
        }
    }

    @Test
    void empty_population_gives_null_for_every_statistic() {
        ChannelStatistics s = ChannelStatistics.of(new double[] {1, 2, 3}, Bitsets.none(3), 3);
        assertEquals(0, s.count());
        assertNull(s.mean());
        assertNull(s.stddev());
        assertNull(s.cv());
        assertNull(s.geometricMean());
        assertNull(s.median());
        assertNull(s.quantile(0.9));
        assertNull(s.mad());
        assertEquals(Moments.EMPTY, Moments.of(new double[3], Bitsets.none(3), 3));
    }

    @Test
    void a_single_event_has_no_stddev_or_cv_and_zero_mean_has_no_cv() {
        ChannelStatistics one = ChannelStatistics.ofValues(new double[] {42}, 1);
        assertEquals(42.0, one.mean());
        assertNull(one.stddev());
        assertNull(one.cv());
        assertEquals(42.0, one.median());
        assertEquals(42.0, one.quantile(0.9));
        assertEquals(0.0, one.mad());
        ChannelStatistics zeroMean = ChannelStatistics.ofValues(new double[] {-1, 1}, 2);
        assertEquals(Math.sqrt(2), zeroMean.stddev(), 1e-15);
        assertNull(zeroMean.cv());
    }

    @Test
    void geometric_mean_uses_only_positive_values_and_is_null_without_any() {
        ChannelStatistics mixed = ChannelStatistics.ofValues(new double[] {-5, 0, 2, 8}, 4);
        assertEquals(4.0, mixed.geometricMean(), 1e-14);
        assertNull(ChannelStatistics.ofValues(new double[] {-5, 0, -0.0}, 3).geometricMean());
    }

    @Test
    void moments_stay_accurate_for_a_large_offset_with_a_small_spread() {
        int n = 100_000;
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
            column[i] = 1e9 + (i % 2 == 0 ? -0.5 : 0.5);
        }
        Moments m = Moments.of(column, Bitsets.all(n), n);
        assertEquals(1e9, m.mean(), 1e-6);
        // Exact: sum of squares n · 0.25 over n − 1.
        assertEquals(Math.sqrt(0.25 * n / (n - 1)), m.stddev(), 1e-9);
    }

    @Test
    void nan_values_sort_last_for_quantiles_and_make_the_mean_nan() {
        ChannelStatistics s = ChannelStatistics.ofValues(new double[] {Double.NaN, 3, 1, 2}, 4);
        // Sorted: 1, 2, 3, NaN.
        assertEquals(1.0, s.quantile(0));
        assertEquals(2.5, s.median());
        assertEquals(3.0, s.quantile(2.0 / 3));
        assertTrue(Double.isNaN(s.quantile(1)));
        assertTrue(Double.isNaN(s.quantile(0.9)));
        assertTrue(Double.isNaN(s.mean()));
        assertTrue(Double.isNaN(s.stddev()));
        assertEquals(Math.exp((Math.log(3) + Math.log(2)) / 3), s.geometricMean(), 1e-15);
        assertTrue(Double.isNaN(Moments.of(new double[] {Double.NaN, 3, 1, 2}, Bitsets.all(4), 4).mean()));
    }

    @Test
    void quantile_outside_zero_to_one_is_rejected() {
        ChannelStatistics s = ChannelStatistics.ofValues(new double[] {1, 2}, 2);
        assertThrows(IllegalArgumentException.class, () -> s.quantile(-0.01));
        assertThrows(IllegalArgumentException.class, () -> s.quantile(1.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.quantile(Double.NaN));
        assertTrue(e.getMessage().contains("0..1"), e.getMessage());
    }

    @Test
    void selection_handles_sorted_reversed_and_constant_inputs() {
        int n = 100_001;
        double[] ascending = new double[n];
        double[] descending = new double[n];
        double[] constant = new double[n];
        double[] sawtooth = new double[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            descending[i] = n - 1 - i;
            constant[i] = 7;
            sawtooth[i] = i % 1000;
        }
        assertEquals(50_000.0, ChannelStatistics.ofValues(ascending, n).median());
        assertEquals(50_000.0, ChannelStatistics.ofValues(descending, n).median());
        assertEquals(7.0, ChannelStatistics.ofValues(constant, n).median());
        assertEquals(0.0, ChannelStatistics.ofValues(constant, n).mad());
        assertEquals(sortedQuantile(sawtooth, 0.37), ChannelStatistics.ofValues(sawtooth, n).quantile(0.37), 1e-9);
    }

    @Test
    void member_values_come_from_the_bitset_including_full_words() {
        int n = 200;
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
            column[i] = i;
        }
        long[] bits = Bitsets.none(n);
        bits[1] = -1L; // events 64..127
        bits[3] = 1L << 7; // event 199
        ChannelStatistics s = ChannelStatistics.of(column, bits, n);
        assertEquals(65, s.count());
        assertEquals(127.0, s.quantile(63.0 / 64));
        assertEquals(199.0, s.quantile(1));
        assertThrows(IllegalArgumentException.class, () -> ChannelStatistics.of(column, new long[3], n));
    }
}
