package cellengine.analysis.compensation;

import java.util.List;

/**
 * Inverts a square matrix by LU decomposition with partial (row) pivoting: {@code P·A = L·U}, then solves
 * {@code A·X = I} column by column.
 */
final class LuDecomposition {

    private LuDecomposition() {
    }

    /**
     * {@return the inverse of the row-major n x n matrix {@code a}, row-major}
     *
     * @param a the matrix (not modified)
     * @param n the dimension
     * @param names the channel names, for the error message
     * @throws SingularMatrixException if a pivot is not above the tolerance
     */
    static double[] invert(double[] a, int n, List<String> names) {
        double[] lu = a.clone();
        int[] perm = new int[n];
        double largest = 0;
        for (double v : a) {
            largest = Math.max(largest, Math.abs(v));
        }
        double limit = CompensationMatrix.SINGULARITY_TOLERANCE * largest;
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int pivotRow = k;
            double pivotAbs = Math.abs(lu[k * n + k]);
            for (int r = k + 1; r < n; r++) {
                double v = Math.abs(lu[r * n + k]);
                if (v > pivotAbs) {
                    pivotAbs = v;
                    pivotRow = r;
                }
            }
            if (!(pivotAbs > limit)) {
                throw new SingularMatrixException(n, k, names.get(k), pivotAbs, limit);
            }
            if (pivotRow != k) {
                swapRows(lu, n, k, pivotRow);
                int t = perm[k];
                perm[k] = perm[pivotRow];
                perm[pivotRow] = t;
            }
            double pivot = lu[k * n + k];
            for (int r = k + 1; r < n; r++) {
                double factor = lu[r * n + k] / pivot;
                lu[r * n + k] = factor;
                if (factor != 0) {
                    for (int c = k + 1; c < n; c++) {
                        lu[r * n + c] -= factor * lu[k * n + c];
                    }
                }
            }
        }
        double[] inverse = new double[n * n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            // Solve L·U·x = P·e_j: forward substitution (L has a unit diagonal), then backward.
            for (int i = 0; i < n; i++) {
                double sum = perm[i] == j ? 1.0 : 0.0;
                for (int k = 0; k < i; k++) {
                    sum -= lu[i * n + k] * column[k];
                }
                column[i] = sum;
            }
            for (int i = n - 1; i >= 0; i--) {
                double sum = column[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= lu[i * n + k] * column[k];
                }
                column[i] = sum / lu[i * n + i];
            }
            for (int i = 0; i < n; i++) {
                inverse[i * n + j] = column[i];
            }
        }
        for (int i = 0; i < inverse.length; i++) {
            if (!Double.isFinite(inverse[i])) {
                throw new SingularMatrixException(n, i % n, names.get(i % n), Double.NaN, limit);
            }
        }
        return inverse;
    }

    private static void swapRows(double[] m, int n, int a, int b) {
        for (int c = 0; c < n; c++) {
            double t = m[a * n + c];
            m[a * n + c] = m[b * n + c];
            m[b * n + c] = t;
        }
    }
}
