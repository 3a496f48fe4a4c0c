package cellengine.api.internal.resource;

import cellengine.api.NotFoundException;
import cellengine.api.internal.cache.NameCache;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.BodySink;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.http.MultipartBody;
import cellengine.api.model.FcsFile;
import cellengine.api.param.EventExport;
import cellengine.api.param.FcsFileCreate;
import cellengine.api.param.FcsFileUpdate;
import cellengine.api.param.ListOptions;
import cellengine.api.spi.RequestBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The FCS file routes of docs/wire.md#fcs-files and the event export of docs/wire.md#event-export. */
public final class FcsFilesApi {

    static final String KIND = "fcsfiles";

    private final ApiCaller caller;
    private final NameCache cache;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     * @param cache the client's name cache
     */
    public FcsFilesApi(ApiCaller caller, NameCache cache) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * {@return the experiment's files matching the options}
     *
     * @param eid the experiment id
     * @param options query, fields, limit, skip, sort
     * @param includeControls {@code includeControls} to send, or {@code null} to leave it out
     */
    public List<FcsFile> list(String eid, ListOptions options, Boolean includeControls) {
        Map<String, Object> query = new LinkedHashMap<>(options.toQuery());
        if (includeControls != null) {
            query.put("includeControls", includeControls);
        }
        return caller.list("GET", files(eid), query, FcsFile.class);
    }

    /**
     * {@return one file, {@code header} and {@code spillString} included}
     *
     * @param eid the experiment id
     * @param fid the file id
     */
    public FcsFile get(String eid, String fid) {
        return caller.object("GET", one(eid, fid), Map.of(), null, FcsFile.class);
    }

    /**
     * {@return the one non-deleted file with this name: an id lookup (cached) and a GET by id; a cached id that
     * no longer names a live file of that name is dropped and looked up again}
     *
     * @param eid the experiment id
     * @param filename the file name
     */
    public FcsFile getByName(String eid, String filename) {
        ApiPath list = files(eid);
        Objects.requireNonNull(filename, "filename");
        Optional<String> cached = cache.peek(KIND, eid, filename);
        String id = cache.resolve(KIND, eid, filename,
                () -> ByName.find(caller, list, "filename", filename, FcsFile.class, "FCS file").id());
        if (cached.isPresent()) {
            FcsFile current = getIfPresent(eid, id);
            if (current != null && filename.equals(current.filename()) && current.deleted() == null) {
                return current;
            }
            cache.invalidate(KIND, eid, filename);
            id = cache.resolve(KIND, eid, filename,
                    () -> ByName.find(caller, list, "filename", filename, FcsFile.class, "FCS file").id());
        }
        return get(eid, id);
    }

    /**
     * {@return the id of the one non-deleted file with this name, from the cache or an id lookup (as the Python
     * client resolves {@code fcs_file=<name>} for gates)}
     *
     * @param eid the experiment id
     * @param filename the file name
     */
    public String idByName(String eid, String filename) {
        ApiPath list = files(eid);
        Objects.requireNonNull(filename, "filename");
        return cache.resolve(KIND, eid, filename,
                () -> ByName.find(caller, list, "filename", filename, FcsFile.class, "FCS file").id());
    }

    /**
     * {@return the uploaded file}
     *
     * @param eid the experiment id
     * @param filename the name sent with the part
     * @param content the file's bytes
     */
    public FcsFile upload(String eid, String filename, RequestBody content) {
        return caller.object("POST", files(eid), Map.of(), new MultipartBody("data", filename, content),
                FcsFile.class);
    }

    /**
     * {@return the file made by copying, concatenating, subsampling or importing}
     *
     * @param eid the experiment id
     * @param body the sources and options
     */
    public FcsFile create(String eid, FcsFileCreate body) {
        return caller.object("POST", files(eid), Map.of(), Objects.requireNonNull(body, "body"), FcsFile.class);
    }

    /**
     * {@return the file after the update}; cached names of the file are dropped
     *
     * @param eid the experiment id
     * @param fid the file id
     * @param update the changed keys
     */
    public FcsFile update(String eid, String fid, FcsFileUpdate update) {
        ApiPath path = one(eid, fid);
        Objects.requireNonNull(update, "update");
        try {
            return caller.object("PATCH", path, Map.of(), update, FcsFile.class);
        } finally {
            cache.invalidateId(fid);
        }
    }

    /**
     * Soft-deletes a file; cached names of the file are dropped.
     *
     * @param eid the experiment id
     * @param fid the file id
     */
    public void delete(String eid, String fid) {
        ApiPath path = one(eid, fid);
        try {
            caller.discard("DELETE", path, Map.of());
        } finally {
            cache.invalidateId(fid);
        }
    }

    /**
     * Exports the file's events into a sink.
     *
     * @param eid the experiment id
     * @param fid the file id
     * @param options the export options
     * @param sink where the bytes go
     * @param <T> the sink's result
     * @return the sink's result
     */
    public <T> T export(String eid, String fid, EventExport options, BodySink<T> sink) {
        Objects.requireNonNull(options, "options");
        Map<String, String> query = options.toQuery();
        ApiPath path = files(eid).then(Ids.require(fid, "fcsFileId") + "." + options.format().extension());
        return caller.download("GET", path, query, null, sink);
    }

    /**
     * Exports events of several files and populations as one ZIP into a sink.
     *
     * @param eid the experiment id
     * @param body the export request
     * @param sink where the bytes go
     * @param <T> the sink's result
     * @return the sink's result
     */
    public <T> T exportZip(String eid, cellengine.api.param.ZipExport body, BodySink<T> sink) {
        Objects.requireNonNull(body, "request");
        return caller.download("POST", files(eid).then("zip"), Map.of(), body, sink);
    }

    private FcsFile getIfPresent(String eid, String fid) {
        try {
            return get(eid, fid);
        } catch (NotFoundException gone) {
            return null;
        }
    }

    static ApiPath files(String eid) {
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), "fcsfiles");
    }

    private static ApiPath one(String eid, String fid) {
        return files(eid).then(Ids.require(fid, "fcsFileId"));
    }
}
