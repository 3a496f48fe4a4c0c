package cellengine.api.param;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;

/**
 * The setters of the updates of the things that live in folders, {@link ExperimentUpdate} and
 * {@link FolderUpdate}: rename, move, soft-delete. Each records one key; a {@code null} argument sends JSON
 * {@code null}.
 *
 * @param <B> the concrete builder
 */
abstract class ResourceUpdateBuilder<B extends ResourceUpdateBuilder<B>> {

    /** The keys set so far, in order. */
    final JsonFields fields;

    ResourceUpdateBuilder(JsonObject seed) {
        this.fields = new JsonFields(seed);
    }

    /**
     * Renames it.
     *
     * @param name the new name
     * @return this builder
     */
    public B name(String name) {
        fields.putString("name", name);
        return self();
    }

    /**
     * Moves it.
     *
     * @param folderIds the ids of the enclosing folders, outermost first; empty for the root
     * @return this builder
     * @throws IllegalArgumentException when an id is not 24 hex characters
     */
    public B path(List<String> folderIds) {
        fields.putIds("path", folderIds);
        return self();
    }

    /**
     * Soft-deletes ({@code Instant}) or undeletes ({@code null}) it.
     *
     * @param deleted the deletion time, or {@code null} to undelete
     * @return this builder
     */
    public B deleted(Instant deleted) {
        fields.putInstant("deleted", deleted);
        return self();
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }
}
