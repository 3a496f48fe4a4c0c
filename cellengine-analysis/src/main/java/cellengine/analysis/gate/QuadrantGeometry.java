package cellengine.analysis.gate;

import java.util.List;
import java.util.Objects;

/**
 * A quadrant gate (docs/semantics.md#d7-quadrant, D7): four sectors around a centre, in the order {@link #UR},
 * {@link #UL}, {@link #LL}, {@link #LR} whatever the order of {@code angles}.
 *
 * <p><b>Axis-aligned</b> (the four angles are 0, π/2, π and 3π/2 in any order, each within 1e-12 rad):
 * {@code x >= cx, y >= cy} → UR; {@code x < cx, y >= cy} → UL; {@code x < cx, y < cy} → LL;
 * {@code x >= cx, y < cy} → LR.
 *
 * <p><b>Skewed</b>: the angles (radians, 0 = +x, counter-clockwise) are the directions of four rays from the
 * centre. Normalised to {@code [0, 2π)} and sorted, the ray nearest to angle 0 modulo 2π starts UR (on a tie,
 * the one with the smaller normalised angle), and going counter-clockwise the sectors between consecutive rays
 * are UR, UL, LL and LR. Ties, as suggested in docs/semantics.md#d7-quadrant and consistent with the axis-aligned
 * table: the centre and the two rays bounding UR belong to UR, the ray between UL and LL to UL, and the ray between LL
 * and LR to LR. When two rays coincide, the earlier sector in UR, UL, LL, LR order wins.
 *
 * @implNote The skewed test needs no {@code atan2}: an event's angle relative to the UR ray is compared with each
 * ray's by a half-plane test and the sign of a cross product. Ray directions at multiples of π/2 are exact.
 * @param x the centre's x, finite
 * @param y the centre's y, finite
 * @param angles the four ray directions in radians, finite, in any order
 * @since 0.1
 */
public record QuadrantGeometry(double x, double y, List<Double> angles) implements GateGeometry {

    /** The index of the upper-right sector, {@code model.gids[0]}. */
    public static final int UR = 0;
    /** The index of the upper-left sector, {@code model.gids[1]}. */
    public static final int UL = 1;
    /** The index of the lower-left sector, {@code model.gids[2]}. */
    public static final int LL = 2;
    /** The index of the lower-right sector, {@code model.gids[3]}. */
    public static final int LR = 3;

    /** The axis-aligned angles as Python sends them. */
    public static final List<Double> AXIS_ANGLES = List.of(0.0, Math.PI / 2, Math.PI, 3 * Math.PI / 2);

    /**
     * Checks the centre and the four angles, and copies the list.
     *
     * @param x the centre's x, finite
     * @param y the centre's y, finite
     * @param angles the four ray directions in radians, finite, in any order
     */
    public QuadrantGeometry {
        Checks.finite("quadrant x", x);
        Checks.finite("quadrant y", y);
        Objects.requireNonNull(angles, "angles");
        angles = List.copyOf(angles);
        if (angles.size() != 4) {
            throw new IllegalArgumentException("a quadrant needs 4 angles, was given " + angles.size() + ": "
                    + angles);
        }
        for (int i = 0; i < 4; i++) {
            Checks.finite("quadrant angle " + i, angles.get(i));
        }
    }

    /**
     * {@return an axis-aligned quadrant centred at {@code (x, y)}}
     *
     * @param x the centre's x
     * @param y the centre's y
     */
    public static QuadrantGeometry axisAligned(double x, double y) {
        return new QuadrantGeometry(x, y, AXIS_ANGLES);
    }

    /** {@return whether the angles are 0, π/2, π and 3π/2 in some order, within 1e-12 rad} */
    public boolean isAxisAligned() {
        int seen = 0;
        for (double angle : angles) {
            int k = Angles.quarterTurns(angle);
            if (k < 0) {
                return false;
            }
            seen |= 1 << k;
        }
        return seen == 0b1111;
    }

    @Override
    public int sectorCount() {
        return 4;
    }

    @Override
    public int sectorOf(double px, double py) {
        if (isAxisAligned()) {
            boolean right = px >= x;
            boolean up = py >= y;
            if (Double.isNaN(px) || Double.isNaN(py)) {
                return -1;
            }
            return up ? (right ? UR : UL) : (right ? LR : LL);
        }
        return new SkewedQuadrant(x, y, angles).sectorOf(px, py);
    }

    @Override
    public void evaluateInto(double[] xs, double[] ys, int n, long[][] sectors) {
        Checks.columns(this, xs, ys, n, sectors);
        if (isAxisAligned()) {
            Kernels.quadrant(xs, ys, n, x, y, sectors[UR], sectors[UL], sectors[LL], sectors[LR]);
        } else {
            new SkewedQuadrant(x, y, angles).evaluate(xs, ys, n, sectors);
        }
    }
}
