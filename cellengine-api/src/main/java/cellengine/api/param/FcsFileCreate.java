package cellengine.api.param;

import cellengine.api.internal.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * The JSON body of {@code POST /experiments/{eid}/fcsfiles} (docs/wire.md#derived-fcs-files,
 * docs/semantics.md#derived-fcs-files): a new file made by copying one file, concatenating several, subsampling, or
 * importing from another experiment or from S3. {@code fcsFiles} and {@code filename} are always sent ({@code filename}
 * may be null: the server names the file); the options only when set, {@code false} and {@code 0} included (unlike the
 * Python client, docs/wire.md#client-quirks item 23).
 *
 * <pre>{@code
 * client.createFcsFile(eid, FcsFileCreate.builder().fcsFiles(List.of(a, b)).filename("joined.fcs")
 *         .addFileNumber(true).preSubsampleN(1000).seed(42).build());
 * client.createFcsFile(eid, FcsFileCreate.builder().fromExperiment(otherEid, fid).build());
 * }</pre>
 *
 * @since 0.1
 */
public final class FcsFileCreate extends JsonObjectBody {

    private FcsFileCreate(JsonObject json) {
        super(json);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this body's sources and options, to derive a changed copy} */
    public Builder toBuilder() {
        JsonObject json = toJson();
        Builder b = new Builder();
        json.getJsonArray("fcsFiles").forEach(source -> b.source(source,
                source instanceof JsonObject && ((JsonObject) source).containsKey("host")));
        b.filename = json.isNull("filename") ? null : json.getString("filename");
        if (json.containsKey("addFileNumber")) {
            b.addFileNumber(json.getBoolean("addFileNumber"));
        }
        if (json.containsKey("addEventNumber")) {
            b.addEventNumber(json.getBoolean("addEventNumber"));
        }
        if (json.containsKey("preSubsampleN")) {
            b.preSubsampleN(json.getInt("preSubsampleN"));
        }
        if (json.containsKey("preSubsampleP")) {
            b.preSubsampleP(json.getJsonNumber("preSubsampleP").doubleValue());
        }
        if (json.containsKey("seed")) {
            b.seed(json.getJsonNumber("seed").longValue());
        }
        return b;
    }

    /**
     * {@return a body that copies one file of the same experiment}
     *
     * @param fcsFileId the file to copy
     */
    public static FcsFileCreate copyOf(String fcsFileId) {
        return builder().fcsFile(fcsFileId).build();
    }

    /** Shows the body with S3 keys hidden. */
    @Override
    public String toString() {
        return "FcsFileCreate" + toJson().toString().replaceAll("(\"(?:accessKey|secretKey)\":)\"[^\"]*\"",
                "$1\"<redacted>\"");
    }

    /** Builds an {@link FcsFileCreate}. Not thread-safe. */
    public static final class Builder extends SubsamplingBuilder<Builder> {
        private final JsonArrayBuilder sources = Json.provider().createArrayBuilder();
        private int sourceCount;
        private boolean s3;
        private String filename;
        private Boolean addFileNumber;
        private Boolean addEventNumber;

        private Builder() {
        }

        private Builder source(JsonValue source, boolean fromS3) {
            sources.add(source);
            sourceCount++;
            s3 |= fromS3;
            return this;
        }

        /**
         * Adds a file of the destination experiment.
         *
         * @param fcsFileId the file's 24-hex id
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder fcsFile(String fcsFileId) {
            return source(Json.provider().createValue(JsonFields.requireId(fcsFileId, "fcsFiles")), false);
        }

        /**
         * Adds files of the destination experiment: one copies, several concatenate in this order.
         *
         * @param fcsFileIds the files' 24-hex ids
         * @return this builder
         * @throws IllegalArgumentException when an id is not 24 hex characters
         */
        public Builder fcsFiles(List<String> fcsFileIds) {
            fcsFileIds.forEach(this::fcsFile);
            return this;
        }

        /**
         * Adds a file of another experiment, sent as {@code {"_id", "experimentId"}}.
         *
         * @param experimentId the source experiment's id
         * @param fcsFileId the file's id
         * @return this builder
         * @throws IllegalArgumentException when an id is not 24 hex characters
         */
        public Builder fromExperiment(String experimentId, String fcsFileId) {
            return source(Json.provider().createObjectBuilder()
                    .add("_id", JsonFields.requireId(fcsFileId, "fcsFileId"))
                    .add("experimentId", JsonFields.requireId(experimentId, "experimentId")).build(), false);
        }

        /**
         * Imports one file from S3 ({@code {"host", "path", "accessKey", "secretKey"}}); it must be the only
         * source.
         *
         * @param host the host, bucket and region included
         * @param path the object's full path
         * @param accessKey the access key, or {@code null} for a public object
         * @param secretKey the secret key, or {@code null} for a public object
         * @return this builder
         */
        public Builder fromS3(String host, String path, String accessKey, String secretKey) {
            JsonObjectBuilder o = Json.provider().createObjectBuilder()
                    .add("host", Objects.requireNonNull(host, "host"))
                    .add("path", Objects.requireNonNull(path, "path"));
            o.add("accessKey", accessKey == null ? JsonValue.NULL : Json.provider().createValue(accessKey));
            o.add("secretKey", secretKey == null ? JsonValue.NULL : Json.provider().createValue(secretKey));
            return source(o.build(), true);
        }

        /**
         * Names the new file.
         *
         * @param value the file name, or {@code null} to let the server choose
         * @return this builder
         */
        public Builder filename(String value) {
            this.filename = value;
            return this;
        }

        /**
         * Adds a file-number channel (concatenation).
         *
         * @param value whether to add it
         * @return this builder
         */
        public Builder addFileNumber(boolean value) {
            this.addFileNumber = value;
            return this;
        }

        /**
         * Adds an event-number channel.
         *
         * @param value whether to add it
         * @return this builder
         */
        public Builder addEventNumber(boolean value) {
            this.addEventNumber = value;
            return this;
        }

        /**
         * {@return the body}
         *
         * @throws IllegalStateException when no source was added, or S3 is combined with other sources
         * @throws IllegalArgumentException when both {@code preSubsampleN} and {@code preSubsampleP} are set
         */
        public FcsFileCreate build() {
            if (sourceCount == 0) {
                throw new IllegalStateException("a new FCS file needs at least one source: call fcsFile, fcsFiles, "
                        + "fromExperiment or fromS3");
            }
            if (s3 && sourceCount > 1) {
                throw new IllegalStateException("an S3 import takes exactly one source, was given " + sourceCount);
            }
            subsampling.check();
            JsonObjectBuilder o = Json.provider().createObjectBuilder().add("fcsFiles", sources.build());
            o.add("filename", filename == null ? JsonValue.NULL : Json.provider().createValue(filename));
            if (addFileNumber != null) {
                o.add("addFileNumber", addFileNumber);
            }
            if (addEventNumber != null) {
                o.add("addEventNumber", addEventNumber);
            }
            subsampling.addTo(o);
            return new FcsFileCreate(o.build());
        }
    }
}
