package cellengine.api.internal.resource;

import cellengine.api.NotFoundException;
import cellengine.api.internal.cache.NameCache;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.BodySink;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.http.MultipartBody;
import cellengine.api.internal.http.Rql;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.model.Attachment;
import cellengine.api.spi.RequestBody;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The attachment routes of docs/wire.md#attachments. {@code GET …/attachments/{id}} returns the bytes, so metadata
 * by id comes from listing with {@code query=eq(_id,"<id>")}, as the Python client does.
 */
public final class AttachmentsApi {

    static final String KIND = "attachments";

    private final ApiCaller caller;
    private final NameCache cache;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     * @param cache the client's name cache
     */
    public AttachmentsApi(ApiCaller caller, NameCache cache) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * {@return the experiment's attachments}
     *
     * @param eid the experiment id
     */
    public List<Attachment> list(String eid) {
        return caller.list("GET", attachments(eid), Map.of(), Attachment.class);
    }

    /**
     * {@return one attachment's metadata}
     *
     * @param eid the experiment id
     * @param id the attachment id
     * @throws NotFoundException when the list holds no attachment with this id
     */
    public Attachment get(String eid, String id) {
        ApiPath path = attachments(eid);
        Ids.require(id, "attachmentId");
        ApiCaller.Answer answer = caller.exchange("GET", path, Map.of("query", "eq(_id," + Rql.quote(id) + ")"),
                null);
        List<Attachment> found;
        try {
            found = Json.readList(answer.body(), Attachment.class);
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
        for (Attachment a : found) {
            if (id.equalsIgnoreCase(a.id())) {
                return a;
            }
        }
        String text = "Attachment with ID " + id + " not found.";
        throw new NotFoundException(answer.method() + " " + answer.url() + " answered " + answer.status()
                + " without attachment " + id + " in experiment " + eid + " (request id " + answer.requestId() + ")",
                answer.method(), answer.url(), text, answer.requestId());
    }

    /**
     * {@return the one attachment with this file name; the id lookup is cached, and a cached id that no longer
     * names an attachment of that name is dropped and looked up again}
     *
     * @param eid the experiment id
     * @param filename the file name
     */
    public Attachment getByName(String eid, String filename) {
        ApiPath list = attachments(eid);
        Objects.requireNonNull(filename, "filename");
        AtomicReference<Attachment> fetched = new AtomicReference<>();
        String id = cache.resolve(KIND, eid, filename, () -> lookup(list, filename, fetched));
        if (fetched.get() != null) {
            return fetched.get();
        }
        try {
            Attachment current = get(eid, id);
            if (filename.equals(current.filename())) {
                return current;
            }
        } catch (NotFoundException gone) {
            // deleted elsewhere: look the name up again
        }
        cache.invalidate(KIND, eid, filename);
        id = cache.resolve(KIND, eid, filename, () -> lookup(list, filename, fetched));
        return fetched.get() != null ? fetched.get() : get(eid, id);
    }

    /**
     * Downloads an attachment's bytes into a sink.
     *
     * @param eid the experiment id
     * @param id the attachment id
     * @param sink where the bytes go
     * @param <T> the sink's result
     * @return the sink's result
     */
    public <T> T download(String eid, String id, BodySink<T> sink) {
        return caller.download("GET", one(eid, id), Map.of(), null, sink);
    }

    /**
     * {@return the uploaded attachment}
     *
     * @param eid the experiment id
     * @param filename the name sent with the part
     * @param content the bytes
     */
    public Attachment upload(String eid, String filename, RequestBody content) {
        return caller.object("POST", attachments(eid), Map.of(), new MultipartBody("data", filename, content),
                Attachment.class);
    }

    /**
     * {@return the renamed attachment}; cached names of it are dropped
     *
     * @param eid the experiment id
     * @param id the attachment id
     * @param filename the new name
     */
    public Attachment rename(String eid, String id, String filename) {
        ApiPath path = one(eid, id);
        Objects.requireNonNull(filename, "filename");
        try {
            return caller.object("PATCH", path, Map.of(), Map.of("filename", filename), Attachment.class);
        } finally {
            cache.invalidateId(id);
        }
    }

    /**
     * Deletes an attachment (permanently); cached names of it are dropped.
     *
     * @param eid the experiment id
     * @param id the attachment id
     */
    public void delete(String eid, String id) {
        ApiPath path = one(eid, id);
        try {
            caller.discard("DELETE", path, Map.of());
        } finally {
            cache.invalidateId(id);
        }
    }

    private String lookup(ApiPath list, String filename, AtomicReference<Attachment> fetched) {
        Attachment a = ByName.find(caller, list, "filename", filename, Attachment.class, "attachment");
        fetched.set(a);
        return a.id();
    }

    private static ApiPath attachments(String eid) {
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), "attachments");
    }

    private static ApiPath one(String eid, String id) {
        return attachments(eid).then(Ids.require(id, "attachmentId"));
    }
}
