package cellengine.api.model;

import cellengine.api.internal.model.GateChecks;

import java.util.Objects;

/**
 * An ellipse gate's shape, {@code model.ellipse} (docs/wire.md#gate-fields): the centre, the major axis's angle in
 * radians counter-clockwise from +x, and the <em>full</em> major and minor axis lengths (docs/semantics.md#d5-ellipse).
 *
 * @param center the centre
 * @param angle the major axis's direction, radians
 * @param major the full major axis length, {@code > 0}
 * @param minor the full minor axis length, {@code > 0}
 * @since 0.1
 */
public record Ellipse(Point center, double angle, double major, double minor) {

    /**
     * Checks the shape.
     *
     * @param center the centre
     * @param angle the major axis's direction
     * @param major the full major axis length
     * @param minor the full minor axis length
     * @throws IllegalArgumentException when a value is not finite or an axis is not positive
     */
    public Ellipse {
        Objects.requireNonNull(center, "center");
        GateChecks.finite("ellipse angle", angle);
        GateChecks.positive("ellipse major", major);
        GateChecks.positive("ellipse minor", minor);
    }
}
