package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.util.List;

/**
 * A folder of experiments, with every field of docs/wire.md#folder-fields.
 *
 * <p>Bound with JSON-B: unknown fields are ignored, missing ones are {@code null} (lists: empty). Edit with the
 * {@code withX} methods and send the difference with {@link cellengine.api.param.FolderUpdate#diff(Folder, Folder)}.
 *
 * @param id the folder's {@code _id}
 * @param name the name; not unique
 * @param created when it was created
 * @param deleted when it was soft-deleted, or {@code null}
 * @param creator the creator's user id (a string, unlike {@code Experiment.uploader})
 * @param path the ids of its parent folders; empty at the root
 * @param permissions access grants; the creator first
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record Folder(
        @JsonbProperty("_id") String id,
        @JsonbProperty("name") String name,
        @JsonbProperty("created") Instant created,
        @JsonbProperty("deleted") Instant deleted,
        @JsonbProperty("creator") String creator,
        @JsonbProperty("path") List<String> path,
        @JsonbProperty("permissions") List<Permission> permissions,
        @JsonbProperty("__v") Integer version) {

    /**
     * Creates the record; absent lists and objects become empty ones.
     *
     * @param id the folder's {@code _id}
     * @param name the name; not unique
     * @param created when it was created
     * @param deleted when it was soft-deleted, or {@code null}
     * @param creator the creator's user id (a string, unlike {@code Experiment.uploader})
     * @param path the ids of its parent folders; empty at the root
     * @param permissions access grants; the creator first
     * @param version the storage version key {@code __v}, or {@code null}
     */
    public Folder {
        path = Values.list(path);
        permissions = Values.list(permissions);
    }

    /**
     * {@return a copy with another {@code name}}
     *
     * @param value the new value
     */
    public Folder withName(String value) {
        return new Folder(id, value, created, deleted, creator, path, permissions, version);
    }

    /**
     * {@return a copy with another {@code deleted}}
     *
     * @param value the new value
     */
    public Folder withDeleted(Instant value) {
        return new Folder(id, name, created, value, creator, path, permissions, version);
    }

    /**
     * {@return a copy with another {@code path}}
     *
     * @param value the new value
     */
    public Folder withPath(List<String> value) {
        return new Folder(id, name, created, deleted, creator, value, permissions, version);
    }
}
