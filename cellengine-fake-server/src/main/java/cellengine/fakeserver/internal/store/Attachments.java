package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRule;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.json.Timestamps;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.upload.Checksums;
import cellengine.fakeserver.internal.upload.Filenames;
import cellengine.fakeserver.internal.upload.Multipart;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attachments (docs/wire.md#attachments, docs/wire.md#attachment-fields, docs/wire.md#attachment-download): stored
 * bytes with {@code filename}, {@code size}, {@code md5}, {@code crc32c} and {@code created}. GET by id answers the
 * bytes; deletion is permanent. Clones share the (immutable) byte arrays.
 */
public final class Attachments {

    private static final String KIND = "attachment";
    private static final Map<String, FieldRule> RULES = Map.of("filename", FieldRules.NON_EMPTY_STRING);

    private final DocumentStore store = new DocumentStore();
    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();
    private final ObjectIds ids;
    private final Clock clock;

    public Attachments(ObjectIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** Stores an upload in memory; a spooled one is read and its spool file removed. */
    JsonObject upload(String experimentId, Multipart.UploadedFile file) {
        try {
            if (file.filename().isBlank()) {
                throw new ApiError.BadRequest("The uploaded attachment has an empty filename.");
            }
            return insert(experimentId, Filenames.sanitize(file.filename(), "filename"), file.bytes());
        } finally {
            file.content().delete();
        }
    }

    private JsonObject insert(String experimentId, String filename, byte[] bytes) {
        String id = ids.next();
        JsonObject document = Json.createObjectBuilder()
                .add("_id", id)
                .add("experimentId", experimentId)
                .add("filename", filename)
                .add("size", bytes.length)
                .add("md5", Checksums.md5(bytes))
                .add("crc32c", Checksums.crc32c(bytes))
                .add("created", Timestamps.format(clock.instant()))
                .add("__v", 0)
                .build();
        contents.put(id, bytes);
        store.insert(document);
        return document;
    }

    List<JsonObject> list(String experimentId, ListOptions options) {
        return options.apply(inExperiment(experimentId));
    }

    byte[] content(String experimentId, String id) {
        get(experimentId, id);
        byte[] bytes = contents.get(id);
        if (bytes == null) {
            throw Access.notFound(KIND, id);
        }
        return bytes;
    }

    JsonObject get(String experimentId, String id) {
        return store.inExperiment(experimentId, id)
                .orElseThrow(() -> Access.notFound(KIND, id));
    }

    JsonObject patch(String experimentId, String id, JsonObject body) {
        get(experimentId, id);
        return store.update(id, current -> FieldRules.apply(current, body, RULES))
                .orElseThrow(() -> Access.notFound(KIND, id));
    }

    void delete(String experimentId, String id) {
        get(experimentId, id);
        store.remove(id);
        contents.remove(id);
    }

    /** Copies every attachment of one experiment into another (new ids, shared bytes). */
    void copyAll(String fromExperimentId, String toExperimentId) {
        for (JsonObject source : inExperiment(fromExperimentId)) {
            String id = ids.next();
            byte[] bytes = contents.get(source.getString("_id"));
            if (bytes != null) {
                contents.put(id, bytes);
                store.insert(Json.createObjectBuilder(source).add("_id", id).add("experimentId", toExperimentId)
                        .build());
            }
        }
    }

    void clear() {
        store.clear();
        contents.clear();
    }

    private List<JsonObject> inExperiment(String experimentId) {
        return store.inExperiment(experimentId);
    }
}
