package cellengine.api.model;

import cellengine.api.internal.model.GateChecks;

/**
 * A rectangle gate's bounds, {@code model.rectangle} (docs/wire.md#gate-fields). The bounds need not be ordered; the
 * server normalises them (docs/semantics.md#d2-rectangle).
 *
 * @param x1 one x bound
 * @param x2 the other x bound
 * @param y1 one y bound
 * @param y2 the other y bound
 * @since 0.1
 */
public record Rectangle(double x1, double x2, double y1, double y2) {

    /**
     * Checks the bounds.
     *
     * @param x1 one x bound
     * @param x2 the other x bound
     * @param y1 one y bound
     * @param y2 the other y bound
     * @throws IllegalArgumentException when a bound is not finite
     */
    public Rectangle {
        GateChecks.finite("rectangle x1", x1);
        GateChecks.finite("rectangle x2", x2);
        GateChecks.finite("rectangle y1", y1);
        GateChecks.finite("rectangle y2", y2);
    }
}
