package cellengine.analysis.gate;

/**
 * An ellipse gate (docs/semantics.md#d5-ellipse, D5). {@code major} and {@code minor} are full axis lengths, so the
 * semi-axes are {@code a = major / 2} and {@code b = minor / 2}; {@code angle} is the direction of the major
 * axis in radians, counter-clockwise from +x. With {@code u = dx·cos θ + dy·sin θ} and
 * {@code v = −dx·sin θ + dy·cos θ}, an event is inside when {@code (u/a)² + (v/b)² <= 1}.
 *
 * @implNote The test is evaluated as {@code u²·b² + v²·a² <= a²·b²}: multiplications only, so points exactly on
 * an axis-aligned ellipse with representable coordinates land exactly on the boundary and count as inside.
 * {@code cos θ} and {@code sin θ} come from {@link StrictMath} so every JVM tests the same ellipse; an angle
 * that is a multiple of π/2 (within 1e-12) uses exact 0 and ±1.
 * @param centerX the centre's x, finite
 * @param centerY the centre's y, finite
 * @param angle the major axis direction in radians, finite
 * @param major the full major axis length, finite and {@code > 0}
 * @param minor the full minor axis length, finite and {@code > 0}
 * @since 0.1
 */
public record EllipseGeometry(double centerX, double centerY, double angle, double major, double minor)
        implements GateGeometry {

    /**
     * Checks that the values are finite and the axes positive.
     *
     * @param centerX the centre's x, finite
     * @param centerY the centre's y, finite
     * @param angle the major axis direction in radians, finite
     * @param major the full major axis length, finite and {@code > 0}
     * @param minor the full minor axis length, finite and {@code > 0}
     */
    public EllipseGeometry {
        Checks.finite("ellipse center x", centerX);
        Checks.finite("ellipse center y", centerY);
        Checks.finite("ellipse angle", angle);
        Checks.finite("ellipse major", major);
        Checks.finite("ellipse minor", minor);
        if (!(major > 0) || !(minor > 0)) {
            throw new IllegalArgumentException("ellipse axes must be > 0, were major " + major + " and minor "
                    + minor);
        }
    }

    @Override
    public int sectorOf(double x, double y) {
        double cos = Angles.cos(angle);
        double sin = Angles.sin(angle);
        double a = major / 2;
        double b = minor / 2;
        double dx = x - centerX;
        double dy = y - centerY;
        double u = dx * cos + dy * sin;
        double v = -dx * sin + dy * cos;
        return u * u * (b * b) + v * v * (a * a) <= a * a * (b * b) ? 0 : -1;
    }

    @Override
    public void evaluateInto(double[] x, double[] y, int n, long[][] sectors) {
        Checks.columns(this, x, y, n, sectors);
        double a = major / 2;
        double b = minor / 2;
        Kernels.ellipse(x, y, n, centerX, centerY, Angles.cos(angle), Angles.sin(angle), a * a, b * b,
                sectors[0]);
    }
}
