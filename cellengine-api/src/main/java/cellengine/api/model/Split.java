package cellengine.api.model;

import cellengine.api.internal.model.GateChecks;

/**
 * A split gate's position, {@code model.split} (docs/wire.md#gate-fields): events with {@code x < split.x} are L,
 * the others R (docs/semantics.md#d6-split); {@code y} is the dashed line's drawn height (display only, default 0.5).
 *
 * @param x the split position on the x channel
 * @param y the drawn height, display only
 * @since 0.1
 */
public record Split(double x, double y) {

    /**
     * Checks the values.
     *
     * @param x the split position
     * @param y the drawn height
     * @throws IllegalArgumentException when a value is not finite
     */
    public Split {
        GateChecks.finite("split x", x);
        GateChecks.finite("split y", y);
    }
}
