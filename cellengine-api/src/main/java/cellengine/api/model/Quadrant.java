package cellengine.api.model;

import cellengine.api.internal.model.GateChecks;

import java.util.List;

/**
 * A quadrant gate's centre and ray angles, {@code model.quadrant} (docs/wire.md#gate-fields,
 * docs/semantics.md#d7-quadrant). The sectors are UR, UL, LL, LR whatever the order of {@code angles}.
 *
 * @param x the centre's x
 * @param y the centre's y
 * @param angles the four ray directions, radians (the Python client sends {@code [0, π/2, π, 3π/2]})
 * @since 0.1
 */
public record Quadrant(double x, double y, List<Double> angles) {

    /** The angles the Python client sends: {@code [0, π/2, π, 3π/2]}. */
    public static final List<Double> DEFAULT_ANGLES = List.of(0.0, Math.PI / 2, Math.PI, 3 * Math.PI / 2);

    /**
     * Checks the values and copies the angles.
     *
     * @param x the centre's x
     * @param y the centre's y
     * @param angles four finite angles
     * @throws IllegalArgumentException when a value is not finite or there are not four angles
     */
    public Quadrant {
        GateChecks.finite("quadrant x", x);
        GateChecks.finite("quadrant y", y);
        angles = List.copyOf(angles == null ? DEFAULT_ANGLES : angles);
        if (angles.size() != 4) {
            throw new IllegalArgumentException("a quadrant needs 4 angles, was given " + angles.size() + ": "
                    + angles);
        }
        for (Double a : angles) {
            GateChecks.finite("quadrant angle", a);
        }
    }

    /**
     * {@return an axis-aligned quadrant centred on {@code (x, y)}}
     *
     * @param x the centre's x
     * @param y the centre's y
     */
    public static Quadrant at(double x, double y) {
        return new Quadrant(x, y, DEFAULT_ANGLES);
    }
}
