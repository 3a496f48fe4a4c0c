package cellengine.api.model;

import java.util.Locale;

/**
 * A statistic of {@code POST /bulkstatistics} (docs/wire.md#statistic-names, docs/semantics.md#statistic-definitions).
 * Requests send, and response rows use, the canonical camelCase key ({@link #key()}); the server accepts any case.
 *
 * @since 0.1
 */
public enum Statistic {
    /** The arithmetic mean of a channel. */
    MEAN("mean", true),
    /** The median (type-7 quantile at 0.5) of a channel. */
    MEDIAN("median", true),
    /** The type-7 quantile at {@code q} of a channel. */
    QUANTILE("quantile", true),
    /** The sample standard deviation of a channel. */
    STDDEV("stddev", true),
    /** The coefficient of variation, {@code 100 · stddev / mean}, of a channel. */
    CV("cv", true),
    /** The median absolute deviation (no scale factor) of a channel. */
    MAD("mad", true),
    /** The geometric mean of a channel's positive values. */
    GEOMETRIC_MEAN("geometricMean", true),
    /** The number of events in the population. */
    EVENT_COUNT("eventCount", false),
    /** The population's size as a percentage (0–100) of its reference population ({@link cellengine.api.param.PercentOf}). */
    PERCENT("percent", false);

    private final String key;
    private final boolean channelStatistic;

    Statistic(String key, boolean channelStatistic) {
        this.key = key;
        this.channelStatistic = channelStatistic;
    }

    /** {@return the canonical key, such as {@code eventCount}, sent in requests and found in JSON rows} */
    public String key() {
        return key;
    }

    /** {@return whether the statistic is computed per channel, so the request needs channels} */
    public boolean isChannelStatistic() {
        return channelStatistic;
    }

    /**
     * {@return the statistic with this name, in any case}
     *
     * @param name such as {@code "eventcount"} or {@code "geometricMean"}
     * @throws IllegalArgumentException when no statistic has that name
     */
    public static Statistic fromKey(String name) {
        for (Statistic s : values()) {
            if (s.key.equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a statistic; expected one of mean, median, "
                + "quantile, stddev, cv, mad, geometricmean, eventcount, percent");
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
