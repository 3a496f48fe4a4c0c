package cellengine.analysis.scale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The scales of an experiment, one per channel name (semantics.md §5.1). Immutable.
 *
 * @since 0.1
 */
public final class ScaleSet {

    private final Map<String, Scale> scales;

    private ScaleSet(Map<String, Scale> scales) {
        this.scales = scales;
    }

    /**
     * {@return a scale set with the given channel → scale entries (copied, in iteration order)}
     *
     * @param scales the scales by channel name ($PnN); no null keys or values
     */
    public static ScaleSet of(Map<String, ? extends Scale> scales) {
        Objects.requireNonNull(scales, "scales");
        Map<String, Scale> copy = new LinkedHashMap<>();
        scales.forEach((channel, scale) -> {
            Objects.requireNonNull(channel, "a channel name in the scale set is null");
            Objects.requireNonNull(scale, () -> "the scale of channel '" + channel + "' is null");
            copy.put(channel, scale);
        });
        return new ScaleSet(java.util.Collections.unmodifiableMap(copy));
    }

    /** {@return the scales by channel name (immutable)} */
    public Map<String, Scale> scales() {
        return scales;
    }

    /**
     * {@return the scale of a channel, if the set has one}
     *
     * @param channel the channel name
     */
    public Optional<Scale> find(String channel) {
        return Optional.ofNullable(scales.get(channel));
    }

    /**
     * {@return the scale of a channel}
     *
     * @param channel the channel name
     * @throws NoSuchElementException if the set has no scale for it; the message lists the channels it has
     */
    public Scale require(String channel) {
        Scale scale = scales.get(channel);
        if (scale == null) {
            throw new NoSuchElementException("the scale set has no scale for channel '" + channel
                    + "'; it has scales for " + scales.keySet());
        }
        return scale;
    }

    @Override
    public String toString() {
        return "ScaleSet" + scales;
    }
}
