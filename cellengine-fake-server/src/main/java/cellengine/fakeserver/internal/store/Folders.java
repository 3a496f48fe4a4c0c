package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRule;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.json.Timestamps;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.Map;

/**
 * Folders (docs/wire.md#folder-fields): {@code creator} is the creator's id as a string, and the creator is the
 * first permission grantee. Soft deletion as for experiments (docs/semantics.md#deletion).
 */
public final class Folders extends OwnedDocuments {

    private static final String KIND = "folder";

    private static final Map<String, FieldRule> RULES = Map.of(
            "name", FieldRules.NON_EMPTY_STRING,
            "path", FieldRules.ID_ARRAY,
            "deleted", FieldRules.TIMESTAMP_OR_NULL,
            "permissions", FieldRules.PERMISSIONS);

    private static final Map<String, FieldRule> CREATE_RULES = Map.of(
            "name", FieldRules.NON_EMPTY_STRING,
            "path", FieldRules.ID_ARRAY);

    private final ObjectIds ids;
    private final Clock clock;

    public Folders(ObjectIds ids, Clock clock) {
        super(KIND, RULES);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public JsonObject create(Account caller, JsonObject body) {
        if (!body.containsKey("name")) {
            throw new ApiError.BadRequest("\"name\" is required.");
        }
        JsonObject fresh = Json.createObjectBuilder()
                .add("_id", ids.next())
                .add("name", JsonValue.NULL)
                .add("created", Timestamps.format(clock.instant()))
                .add("deleted", JsonValue.NULL)
                .add("creator", caller.id())
                .add("path", JsonValue.EMPTY_JSON_ARRAY)
                .add("permissions", Access.creatorOnly(caller))
                .add("__v", 0)
                .build();
        JsonObject created = FieldRules.apply(fresh, body, CREATE_RULES);
        store.insert(created);
        return created;
    }

    @Override
    public JsonObject patch(Account caller, String id, JsonObject body) {
        return update(id, current -> FieldRules.apply(Access.permitted(current, caller, KIND), body, RULES));
    }

    /** Soft-deletes. A folder deleted already stays as it is, like an experiment ({@link Experiments#delete}). */
    @Override
    public void delete(Account caller, String id) {
        update(id, current -> {
            if (!Access.permitted(current, caller, KIND).isNull("deleted")) {
                return current;
            }
            return Json.createObjectBuilder(current).add("deleted", Timestamps.format(clock.instant())).build();
        });
    }
}
