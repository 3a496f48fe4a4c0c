package cellengine.api.param;

import cellengine.api.internal.json.Json;
import cellengine.api.model.ActiveCompensation;
import cellengine.api.model.CommentOp;
import cellengine.api.model.Experiment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * The body of {@code PATCH /experiments/{eid}}: only the keys that were set are sent (docs/wire.md#partial-updates).
 * A setter called with {@code null} sends JSON {@code null}; {@code deleted(null)} undeletes.
 *
 * <pre>{@code
 * ExperimentUpdate update = ExperimentUpdate.builder().name("Run 7b").tags(List.of("final")).build();
 * ExperimentUpdate same = ExperimentUpdate.diff(experiment, experiment.withName("Run 7b").withTags(List.of("final")));
 * }</pre>
 *
 * @since 0.1
 */
public final class ExperimentUpdate extends JsonObjectBody {

    private ExperimentUpdate(JsonObject json) {
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
     * {@return the update that turns {@code before} into {@code after}: the editable fields that differ}
     *
     * <p>Compared: name, comments, deleted, primary researcher (sent as its id), path, data, dataOrder,
     * activeCompensation, locked, perFileCompensationsEnabled, tags, sortingSpec, colorSpec and palettes. Other
     * fields are set by the server and ignored here.
     *
     * @param before the experiment as loaded
     * @param after the edited copy
     * @throws IllegalArgumentException when the two records have different ids
     */
    public static ExperimentUpdate diff(Experiment before, Experiment after) {
        Builder b = builder();
        new Changes<>(before, after, Experiment::id, "experiment")
                .field(Experiment::name, b::name)
                .field(Experiment::comments, b::comments)
                .field(Experiment::deleted, b::deleted)
                .field(e -> e.primaryResearcher() == null ? null : e.primaryResearcher().id(),
                        id -> b.fields.putString("primaryResearcher", id))
                .field(Experiment::path, b::path)
                .field(Experiment::data, b::data)
                .field(Experiment::dataOrder, b::dataOrder)
                .field(Experiment::activeCompensation, b::activeCompensation)
                .field(Experiment::locked, b::locked)
                .field(Experiment::perFileCompensationsEnabled, b::perFileCompensationsEnabled)
                .field(Experiment::tags, b::tags)
                .field(Experiment::sortingSpec, b::sortingSpec)
                .field(Experiment::colorSpec, b::colorSpec)
                .field(Experiment::palettes, b::palettes);
        return b.build();
    }

    /**
     * Builds an {@link ExperimentUpdate}. Each setter records one key (a {@code null} argument sends JSON
     * {@code null}) and returns the builder; calling a setter again replaces the value. Not thread-safe.
     */
    public static final class Builder extends ResourceUpdateBuilder<Builder> {

        private Builder(JsonObject seed) {
            super(seed);
        }

        /**
         * Replaces the comments.
         *
         * @param comments the Quill operations
         * @return this builder
         */
        public Builder comments(List<CommentOp> comments) {
            fields.putComments("comments", comments);
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            fields.putStrings("tags", tags);
            return this;
        }

        /**
         * Sets the primary researcher.
         *
         * @param userId the user's 24-hex id
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder primaryResearcher(String userId) {
            fields.putString("primaryResearcher", userId == null ? null
                    : JsonFields.requireId(userId, "primaryResearcher"));
            return this;
        }

        /**
         * Sets the active compensation.
         *
         * @param compensation a special value or a compensation id
         * @return this builder
         */
        public Builder activeCompensation(ActiveCompensation compensation) {
            fields.put("activeCompensation", compensation == null ? JsonValue.NULL : compensation.toJson());
            return this;
        }

        /**
         * Sets the active compensation to a special code.
         *
         * @param code {@code 0} (uncompensated), {@code -1} (file-internal) or {@code -2} (per file)
         * @return this builder
         * @throws IllegalArgumentException for any other code
         */
        public Builder activeCompensation(int code) {
            return activeCompensation(ActiveCompensation.ofCode(code));
        }

        /**
         * Sets the active compensation to a stored compensation.
         *
         * @param compensationId the compensation's 24-hex id
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder activeCompensation(String compensationId) {
            return activeCompensation(ActiveCompensation.of(compensationId));
        }

        /**
         * Locks or unlocks the experiment.
         *
         * @param locked whether to lock
         * @return this builder
         */
        public Builder locked(boolean locked) {
            fields.putBoolean("locked", locked);
            return this;
        }

        /**
         * Enables or disables per-file compensations.
         *
         * @param enabled whether to enable them
         * @return this builder
         */
        public Builder perFileCompensationsEnabled(boolean enabled) {
            fields.putBoolean("perFileCompensationsEnabled", enabled);
            return this;
        }

        /**
         * Replaces the free-form data.
         *
         * @param data the data object
         * @return this builder
         */
        public Builder data(JsonObject data) {
            fields.put("data", data);
            return this;
        }

        /**
         * Replaces the order of data keys.
         *
         * @param order the keys in order
         * @return this builder
         */
        public Builder dataOrder(List<String> order) {
            fields.putStrings("dataOrder", order);
            return this;
        }

        /**
         * Replaces the sorting specification.
         *
         * @param spec name to a list of strings or nulls
         * @return this builder
         */
        public Builder sortingSpec(JsonObject spec) {
            fields.put("sortingSpec", spec);
            return this;
        }

        /**
         * Replaces the colour specification.
         *
         * @param spec a list of {@code [str, [str or null, number]]}
         * @return this builder
         */
        public Builder colorSpec(JsonArray spec) {
            fields.put("colorSpec", spec);
            return this;
        }

        /**
         * Replaces the palettes.
         *
         * @param palettes the palettes object
         * @return this builder
         */
        public Builder palettes(JsonObject palettes) {
            fields.put("palettes", palettes);
            return this;
        }

        /**
         * Sets any other key, for fields this SDK does not model yet.
         *
         * @param key the JSON key
         * @param value the value (a JSON-P value, string, number, boolean, list, map or {@code null})
         * @return this builder
         */
        public Builder set(String key, Object value) {
            fields.put(key, Json.toJsonValue(value));
            return this;
        }

        /** {@return the update with the keys set so far} */
        public ExperimentUpdate build() {
            return new ExperimentUpdate(fields.toJson());
        }
    }
}
