package cellengine.api.param;

import jakarta.json.JsonObject;

import java.util.List;
import java.util.Objects;

/**
 * The setters of the bodies that name something new and place it in a folder: {@link ExperimentCreate},
 * {@link FolderCreate} and {@link CloneOptions}. Both refuse {@code null}: a key left unset is not sent.
 *
 * @param <B> the concrete builder
 */
abstract class PlacementBuilder<B extends PlacementBuilder<B>> {

    /** The keys set so far, in order. */
    final JsonFields fields;

    PlacementBuilder(JsonObject seed) {
        this.fields = new JsonFields(seed);
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public B name(String name) {
        fields.putString("name", Objects.requireNonNull(name, "name"));
        return self();
    }

    /**
     * Puts it into a folder.
     *
     * @param folderIds the ids of the folders, outermost first; empty for the root
     * @return this builder
     * @throws IllegalArgumentException when an id is not 24 hex characters
     */
    public B path(List<String> folderIds) {
        fields.putIds("path", List.copyOf(Objects.requireNonNull(folderIds, "path")));
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
