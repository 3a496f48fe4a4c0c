package cellengine.analysis.stats;

import java.util.Objects;

/**
 * The statistics of one population on one channel (docs/semantics.md#statistic-definitions), over a copy of the member
 * events' values: compensated, unscaled and unclamped (docs/semantics.md#statistic-values).
 *
 * <p><b>Nulls.</b> Statistics are boxed {@link Double}s, and {@code null} is the "no value" the API sends as JSON
 * {@code null}: every statistic of an empty population is null (D13); {@code stddev} and {@code cv} are null for
 * a single event; {@code cv} is null when the mean is 0; {@code geometricMean} is null when no value is
 * {@code > 0} (D12).
 *
 * <p><b>Definitions.</b> {@code quantile(q)} is type 7 (D10): with the values sorted, {@code h = (n − 1)·q},
 * {@code j = floor(h)}, the result is {@code x(j) + (h − j)·(x(j+1) − x(j))}; {@code median()} is
 * {@code quantile(0.5)}; {@code mad()} is {@code median(|x − median(x)|)} with no scale factor (D11). Moments:
 * see {@link Moments}.
 *
 * <p><b>NaN.</b> Order statistics sort NaN after every number, as {@link java.util.Arrays#sort(double[])} does,
 * so a quantile that falls on or interpolates towards a NaN is NaN; {@code -0.0} and {@code 0.0} count as equal.
 * Moments follow {@link Moments}.
 *
 * @implNote Order statistics use selection (Floyd–Rivest, with a sort fallback that bounds the worst case) on the
 * copy, never a full sort: O(n) expected per quantile. The copy is permuted by
 * each selection, so an instance is not thread-safe. {@code mad()} works on a second array.
 * @since 0.1
 */
public final class ChannelStatistics {

    private final double[] values;
    private final int finiteOrInfinite;
    private final int count;
    private Moments moments;

    private ChannelStatistics(double[] values, int count) {
        this.count = count;
        // Move NaN to the end: selection runs on the numbers in front; NaN sort last.
        int m = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (v == v) {
                values[m++] = v;
            }
        }
        this.values = values;
        this.finiteOrInfinite = m;
    }

    /**
     * Gathers the member events' values of a column.
     *
     * @param column the channel's compensated values
     * @param members the population's bitset
     * @param eventCount the number of events
     * @return the statistics
     * @throws IllegalArgumentException if the bitset does not fit {@code eventCount}
     * @throws IndexOutOfBoundsException if the column is shorter than {@code eventCount}
     */
    public static ChannelStatistics of(double[] column, long[] members, int eventCount) {
        Objects.requireNonNull(column, "column");
        Objects.checkFromToIndex(0, eventCount, column.length);
        Bitsets.checkTail(members, eventCount, "members");
        double[] values = new double[Bitsets.count(members)];
        int n = Gather.members(column, members, 0, members.length, values);
        return new ChannelStatistics(values, n);
    }

    /**
     * Gathers the member events' values of a table's channel.
     *
     * @param table the compensated event table
     * @param channel the channel name
     * @param members the population's bitset
     * @return the statistics
     * @throws java.util.NoSuchElementException if the table has no such channel
     */
    public static ChannelStatistics of(EventTable table, String channel, long[] members) {
        return of(table.column(channel), members, table.eventCount());
    }

    /**
     * {@return the statistics of the first {@code n} values of an array (copied)}
     *
     * @param values the values
     * @param n how many to use
     */
    public static ChannelStatistics ofValues(double[] values, int n) {
        Objects.checkFromToIndex(0, n, values.length);
        double[] copy = new double[n];
        System.arraycopy(values, 0, copy, 0, n);
        return new ChannelStatistics(copy, n);
    }

    /** {@return the number of member events, n} */
    public int count() {
        return count;
    }

    /** {@return the one-pass moments (computed once, on first use)} */
    public Moments moments() {
        if (moments == null) {
            Moments numbers = Moments.of(values, finiteOrInfinite);
            if (finiteOrInfinite < count) {
                Double nan = Double.NaN;
                numbers = new Moments(count, nan, count > 1 ? nan : null, count > 1 ? nan : null,
                        numbers.geometricMean());
            }
            moments = numbers;
        }
        return moments;
    }

    /** {@return {@code Σx / n}, or null for an empty population} */
    public Double mean() {
        return moments().mean();
    }

    /** {@return the sample standard deviation (n − 1), or null when n &lt; 2} */
    public Double stddev() {
        return moments().stddev();
    }

    /** {@return {@code 100 · stddev / mean}, or null when stddev is null or the mean is 0} */
    public Double cv() {
        return moments().cv();
    }

    /** {@return {@code exp(mean(ln x))} over the values > 0, or null when there are none} */
    public Double geometricMean() {
        return moments().geometricMean();
    }

    /** {@return the type-7 median, or null for an empty population} */
    public Double median() {
        return quantile(0.5);
    }

    /**
     * {@return the type-7 quantile at {@code q}, or null for an empty population}
     *
     * @param q the probability, {@code 0 <= q <= 1}
     * @throws IllegalArgumentException if {@code q} is outside {@code [0, 1]} or NaN
     */
    public Double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile q must be within 0..1, was " + q);
        }
        if (count == 0) {
            return null;
        }
        return quantile(values, finiteOrInfinite, count, q);
    }

    /** {@return {@code median(|x − median(x)|)}, unscaled, or null for an empty population} */
    public Double mad() {
        if (count == 0) {
            return null;
        }
        double median = quantile(values, finiteOrInfinite, count, 0.5);
        if (Double.isNaN(median)) {
            return median;
        }
        double[] deviations = new double[finiteOrInfinite];
        int m = 0;
        for (int i = 0; i < finiteOrInfinite; i++) {
            double d = Math.abs(values[i] - median);
            if (d == d) {
                deviations[m++] = d;
            }
        }
        // An infinite value at an infinite median gives NaN; it joins the NaN at the end.
        return quantile(deviations, m, count, 0.5);
    }

    /** Type-7 quantile over {@code n} values of which the first {@code m} (in {@code a}) are numbers and the rest NaN. */
    static double quantile(double[] a, int m, int n, double q) {
        double h = (n - 1) * q;
        int j = (int) Math.floor(h);
        double fraction = h - j;
        double low = orderStatistic(a, m, j);
        if (fraction == 0 || j >= n - 1) {
            return low;
        }
        double high = j + 1 < m ? Selection.min(a, j + 1, m) : Double.NaN;
        if (high == low) {
            return low;
        }
        return low + fraction * (high - low);
    }

    private static double orderStatistic(double[] a, int m, int j) {
        return j < m ? Selection.select(a, 0, m, j) : Double.NaN;
    }

    @Override
    public String toString() {
        return "ChannelStatistics[" + count + " values]";
    }
}
