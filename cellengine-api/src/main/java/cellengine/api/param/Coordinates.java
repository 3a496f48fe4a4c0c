package cellengine.api.param;

import cellengine.analysis.scale.Scale;
import cellengine.api.model.ScaleSet;

import java.util.Objects;

/**
 * How a gate builder reads the numbers it was given: as they are (the channel's scaled space, what the server
 * gates in), or as raw channel values that go through each channel's scale formula first
 * ({@link GateBuilder#inRawUnits(ScaleSet)}). This is the one place where raw values become scaled ones.
 *
 * <p>The conversion is the scale's formula without clamping: a raw value outside the scale's
 * {@code [minimum, maximum]} becomes the formula's value there (so a bound below the minimum still lies below every
 * event, which the server clamps into the range before gating). A log scale takes values at or below
 * {@code FLT_MIN} to {@code log10(FLT_MIN)} (about -37.93).
 */
final class Coordinates {

    /** The numbers are already in scaled space. */
    static final Coordinates SCALED = new Coordinates(null, null);

    private final Scale x;
    private final Scale y;

    private Coordinates(Scale x, Scale y) {
        this.x = x;
        this.y = y;
    }

    /**
     * {@return raw coordinates on these channels, converted with the scale set's scale of each}
     *
     * @param scales the experiment's scale set
     * @param gateType the gate type, for messages
     * @param xChannel the x channel
     * @param yChannel the y channel, or {@code null} for one-dimensional gates
     * @throws IllegalArgumentException when the scale set has no scale for a channel
     */
    static Coordinates raw(ScaleSet scales, String gateType, String xChannel, String yChannel) {
        Objects.requireNonNull(scales, "scales");
        return new Coordinates(scale(scales, xChannel, gateType, "its scale to convert raw coordinates", ""),
                yChannel == null ? null
                        : scale(scales, yChannel, gateType, "its scale to convert raw coordinates", ""));
    }

    /** {@return the scaled x value for this x value} */
    double x(double value) {
        return x == null ? value : x.transform(value);
    }

    /** {@return the scaled y value for this y value} */
    double y(double value) {
        return y == null ? value : y.transform(value);
    }

    /**
     * {@return the channel's scale function from the scale set}
     *
     * @param scales the experiment's scale set
     * @param channel the channel
     * @param gateType the gate type, for the message
     * @param purpose what the scale is needed for, for the message
     * @param advice what to do instead, for the end of the message (may be empty)
     * @throws IllegalArgumentException when the scale set has no scale for the channel
     */
    static Scale scale(ScaleSet scales, String channel, String gateType, String purpose, String advice) {
        return scales.findScale(channel).orElseThrow(() -> new IllegalArgumentException("the " + gateType
                + " on channel '" + channel + "' needs " + purpose + ", but the experiment's scale set has no scale "
                + "for it (it has " + scales.channelNames() + ")" + advice));
    }
}
