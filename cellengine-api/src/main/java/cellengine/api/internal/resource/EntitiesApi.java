package cellengine.api.internal.resource;

import cellengine.api.internal.cache.NameCache;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The generic experiment-entity routes the Python client uses for updates and deletes
 * ({@code update_entity}, {@code delete_entity}): {@code /experiments/{eid}/{entityPath}/{id}}.
 */
public final class EntitiesApi {

    private static final Pattern ENTITY_PATH = Pattern.compile("[A-Za-z]+");

    private final ApiCaller caller;
    private final NameCache cache;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     * @param cache the client's name cache
     */
    public EntitiesApi(ApiCaller caller, NameCache cache) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * {@return the server's answer to a PATCH}; cached names of the entity are dropped
     *
     * @param eid the experiment id
     * @param entityPath the collection, such as {@code gates} or {@code fcsfiles}
     * @param id the entity id
     * @param body the keys to change; null values are sent as JSON null
     */
    public JsonValue update(String eid, String entityPath, String id, Map<String, ?> body) {
        ApiPath path = one(eid, entityPath, id);
        Objects.requireNonNull(body, "body");
        try {
            return caller.value("PATCH", path, Map.of(), body);
        } finally {
            cache.invalidateId(id);
        }
    }

    /**
     * Sends a DELETE; cached names of the entity are dropped.
     *
     * @param eid the experiment id
     * @param entityPath the collection
     * @param id the entity id
     */
    public void delete(String eid, String entityPath, String id) {
        ApiPath path = one(eid, entityPath, id);
        try {
            caller.discard("DELETE", path, Map.of());
        } finally {
            cache.invalidateId(id);
        }
    }

    private static ApiPath one(String eid, String entityPath, String id) {
        Objects.requireNonNull(entityPath, "entityPath");
        if (!ENTITY_PATH.matcher(entityPath).matches()) {
            throw new IllegalArgumentException("entityPath must be one collection name such as \"gates\", "
                    + "\"populations\", \"compensations\", \"fcsfiles\" or \"attachments\", was '" + entityPath + "'");
        }
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), entityPath, Ids.require(id, "id"));
    }
}
