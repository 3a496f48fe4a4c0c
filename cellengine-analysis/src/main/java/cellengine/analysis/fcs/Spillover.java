package cellengine.analysis.fcs;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A spill matrix as a file or a user states it: the parameter names it applies to, and an n × n matrix in
 * row-major order, where row i says how much of parameter i's signal spills into each parameter.
 *
 * <p>Instances are immutable: the constructor and {@link #matrix()} copy the array.
 *
 * @param parameterNames the n parameter names ($PnN values), in matrix order
 * @param matrix the n × n spill values, row-major
 * @since 0.1
 */
public record Spillover(List<String> parameterNames, double[] matrix) {

    /**
     * Checks that the matrix is square and matches the names, and copies both.
     *
     * @param parameterNames the n parameter names ($PnN values), in matrix order
     * @param matrix the n × n spill values, row-major
     */
    public Spillover {
        parameterNames = List.copyOf(Objects.requireNonNull(parameterNames, "parameterNames"));
        Objects.requireNonNull(matrix, "matrix");
        int n = parameterNames.size();
        if (matrix.length != n * n) {
            throw new IllegalArgumentException("a spill matrix for " + n + " parameters needs " + n * n
                    + " values, was given " + matrix.length);
        }
        matrix = matrix.clone();
    }

    /** {@return the number of parameters, n} */
    public int size() {
        return parameterNames.size();
    }

    /** {@return a copy of the row-major matrix} */
    @Override
    public double[] matrix() {
        return matrix.clone();
    }

    /**
     * {@return the value at row {@code row}, column {@code column}}
     *
     * @param row the row index, from 0
     * @param column the column index, from 0
     */
    public double get(int row, int column) {
        Objects.checkIndex(row, size());
        Objects.checkIndex(column, size());
        return matrix[row * size() + column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spillover s && parameterNames.equals(s.parameterNames) && Arrays.equals(matrix, s.matrix);
    }

    @Override
    public int hashCode() {
        return 31 * parameterNames.hashCode() + Arrays.hashCode(matrix);
    }

    @Override
    public String toString() {
        return "Spillover" + parameterNames + Arrays.toString(matrix);
    }
}
