package cellengine.analysis.gate;

/**
 * A split gate on the x channel with two sectors: {@link #LEFT} when {@code x < position}, {@link #RIGHT} when
 * {@code x >= position} (docs/semantics.md#d6-split, D6). Every non-NaN event falls in exactly one sector.
 *
 * @param position the split position {@code split.x}, finite ({@code split.y} is display-only)
 * @since 0.1
 */
public record SplitGeometry(double position) implements GateGeometry {

    /** The index of the left sector, {@code model.gids[0]}. */
    public static final int LEFT = 0;
    /** The index of the right sector, {@code model.gids[1]}. */
    public static final int RIGHT = 1;

    /**
     * Checks that the position is finite.
     *
     * @param position the split position {@code split.x}, finite ({@code split.y} is display-only)
     */
    public SplitGeometry {
        Checks.finite("split position", position);
    }

    @Override
    public int dimensions() {
        return 1;
    }

    @Override
    public int sectorCount() {
        return 2;
    }

    @Override
    public int sectorOf(double x, double y) {
        if (x < position) {
            return LEFT;
        }
        return x >= position ? RIGHT : -1;
    }

    @Override
    public void evaluateInto(double[] x, double[] y, int n, long[][] sectors) {
        Checks.columns(this, x, y, n, sectors);
        Kernels.split(x, n, position, sectors[LEFT], sectors[RIGHT]);
    }
}
