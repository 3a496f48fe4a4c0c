package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRule;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.json.Timestamps;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Experiments: their stored shape (every field of docs/wire.md#experiment-fields, {@code null} where there is no
 * value), creation defaults, PATCH validation, soft deletion, clone and revisions (docs/semantics.md#lifecycle).
 */
public final class Experiments extends OwnedDocuments {

    private static final String KIND = "experiment";

    private final ObjectIds ids;
    private final Clock clock;
    private final ExperimentListener listener;

    public Experiments(ObjectIds ids, Clock clock, Accounts accounts, ExperimentListener listener) {
        super(KIND, rules(accounts));
        this.ids = ids;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public JsonObject create(Account caller, JsonObject body) {
        String now = now();
        JsonObject user = caller.toJson();
        JsonObject fresh = Json.createObjectBuilder()
                .add("_id", ids.next())
                .add("name", "Untitled Experiment")
                .add("comments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("insert", "\n")))
                .add("created", now)
                .add("updated", now)
                .add("deepUpdated", now)
                .add("deleted", JsonValue.NULL)
                .add("uploader", user)
                .add("primaryResearcher", user)
                .add("path", JsonValue.EMPTY_JSON_ARRAY)
                .add("data", JsonValue.EMPTY_JSON_OBJECT)
                .add("dataOrder", JsonValue.EMPTY_JSON_ARRAY)
                .add("activeCompensation", 0)
                .add("locked", false)
                .add("public", false)
                .add("retentionPolicy", Json.createObjectBuilder().add("history", JsonValue.EMPTY_JSON_ARRAY))
                .add("cloneSourceExperiment", JsonValue.NULL)
                .add("revisionSourceExperiment", JsonValue.NULL)
                .add("analysisSourceExperiment", JsonValue.NULL)
                .add("analysisTask", JsonValue.NULL)
                .add("revisions", JsonValue.EMPTY_JSON_ARRAY)
                .add("perFileCompensationsEnabled", false)
                .add("tags", JsonValue.EMPTY_JSON_ARRAY)
                .add("sortingSpec", JsonValue.EMPTY_JSON_OBJECT)
                .add("colorSpec", JsonValue.EMPTY_JSON_ARRAY)
                .add("savedStatisticsExports", JsonValue.EMPTY_JSON_ARRAY)
                .add("palettes", JsonValue.EMPTY_JSON_OBJECT)
                .add("permissions", Access.creatorOnly(caller))
                .add("annotationNameOrder", JsonValue.EMPTY_JSON_ARRAY)
                .add("annotationValidators", JsonValue.EMPTY_JSON_OBJECT)
                .add("annotationTableSortColumns", JsonValue.EMPTY_JSON_ARRAY)
                .add("__v", 0)
                .build();
        JsonObject created = FieldRules.apply(fresh, body, createRules());
        store.insert(created);
        listener.created(created.getString("_id"));
        return created;
    }

    /** Applies a PATCH; works on soft-deleted experiments too, so {@code {"deleted": null}} can restore them. */
    @Override
    public JsonObject patch(Account caller, String id, JsonObject body) {
        return update(id, current -> {
            Access.permitted(current, caller, KIND);
            return touch(FieldRules.apply(current, body, rules), false);
        });
    }

    /**
     * Soft-deletes. An experiment deleted already stays as it is, with its {@code deleted} time, and the DELETE
     * succeeds: clients DELETE what they soft-deleted with PATCH (the official Python toolkit's tests do).
     */
    @Override
    public void delete(Account caller, String id) {
        update(id, current -> {
            if (!Access.permitted(current, caller, KIND).isNull("deleted")) {
                return current;
            }
            String now = now();
            return Json.createObjectBuilder(current).add("deleted", now).add("updated", now).build();
        });
    }

    public JsonObject cloneOf(Account caller, String id, JsonObject body) {
        JsonObject source = get(caller, id);
        JsonObject options = FieldRules.apply(JsonValue.EMPTY_JSON_OBJECT, body,
                Map.of("name", FieldRules.NON_EMPTY_STRING, "path", FieldRules.ID_ARRAY));
        String now = now();
        JsonObject clone = Json.createObjectBuilder(source)
                .add("_id", ids.next())
                .add("name", options.containsKey("name") ? options.get("name")
                        : Json.createValue(source.getString("name") + "-1"))
                .add("path", options.getOrDefault("path", source.get("path")))
                .add("created", now)
                .add("updated", now)
                .add("deepUpdated", now)
                .add("deleted", JsonValue.NULL)
                .add("uploader", caller.toJson())
                .add("locked", false)
                .add("cloneSourceExperiment", id)
                .add("permissions", Access.creatorOnly(caller))
                .add("__v", 0)
                .build();
        clone = listener.cloned(id, clone);
        store.insert(clone);
        return clone;
    }

    public JsonObject saveRevision(Account caller, String id, JsonObject body) {
        JsonValue description = body.get("description");
        if (description == null) {
            throw new ApiError.BadRequest("\"description\" is required.");
        }
        FieldRules.STRING.check("description", description);
        return update(id, current -> {
            Access.live(Access.permitted(current, caller, KIND), KIND);
            JsonObject revision = Json.createObjectBuilder()
                    .add("_id", ids.next())
                    .add("description", description)
                    .add("created", now())
                    .add("creator", caller.id())
                    .build();
            JsonObject appended = Json.createObjectBuilder(current)
                    .add("revisions", Json.createArrayBuilder(current.getJsonArray("revisions")).add(revision))
                    .build();
            return touch(appended, true);
        });
    }

    private JsonObject touch(JsonObject document, boolean deep) {
        String now = now();
        JsonObjectBuilder out = Json.createObjectBuilder(document).add("updated", now);
        if (deep) {
            out.add("deepUpdated", now);
        }
        return out.build();
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    /** Creation takes the fields a client may set, except those the server owns on a new experiment. */
    private Map<String, FieldRule> createRules() {
        Map<String, FieldRule> create = new LinkedHashMap<>(rules);
        create.keySet().removeAll(List.of("deleted", "permissions", "revisions"));
        return create;
    }

    private static Map<String, FieldRule> rules(Accounts accounts) {
        FieldRule user = userReference(accounts);
        Map<String, FieldRule> r = new LinkedHashMap<>();
        r.put("name", FieldRules.NON_EMPTY_STRING);
        r.put("comments", Experiments::comments);
        r.put("deleted", FieldRules.TIMESTAMP_OR_NULL);
        r.put("uploader", user);
        r.put("primaryResearcher", user);
        r.put("path", FieldRules.ID_ARRAY);
        r.put("data", FieldRules.OBJECT);
        r.put("dataOrder", FieldRules.STRING_ARRAY);
        r.put("activeCompensation", FieldRules.numberOrId("0, -1, -2 or a compensation _id", 0, -1, -2));
        r.put("locked", FieldRules.BOOLEAN);
        r.put("public", FieldRules.BOOLEAN);
        r.put("retentionPolicy", FieldRules.OBJECT);
        r.put("revisions", FieldRules.OBJECT_ARRAY);
        r.put("perFileCompensationsEnabled", FieldRules.BOOLEAN);
        r.put("tags", FieldRules.STRING_ARRAY);
        r.put("sortingSpec", FieldRules.OBJECT);
        r.put("colorSpec", FieldRules.ARRAY);
        r.put("savedStatisticsExports", FieldRules.OBJECT_ARRAY);
        r.put("palettes", FieldRules.OBJECT);
        r.put("permissions", FieldRules.PERMISSIONS);
        r.put("annotationNameOrder", FieldRules.ARRAY);
        r.put("annotationValidators", FieldRules.OBJECT);
        r.put("annotationTableSortColumns", FieldRules.ARRAY);
        r.put("annotationSources", FieldRules.ANY);
        r.put("annotationTableColumnWidths", FieldRules.ANY);
        r.put("annotationTableColumnWraps", FieldRules.ANY);
        r.put("analysisTask", FieldRules.NULLABLE_STRING);
        return Map.copyOf(r);
    }

    /**
     * Quill-delta ops, or a plain string (the Python client's {@code create(comments=...)},
     * docs/wire.md#quirk-comments), stored as a single insert op.
     */
    private static JsonValue comments(String field, JsonValue value) {
        if (value instanceof JsonString) {
            return Json.createArrayBuilder().add(Json.createObjectBuilder().add("insert", value)).build();
        }
        return FieldRules.arrayOf((name, op) -> {
            FieldRules.OBJECT.check(name, op);
            if (!op.asJsonObject().containsKey("insert")) {
                throw new ApiError.BadRequest('"' + name + ".insert\" is required.");
            }
            return op;
        }).check(field, value);
    }

    /** A user {@code _id} string (what PATCH sends) or a user object with {@code _id}; stored as the full user object. */
    private static FieldRule userReference(Accounts accounts) {
        return (field, value) -> {
            JsonValue id = value;
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                id = value.asJsonObject().getOrDefault("_id", JsonValue.NULL);
            }
            if (!(id instanceof JsonString)) {
                throw new ApiError.BadRequest('"' + field + "\" must be a user _id string or a user object with "
                        + "an _id, was " + JsonBodies.describe(value) + ".");
            }
            String userId = ((JsonString) id).getString();
            return accounts.byId(userId).map(Account::toJson).orElseThrow(() -> new ApiError.BadRequest(
                    '"' + field + "\" names no known user: \"" + userId + "\"."));
        };
    }
}
