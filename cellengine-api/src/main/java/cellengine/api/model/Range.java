package cellengine.api.model;

import cellengine.api.internal.model.GateChecks;

/**
 * A range gate's bounds, {@code model.range} (docs/wire.md#gate-fields): {@code x1..x2} on the x channel, and the
 * bar's drawn height {@code y} as a fraction of the plot height (display only, default 0.5).
 *
 * @param x1 one bound
 * @param x2 the other bound
 * @param y the drawn height, display only
 * @since 0.1
 */
public record Range(double x1, double x2, double y) {

    /**
     * Checks the values.
     *
     * @param x1 one bound
     * @param x2 the other bound
     * @param y the drawn height
     * @throws IllegalArgumentException when a value is not finite
     */
    public Range {
        GateChecks.finite("range x1", x1);
        GateChecks.finite("range x2", x2);
        GateChecks.finite("range y", y);
    }
}
