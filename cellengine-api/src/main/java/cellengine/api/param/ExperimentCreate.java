package cellengine.api.param;

import cellengine.api.model.CommentOp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /experiments} (docs/wire.md#experiments, docs/wire.md#experiment-helpers): only the keys that
 * were set are sent; the server fills in the rest (name {@code "Untitled Experiment"}, the caller as uploader and
 * primary researcher).
 *
 * <pre>{@code
 * ExperimentCreate body = ExperimentCreate.builder().name("Run 7").tags(List.of("pilot")).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ExperimentCreate extends JsonObjectBody {

    private ExperimentCreate(JsonObject json) {
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
     * {@return a body that sets only the name}
     *
     * @param name the experiment name
     */
    public static ExperimentCreate named(String name) {
        return builder().name(name).build();
    }

    /**
     * Builds an {@link ExperimentCreate}. Setters record a key and return the builder; the builder is not
     * thread-safe.
     */
    public static final class Builder extends PlacementBuilder<Builder> {

        private Builder(JsonObject seed) {
            super(seed);
        }

        /**
         * Sets the comments as Quill operations.
         *
         * @param comments the operations
         * @return this builder
         */
        public Builder comments(List<CommentOp> comments) {
            fields.putComments("comments", Objects.requireNonNull(comments, "comments"));
            return this;
        }

        /**
         * Sets the comments to plain text (sent as one Quill operation ending with a newline, not as a plain
         * string: see docs/wire.md#quirk-comments).
         *
         * @param text the comment text
         * @return this builder
         */
        public Builder comments(String text) {
            Objects.requireNonNull(text, "text");
            return comments(List.of(CommentOp.text(text.endsWith("\n") ? text : text + "\n")));
        }

        /**
         * Sets the uploader.
         *
         * @param userId the user's 24-hex id
         * @return this builder
         */
        public Builder uploader(String userId) {
            fields.putString("uploader", JsonFields.requireId(userId, "uploader"));
            return this;
        }

        /**
         * Sets the primary researcher.
         *
         * @param userId the user's 24-hex id
         * @return this builder
         */
        public Builder primaryResearcher(String userId) {
            fields.putString("primaryResearcher", JsonFields.requireId(userId, "primaryResearcher"));
            return this;
        }

        /**
         * Sets the tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            fields.putStrings("tags", List.copyOf(tags));
            return this;
        }

        /** {@return the body with the keys set so far} */
        public ExperimentCreate build() {
            return new ExperimentCreate(fields.toJson());
        }
    }
}
