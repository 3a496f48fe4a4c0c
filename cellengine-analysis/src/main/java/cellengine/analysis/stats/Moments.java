package cellengine.analysis.stats;

import java.util.Objects;

/**
 * The one-pass statistics of a population's values on one channel (docs/semantics.md#statistic-definitions): count,
 * mean, sample standard deviation, coefficient of variation and geometric mean.
 *
 * <p>Null policy, per docs/semantics.md#statistic-definitions and docs/semantics.md#project-defaults: every statistic
 * is null for an empty population; {@code stddev} and {@code cv} are null when {@code count == 1}; {@code cv} is null
 * when the mean is 0; {@code geometricMean} is null when no value is {@code > 0}.
 *
 * <p>NaN policy: a NaN value makes {@code mean}, {@code stddev} and {@code cv} NaN (as in a plain sum), and is
 * left out of {@code geometricMean} like any value that is not {@code > 0}.
 *
 * @param count the number of values, n
 * @param mean {@code Σx / n}, or null when n = 0
 * @param stddev {@code sqrt(Σ(x − mean)² / (n − 1))} (D11), or null when n &lt; 2
 * @param cv {@code 100 · stddev / mean} (D11), or null when stddev is null or mean is 0
 * @param geometricMean {@code exp(mean(ln x))} over the values {@code > 0} (D12), or null when there are none
 * @since 0.1
 */
public record Moments(long count, Double mean, Double stddev, Double cv, Double geometricMean) {

    /** The moments of no values. */
    public static final Moments EMPTY = new Moments(0, null, null, null, null);

    static final int CHUNK_WORDS = 32;

    /**
     * Computes the moments of the member events' values in one pass over the column.
     *
     * @implNote The members are gathered {@value #CHUNK_WORDS} bitset words (2,048 events) at a time into a small
     * buffer, and each chunk is reduced two-pass in cache and merged pairwise (Chan et al.), which keeps the
     * accuracy of a two-pass algorithm; see {@code MomentsAccumulator}.
     * @param column the channel's values (compensated, unscaled)
     * @param members the population's bitset
     * @param eventCount the number of events
     * @return the moments
     * @throws IllegalArgumentException if the bitset does not fit {@code eventCount}
     * @throws IndexOutOfBoundsException if the column is shorter than {@code eventCount}
     */
    public static Moments of(double[] column, long[] members, int eventCount) {
        Objects.requireNonNull(column, "column");
        Objects.checkFromToIndex(0, eventCount, column.length);
        Bitsets.checkTail(members, eventCount, "members");
        double[] buffer = new double[CHUNK_WORDS * 64];
        MomentsAccumulator accumulator = new MomentsAccumulator();
        for (int w = 0; w < members.length; w += CHUNK_WORDS) {
            int length = Gather.members(column, members, w, Math.min(w + CHUNK_WORDS, members.length), buffer);
            accumulator.addChunk(buffer, length);
        }
        return accumulator.result();
    }

    /**
     * {@return the moments of the first {@code n} values of a dense array}
     *
     * @param values the values
     * @param n how many to use
     */
    public static Moments of(double[] values, int n) {
        Objects.checkFromToIndex(0, n, values.length);
        MomentsAccumulator accumulator = new MomentsAccumulator();
        double[] buffer = new double[CHUNK_WORDS * 64];
        for (int from = 0; from < n; from += buffer.length) {
            int length = Math.min(buffer.length, n - from);
            System.arraycopy(values, from, buffer, 0, length);
            accumulator.addChunk(buffer, length);
        }
        return accumulator.result();
    }
}
