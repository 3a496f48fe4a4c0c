package cellengine.api.param;

import cellengine.api.internal.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /experiments/{eid}/importResources} (docs/wire.md#experiments,
 * docs/semantics.md#import-resources): copies gates, populations, compensations, illustrations, saved statistics
 * exports and annotations from another experiment. {@code srcExperiment}, {@code channelMap}, {@code dstPopulationId}
 * and {@code import} are always sent; each import option only when set.
 *
 * <pre>{@code
 * client.importExperimentResources(dst, ImportResources.builder(src)
 *         .channelMap(Map.of("FSC-A", "FSC-A", "SSC-A", "SSC-A"))
 *         .populations(true).compensations(true).build());
 * }</pre>
 *
 * @since 0.1
 */
public final class ImportResources extends JsonObjectBody {

    private ImportResources(JsonObject json) {
        super(json);
    }

    /**
     * {@return a builder importing from this experiment}
     *
     * @param srcExperimentId the source experiment's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public static Builder builder(String srcExperimentId) {
        return new Builder(JsonFields.requireId(srcExperimentId, "srcExperiment"), JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@return a builder holding this body's source, mapping and options, to derive a changed copy} */
    public Builder toBuilder() {
        JsonObject json = toJson();
        Builder b = new Builder(json.getString("srcExperiment"), json.getJsonObject("import"));
        b.channelMap = json.get("channelMap");
        b.dstPopulationId = json.isNull("dstPopulationId") ? null : json.getString("dstPopulationId");
        return b;
    }

    /** Builds an {@link ImportResources}. Not thread-safe. */
    public static final class Builder {
        private final String src;
        private JsonValue channelMap = JsonValue.EMPTY_JSON_OBJECT;
        private String dstPopulationId;
        private final JsonFields options;

        private Builder(String src, JsonObject options) {
            this.src = src;
            this.options = new JsonFields(options);
        }

        /**
         * Maps source channel names to destination names; a gate whose channel is missing or maps to {@code ""}
         * is not imported. Default: {@code {}}.
         *
         * @param value source name to destination name
         * @return this builder
         */
        public Builder channelMap(Map<String, String> value) {
            JsonObjectBuilder o = Json.provider().createObjectBuilder();
            value.forEach((k, v) -> o.add(Objects.requireNonNull(k, "channel"), Objects.requireNonNull(v,
                    () -> "the destination of channel " + k)));
            this.channelMap = o.build();
            return this;
        }

        /**
         * Places imported populations under this population. Default: {@code null}, the root (Ungated).
         *
         * @param value the destination population's 24-hex id, or {@code null}
         * @return this builder
         */
        public Builder dstPopulationId(String value) {
            this.dstPopulationId = value == null ? null : JsonFields.requireId(value, "dstPopulationId");
            return this;
        }

        /**
         * Imports the gates and populations (a population only with its gates and whole parent chain).
         *
         * @param value whether to import them
         * @return this builder
         */
        public Builder populations(boolean value) {
            options.putBoolean("populations", value);
            return this;
        }

        /**
         * Imports all compensations, or none.
         *
         * @param value whether to import them
         * @return this builder
         */
        public Builder compensations(boolean value) {
            options.putBoolean("compensations", value);
            return this;
        }

        /**
         * Imports these compensations.
         *
         * @param ids the compensations' ids
         * @return this builder
         */
        public Builder compensations(List<String> ids) {
            options.putIds("compensations", List.copyOf(ids));
            return this;
        }

        /**
         * Imports all illustrations, or none.
         *
         * @param value whether to import them
         * @return this builder
         */
        public Builder illustrations(boolean value) {
            options.putBoolean("illustrations", value);
            return this;
        }

        /**
         * Imports these illustrations.
         *
         * @param ids the illustrations' ids
         * @return this builder
         */
        public Builder illustrations(List<String> ids) {
            options.putIds("illustrations", List.copyOf(ids));
            return this;
        }

        /**
         * Imports all saved statistics exports, or none.
         *
         * @param value whether to import them
         * @return this builder
         */
        public Builder savedStatisticExports(boolean value) {
            options.putBoolean("savedStatisticExports", value);
            return this;
        }

        /**
         * Imports these saved statistics exports.
         *
         * @param ids their ids
         * @return this builder
         */
        public Builder savedStatisticExports(List<String> ids) {
            options.putIds("savedStatisticExports", List.copyOf(ids));
            return this;
        }

        /**
         * Imports all annotations, or none.
         *
         * @param value whether to import them
         * @return this builder
         */
        public Builder annotations(boolean value) {
            options.putBoolean("annotations", value);
            return this;
        }

        /**
         * Imports the annotations with these names.
         *
         * @param names the annotation names
         * @return this builder
         */
        public Builder annotations(List<String> names) {
            names.forEach(n -> Objects.requireNonNull(n, "annotation name"));
            options.putStrings("annotations", List.copyOf(names));
            return this;
        }

        /** {@return the body} */
        public ImportResources build() {
            return new ImportResources(Json.provider().createObjectBuilder()
                    .add("srcExperiment", src)
                    .add("channelMap", channelMap)
                    .add("dstPopulationId", dstPopulationId == null ? JsonValue.NULL
                            : Json.provider().createValue(dstPopulationId))
                    .add("import", options.toJson())
                    .build());
        }
    }
}
