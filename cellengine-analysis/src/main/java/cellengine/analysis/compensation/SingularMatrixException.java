package cellengine.analysis.compensation;

/**
 * Thrown when a spill matrix cannot be inverted: LU decomposition with partial pivoting found no pivot larger
 * than {@link CompensationMatrix#SINGULARITY_TOLERANCE} times the largest absolute entry of the matrix.
 *
 * @since 0.1
 */
public final class SingularMatrixException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The matrix size, n. */
    private final int size;
    /** The elimination step at which the pivot vanished. */
    private final int step;
    /** The pivot found at that step. */
    private final double pivot;

    SingularMatrixException(int size, int step, String channel, double pivot, double limit) {
        super("the " + size + "x" + size + " spill matrix is singular or nearly so: at elimination step " + step
                + " (column of channel '" + channel + "') the largest remaining pivot is " + pivot
                + ", not above the tolerance " + limit + " (" + CompensationMatrix.SINGULARITY_TOLERANCE
                + " x the largest absolute entry); check for repeated or all-zero rows and columns");
        this.size = size;
        this.step = step;
        this.pivot = pivot;
    }

    /** {@return the matrix dimension n of the n x n matrix} */
    public int size() {
        return size;
    }

    /** {@return the 0-based elimination step (matrix column) at which no usable pivot was found} */
    public int step() {
        return step;
    }

    /** {@return the largest absolute pivot candidate at that step} */
    public double pivot() {
        return pivot;
    }
}
