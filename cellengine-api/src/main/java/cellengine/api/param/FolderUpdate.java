package cellengine.api.param;

import cellengine.api.model.Folder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The body of {@code PATCH /folders/{id}} (docs/wire.md#folders): only the keys that were set are sent. A setter
 * called with {@code null} sends JSON {@code null}; {@code deleted(null)} undeletes.
 *
 * @since 0.1
 */
public final class FolderUpdate extends JsonObjectBody {

    private FolderUpdate(JsonObject json) {
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
     * {@return the update that turns {@code before} into {@code after}: name, path and deleted, where they differ}
     *
     * @param before the folder as loaded
     * @param after the edited copy
     * @throws IllegalArgumentException when the two records have different ids
     */
    public static FolderUpdate diff(Folder before, Folder after) {
        Builder b = builder();
        new Changes<>(before, after, Folder::id, "folder")
                .field(Folder::name, b::name)
                .field(Folder::path, b::path)
                .field(Folder::deleted, b::deleted);
        return b.build();
    }

    /** Builds a {@link FolderUpdate}. Each setter records one key; not thread-safe. */
    public static final class Builder extends ResourceUpdateBuilder<Builder> {

        private Builder(JsonObject seed) {
            super(seed);
        }

        /** {@return the update with the keys set so far} */
        public FolderUpdate build() {
            return new FolderUpdate(fields.toJson());
        }
    }
}
