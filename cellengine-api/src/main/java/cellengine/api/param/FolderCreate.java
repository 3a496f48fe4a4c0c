package cellengine.api.param;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The body of {@code POST /folders} (docs/wire.md#folders): {@code {"name": str, "path"?: [folderId, …]}}.
 *
 * @since 0.1
 */
public final class FolderCreate extends JsonObjectBody {

    private FolderCreate(JsonObject json) {
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
     * @param name the folder name
     */
    public static FolderCreate named(String name) {
        return builder().name(name).build();
    }

    /** Builds a {@link FolderCreate}. Not thread-safe. */
    public static final class Builder extends PlacementBuilder<Builder> {

        private Builder(JsonObject seed) {
            super(seed);
        }

        /**
         * {@return the body}
         *
         * @throws IllegalStateException when no name was set
         */
        public FolderCreate build() {
            JsonObject json = fields.toJson();
            if (!json.containsKey("name")) {
                throw new IllegalStateException("a folder needs a name: call FolderCreate.Builder.name(...)");
            }
            return new FolderCreate(json);
        }
    }
}
