package cellengine.api.param;

import cellengine.api.model.Compensation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PATCH /experiments/{eid}/compensations/{id}} (docs/wire.md#compensations): only the keys that
 * were set are sent.
 *
 * @since 0.1
 */
public final class CompensationUpdate extends JsonObjectBody {

    private CompensationUpdate(JsonObject json) {
        super(json);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@return a builder holding this body's keys, to derive a changed copy} */
    public Builder toBuilder() {
        return new Builder(toJson());
    }

    /**
     * {@return the update that turns {@code before} into {@code after}: name, channels and matrix, where they
     * differ (channels and matrix are sent together)}
     *
     * @param before the compensation as loaded
     * @param after the edited copy
     * @throws IllegalArgumentException when the two records have different ids
     */
    public static CompensationUpdate diff(Compensation before, Compensation after) {
        Builder b = builder();
        new Changes<>(before, after, Compensation::id, "compensation").field(Compensation::name, b::name);
        if (!before.channels().equals(after.channels())
                || !java.util.Arrays.equals(before.spillMatrix(), after.spillMatrix())) {
            b.matrix(after.channels(), after.spillMatrix());
        }
        return b.build();
    }

    /** Builds a {@link CompensationUpdate}. Each setter records one key; not thread-safe. */
    public static final class Builder {
        private final JsonFields fields;
        private List<String> channels;
        private double[] spillMatrix;

        private Builder(JsonObject seed) {
            this.fields = new JsonFields(seed);
            if (seed.containsKey("channels")) {
                channels = seed.getJsonArray("channels").getValuesAs(JsonString::getString);
            }
            if (seed.containsKey("spillMatrix")) {
                spillMatrix = seed.getJsonArray("spillMatrix").getValuesAs(JsonNumber::doubleValue).stream()
                        .mapToDouble(Double::doubleValue).toArray();
            }
        }

        /**
         * Renames the compensation.
         *
         * @param name the new name
         * @return this builder
         */
        public Builder name(String name) {
            fields.putString("name", Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Replaces the channel names; the matrix must still fit them when both are sent.
         *
         * @param value the N channel names
         * @return this builder
         */
        public Builder channels(List<String> value) {
            this.channels = CompensationCreate.checkChannels(value);
            fields.putStrings("channels", channels);
            return this;
        }

        /**
         * Replaces the spill matrix.
         *
         * @param value N² values, row-major, finite
         * @return this builder
         * @throws IllegalArgumentException when a value is not finite
         */
        public Builder spillMatrix(double[] value) {
            this.spillMatrix = CompensationCreate.checkFinite(value);
            fields.put("spillMatrix", JsonFields.numbers(spillMatrix));
            return this;
        }

        /**
         * Replaces channels and matrix together.
         *
         * @param newChannels the N channel names
         * @param newSpillMatrix N² values, row-major
         * @return this builder
         * @throws IllegalArgumentException when they do not fit each other
         */
        public Builder matrix(List<String> newChannels, double[] newSpillMatrix) {
            CompensationCreate.checkFits(CompensationCreate.checkChannels(newChannels), newSpillMatrix);
            return channels(newChannels).spillMatrix(newSpillMatrix);
        }

        /**
         * {@return the update with the keys set so far}
         *
         * @throws IllegalArgumentException when channels and matrix are both set and do not fit each other
         */
        public CompensationUpdate build() {
            if (channels != null && spillMatrix != null) {
                CompensationCreate.checkFits(channels, spillMatrix);
            }
            return new CompensationUpdate(fields.toJson());
        }
    }
}
