package cellengine.analysis.gate;

/** Reproducible sine and cosine that are exact at multiples of π/2. */
final class Angles {

    static final double TWO_PI = 2 * Math.PI;
    static final double HALF_PI = Math.PI / 2;
    /** How close (in radians) an angle must be to a multiple of π/2 to count as axis-aligned. */
    static final double AXIS_TOLERANCE = 1e-12;

    private Angles() {
    }

    /** {@return the angle normalised to [0, 2π)} */
    static double normalize(double angle) {
        double a = angle % TWO_PI;
        if (a < 0) {
            a += TWO_PI;
        }
        return a >= TWO_PI ? 0 : a;
    }

    /** {@return k in 0..3 when the angle is k·π/2 modulo 2π within the tolerance, else -1} */
    static int quarterTurns(double angle) {
        double turns = normalize(angle) / HALF_PI;
        long k = Math.round(turns);
        if (Math.abs(turns - k) * HALF_PI <= AXIS_TOLERANCE) {
            return (int) (k & 3);
        }
        return -1;
    }

    static double cos(double angle) {
        switch (quarterTurns(angle)) {
            case 0: return 1;
            case 1: case 3: return 0;
            case 2: return -1;
            default: return StrictMath.cos(angle);
        }
    }

    static double sin(double angle) {
        switch (quarterTurns(angle)) {
            case 0: case 2: return 0;
            case 1: return 1;
            case 3: return -1;
            default: return StrictMath.sin(angle);
        }
    }
}
