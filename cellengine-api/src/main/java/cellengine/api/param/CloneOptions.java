package cellengine.api.param;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * The body of {@code POST /experiments/{eid}/clone} (cellengine-api.md §2.2): an optional new name and folder
 * path. Unset options are not sent; the server then names the clone {@code "<original name>-1"}.
 *
 * @param name the clone's name, or {@code null} for the server's default
 * @param path the clone's folder ids, or {@code null} to keep the server's default
 * @since 0.1
 */
public record CloneOptions(String name, List<String> path) implements JsonBody {

    /**
     * Checks and copies the options.
     *
     * @param name the clone's name, or {@code null} for the server's default
     * @param path the clone's folder ids, or {@code null}
     * @throws IllegalArgumentException when a path element is not a 24-hex id
     */
    public CloneOptions {
        if (path != null) {
            path.forEach(id -> JsonFields.requireId(id, "path"));
            path = List.copyOf(path);
        }
    }

    /** {@return options that set nothing: {@code {}}} */
    public static CloneOptions defaults() {
        return new CloneOptions(null, null);
    }

    /**
     * {@return options that set the clone's name}
     *
     * @param name the name
     */
    public static CloneOptions named(String name) {
        return new CloneOptions(java.util.Objects.requireNonNull(name, "name"), null);
    }

    /**
     * {@return a copy with another name}
     *
     * @param value the name, or {@code null} for the server's default
     */
    public CloneOptions withName(String value) {
        return new CloneOptions(value, path);
    }

    /**
     * {@return a copy with another folder path}
     *
     * @param value the folder ids, or {@code null} for the server's default
     */
    public CloneOptions withPath(List<String> value) {
        return new CloneOptions(name, value);
    }

    @Override
    public JsonObject toJson() {
        JsonFields fields = new JsonFields();
        if (name != null) {
            fields.putString("name", name);
        }
        if (path != null) {
            fields.putStrings("path", path);
        }
        return fields.toJson();
    }
}
