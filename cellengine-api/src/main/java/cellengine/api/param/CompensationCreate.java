package cellengine.api.param;

import cellengine.analysis.fcs.Spillover;
import cellengine.api.internal.json.Json;
import jakarta.json.JsonObject;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of {@code POST /experiments/{eid}/compensations} (docs/wire.md#compensations):
 * {@code {"name", "channels": [N names], "spillMatrix": [N² numbers, row-major]}}.
 *
 * <pre>{@code
 * client.postCompensation(eid, CompensationCreate.of("Comp 1", List.of("FL1-A", "FL2-A"),
 *         new double[] {1, 0.1, 0, 1}));
 * client.postCompensation(eid, CompensationCreate.of("from A1", file.spillover().orElseThrow()));
 * }</pre>
 *
 * @since 0.1
 */
public final class CompensationCreate implements JsonBody {

    private final String name;
    private final List<String> channels;
    private final double[] spillMatrix;

    private CompensationCreate(Builder b) {
        this.name = b.name;
        this.channels = b.channels;
        this.spillMatrix = b.spillMatrix.clone();
    }

    /**
     * {@return a builder holding the three values a compensation needs}
     *
     * @param name the compensation's name
     * @param channels the N distinct channel names ({@code $PnN}), in matrix order
     * @param spillMatrix the N² spill values, row-major, all finite
     * @throws IllegalArgumentException when there are no channels, a channel is blank or repeated, or a value is not
     *         finite (the Python client's {@code TypeError} and {@code ValueError} cases)
     */
    public static Builder builder(String name, List<String> channels, double[] spillMatrix) {
        return new Builder().name(name).channels(channels).spillMatrix(spillMatrix);
    }

    /**
     * {@return the body}
     *
     * @param name the compensation's name
     * @param channels the N distinct channel names ({@code $PnN}), in matrix order
     * @param spillMatrix the N² spill values, row-major, all finite
     * @throws IllegalArgumentException when a value is refused (see {@link #builder(String, List, double[])}) or
     *         the matrix does not hold N² values
     */
    public static CompensationCreate of(String name, List<String> channels, double[] spillMatrix) {
        return builder(name, channels, spillMatrix).build();
    }

    /**
     * {@return a body holding a file's spillover under a new name}
     *
     * @param name the compensation's name
     * @param spillover the spill matrix, for example {@code fcsFile.spillover().orElseThrow()}
     */
    public static CompensationCreate of(String name, Spillover spillover) {
        Objects.requireNonNull(spillover, "spillover");
        return of(name, spillover.parameterNames(), spillover.matrix());
    }

    /** {@return a builder holding this body's values, to derive a changed copy} */
    public Builder toBuilder() {
        return builder(name, channels, spillMatrix);
    }

    /** {@return the compensation's name} */
    public String name() {
        return name;
    }

    /** {@return the N channel names, in matrix order} */
    public List<String> channels() {
        return channels;
    }

    /** {@return a copy of the row-major spill matrix} */
    public double[] spillMatrix() {
        return spillMatrix.clone();
    }

    @Override
    public JsonObject toJson() {
        return Json.provider().createObjectBuilder().add("name", name).add("channels", JsonFields.strings(channels))
                .add("spillMatrix", JsonFields.numbers(spillMatrix)).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompensationCreate && ((CompensationCreate) o).name.equals(name)
                && ((CompensationCreate) o).channels.equals(channels)
                && Arrays.equals(((CompensationCreate) o).spillMatrix, spillMatrix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, channels, Arrays.hashCode(spillMatrix));
    }

    @Override
    public String toString() {
        return "CompensationCreate" + toJson();
    }

    /**
     * {@return the channels, copied, when there is at least one and none is null, blank or named twice}
     *
     * @throws IllegalArgumentException naming the channel at fault
     */
    static List<String> checkChannels(List<String> channels) {
        Objects.requireNonNull(channels, "channels");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a compensation needs at least one channel");
        }
        Set<String> seen = new HashSet<>();
        for (String channel : channels) {
            if (channel == null || channel.isBlank()) {
                throw new IllegalArgumentException("compensation channels must not be null or blank: " + channels);
            }
            if (!seen.add(channel)) {
                throw new IllegalArgumentException("compensation channel '" + channel + "' is named twice in "
                        + channels);
            }
        }
        return List.copyOf(channels);
    }

    /**
     * {@return a copy of the matrix when every value is finite}
     *
     * @throws IllegalArgumentException naming the first value that is not
     */
    static double[] checkFinite(double[] spillMatrix) {
        double[] copy = Objects.requireNonNull(spillMatrix, "spillMatrix").clone();
        for (int k = 0; k < copy.length; k++) {
            if (!Double.isFinite(copy[k])) {
                throw new IllegalArgumentException("spillMatrix value " + k + " is " + copy[k]
                        + "; every value must be finite");
            }
        }
        return copy;
    }

    /**
     * Checks that the matrix holds N² values for N channels.
     *
     * @throws IllegalArgumentException when it does not
     */
    static void checkFits(List<String> channels, double[] spillMatrix) {
        int n = channels.size();
        if (spillMatrix.length != n * n) {
            throw new IllegalArgumentException("spillMatrix for " + n + " channels needs " + n * n
                    + " values (row-major), was given " + spillMatrix.length);
        }
    }

    /** Builds a {@link CompensationCreate}; setters refuse bad values at once. Not thread-safe. */
    public static final class Builder {
        private String name;
        private List<String> channels;
        private double[] spillMatrix;

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param value the compensation's name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the channels.
         *
         * @param value the N distinct channel names, in matrix order
         * @return this builder
         * @throws IllegalArgumentException when there are none, or one is blank or repeated
         */
        public Builder channels(List<String> value) {
            this.channels = checkChannels(value);
            return this;
        }

        /**
         * Sets the spill matrix.
         *
         * @param value the N² spill values, row-major
         * @return this builder
         * @throws IllegalArgumentException when a value is not finite
         */
        public Builder spillMatrix(double[] value) {
            this.spillMatrix = checkFinite(value);
            return this;
        }

        /**
         * {@return the body}
         *
         * @throws IllegalArgumentException when the matrix does not hold N² values for N channels
         */
        public CompensationCreate build() {
            checkFits(channels, spillMatrix);
            return new CompensationCreate(this);
        }
    }
}
