package cellengine.analysis.compensation;

import cellengine.analysis.fcs.Spillover;
import cellengine.analysis.stats.EventTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A compensation: a spill matrix S over named channels, inverted once, applied to events as the row vector
 * {@code c = x · S⁻¹} (docs/semantics.md#the-spill-matrix). Channels the matrix does not name pass through unchanged.
 *
 * <p>Row {@code i} of S is the source channel and column {@code j} the receiving detector: {@code S[i][j]} is the
 * fraction of channel i's signal seen in channel j. Example (docs/semantics.md#the-spill-matrix): channels {@code
 * [Blue530-A, Vio450-A]}, spill {@code [1, 0.02, 0, 1]} give {@code Vio450-A' = Vio450-A − 0.02 · Blue530-A} and leave
 * {@code Blue530-A}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @implNote The inverse comes from LU decomposition with partial pivoting. Applying it works on blocks of
 * {@value #BLOCK} events, column by column ({@code out_j += S⁻¹[i][j] · in_i}), so that the inner loops are
 * plain array loops the JIT vectorises and the block's columns stay in cache; no memory is allocated per event.
 * Coefficients that are exactly zero are skipped, so a NaN in one channel only spreads to the channels that
 * really receive a share of it.
 * @since 0.1
 */
public final class CompensationMatrix {

    /**
     * The relative singularity tolerance: inversion fails when, at some elimination step, the largest pivot
     * candidate is not above this value times the largest absolute entry of the spill matrix.
     */
    public static final double SINGULARITY_TOLERANCE = 1e-10;

    static final int BLOCK = 512;

    private final List<String> channels;
    private final double[] spill;
    private final double[] inverse;
    // For output channel j: the input channels i with a non-zero coefficient, and those coefficients.
    private final int[][] sources;
    private final double[][] coefficients;

    private CompensationMatrix(List<String> channels, double[] spill) {
        this.channels = channels;
        this.spill = spill;
        int n = channels.size();
        this.inverse = n == 0 ? new double[0] : LuDecomposition.invert(spill, n, channels);
        this.sources = new int[n][];
        this.coefficients = new double[n][];
        for (int j = 0; j < n; j++) {
            int nonZero = 0;
            for (int i = 0; i < n; i++) {
                if (inverse[i * n + j] != 0) {
                    nonZero++;
                }
            }
            sources[j] = new int[nonZero];
            coefficients[j] = new double[nonZero];
            int k = 0;
            for (int i = 0; i < n; i++) {
                double v = inverse[i * n + j];
                if (v != 0) {
                    sources[j][k] = i;
                    coefficients[j][k++] = v;
                }
            }
        }
    }

    /**
     * Builds a compensation from channel names and a row-major spill matrix, inverting it once.
     *
     * @param channels the n channel names ($PnN), distinct, in matrix order
     * @param spillMatrix the n x n spill values, row-major (copied)
     * @return the compensation
     * @throws IllegalArgumentException if the sizes disagree, a name is null or repeated, or a value is not
     *     finite
     * @throws SingularMatrixException if the matrix is singular or nearly so
     */
    public static CompensationMatrix of(List<String> channels, double[] spillMatrix) {
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(spillMatrix, "spillMatrix");
        int n = channels.size();
        if (spillMatrix.length != n * n) {
            throw new IllegalArgumentException("a spill matrix for " + n + " channels needs " + n * n
                    + " values, was given " + spillMatrix.length);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = channels.get(i);
            if (name == null) {
                throw new IllegalArgumentException("compensation channel " + i + " is null");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("compensation channel '" + name + "' is named twice in "
                        + channels);
            }
        }
        for (int k = 0; k < spillMatrix.length; k++) {
            if (!Double.isFinite(spillMatrix[k])) {
                throw new IllegalArgumentException("spill matrix value at row " + k / n + ", column " + k % n
                        + " is " + spillMatrix[k] + "; every value must be finite");
            }
        }
        return new CompensationMatrix(List.copyOf(channels), spillMatrix.clone());
    }

    /**
     * Builds a compensation from a file's spillover ($SPILLOVER, SPILL or $COMP as the FCS reader parsed it).
     *
     * @param spillover the spillover
     * @return the compensation
     * @throws SingularMatrixException if the matrix is singular or nearly so
     * @throws IllegalArgumentException if a channel is repeated or a value is not finite
     */
    public static CompensationMatrix from(Spillover spillover) {
        Objects.requireNonNull(spillover, "spillover");
        return of(spillover.parameterNames(), spillover.matrix());
    }

    /** {@return the channel names, in matrix order} */
    public List<String> channels() {
        return channels;
    }

    /** {@return the number of channels n} */
    public int size() {
        return channels.size();
    }

    /** {@return a copy of the spill matrix S, row-major} */
    public double[] spillMatrix() {
        return spill.clone();
    }

    /** {@return a copy of the compensation matrix S⁻¹, row-major} */
    public double[] inverse() {
        return inverse.clone();
    }

    /**
     * Compensates a table: returns a table whose compensation channels hold {@code x · S⁻¹} in new arrays and
     * whose other channels share the input's arrays.
     *
     * @param table the FCS scale values
     * @return the compensated table
     * @throws MissingChannelsException if the table lacks one of the compensation's channels
     */
    public EventTable apply(EventTable table) {
        Objects.requireNonNull(table, "table");
        int n = channels.size();
        int[] index = columnIndexes(table);
        int events = table.eventCount();
        double[][] in = new double[n][];
        double[][] out = new double[n][];
        for (int c = 0; c < n; c++) {
            in[c] = table.column(index[c]);
            out[c] = new double[events];
        }
        apply(in, out, events);
        double[][] replacement = new double[table.channelCount()][];
        for (int c = 0; c < n; c++) {
            replacement[index[c]] = out[c];
        }
        return table.withColumns(replacement);
    }

    /**
     * The compensation kernel: {@code out[j][e] = Σ_i in[i][e] · S⁻¹[i][j]} for the first {@code eventCount}
     * events, with {@code in} and {@code out} in {@link #channels()} order.
     *
     * @param in the input columns, n of them, each holding at least {@code eventCount} values
     * @param out the output columns, n distinct arrays none of which is one of the input arrays
     * @param eventCount the number of events
     * @throws IllegalArgumentException if the column counts or lengths do not fit, or an output column is also
     *     an input column or repeated
     */
    public void apply(double[][] in, double[][] out, int eventCount) {
        checkColumns(in, out, eventCount);
        int n = channels.size();
        for (int start = 0; start < eventCount; start += BLOCK) {
            int end = Math.min(start + BLOCK, eventCount);
            for (int j = 0; j < n; j++) {
                double[] target = out[j];
                int[] from = sources[j];
                double[] coefficient = coefficients[j];
                if (from.length == 0) {
                    Arrays.fill(target, start, end, 0.0);
                    continue;
                }
                double[] first = in[from[0]];
                double c0 = coefficient[0];
                for (int e = start; e < end; e++) {
                    target[e] = first[e] * c0;
                }
                for (int k = 1; k < from.length; k++) {
                    double[] source = in[from[k]];
                    double c = coefficient[k];
                    for (int e = start; e < end; e++) {
                        target[e] += source[e] * c;
                    }
                }
            }
        }
    }

    private int[] columnIndexes(EventTable table) {
        int n = channels.size();
        int[] index = new int[n];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            index[c] = table.indexOf(channels.get(c));
            if (index[c] < 0) {
                missing.add(channels.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingChannelsException(missing, table.channelNames());
        }
        return index;
    }

    private void checkColumns(double[][] in, double[][] out, int eventCount) {
        int n = channels.size();
        if (in.length != n || out.length != n) {
            throw new IllegalArgumentException("a " + n + "-channel compensation needs " + n
                    + " input and output columns, was given " + in.length + " and " + out.length);
        }
        if (eventCount < 0) {
            throw new IllegalArgumentException("eventCount must be >= 0, was " + eventCount);
        }
        for (int c = 0; c < n; c++) {
            Objects.requireNonNull(in[c], "input column");
            Objects.requireNonNull(out[c], "output column");
            if (in[c].length < eventCount || out[c].length < eventCount) {
                throw new IllegalArgumentException("column " + c + " ('" + channels.get(c) + "') is shorter than "
                        + eventCount + " events");
            }
            for (int k = 0; k < n; k++) {
                if (out[c] == in[k] || (k != c && out[c] == out[k])) {
                    throw new IllegalArgumentException("output column " + c + " ('" + channels.get(c)
                            + "') is also an input column or another output column; the kernel cannot work in"
                            + " place");
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Compensation" + channels;
    }
}
