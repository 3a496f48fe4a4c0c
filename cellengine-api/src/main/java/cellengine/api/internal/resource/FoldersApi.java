package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.model.Folder;
import cellengine.api.param.FolderCreate;
import cellengine.api.param.FolderUpdate;
import cellengine.api.param.ListOptions;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The folder routes of docs/wire.md#folders. */
public final class FoldersApi {

    private static final ApiPath FOLDERS = ApiPath.of("folders");

    private final ApiCaller caller;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     */
    public FoldersApi(ApiCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * {@return the folders matching the options}
     *
     * @param options query, fields, limit, skip, sort
     */
    public List<Folder> list(ListOptions options) {
        return caller.list("GET", FOLDERS, options.toQuery(), Folder.class);
    }

    /**
     * {@return one folder}
     *
     * @param id the folder id
     */
    public Folder get(String id) {
        return caller.object("GET", one(id), Map.of(), null, Folder.class);
    }

    /**
     * {@return the one non-deleted folder with this name}
     *
     * @param name the name
     */
    public Folder getByName(String name) {
        return ByName.find(caller, FOLDERS, "name", name, Folder.class, "folder");
    }

    /**
     * {@return the new folder}
     *
     * @param body name and path
     */
    public Folder create(FolderCreate body) {
        return caller.object("POST", FOLDERS, Map.of(), Objects.requireNonNull(body, "body"), Folder.class);
    }

    /**
     * {@return the folder after the update}
     *
     * @param id the folder id
     * @param update the changed keys
     */
    public Folder update(String id, FolderUpdate update) {
        ApiPath path = one(id);
        return caller.object("PATCH", path, Map.of(), Objects.requireNonNull(update, "update"), Folder.class);
    }

    /**
     * Soft-deletes a folder.
     *
     * @param id the folder id
     */
    public void delete(String id) {
        caller.discard("DELETE", one(id), Map.of());
    }

    private static ApiPath one(String id) {
        return FOLDERS.then(Ids.require(id, "folderId"));
    }
}
