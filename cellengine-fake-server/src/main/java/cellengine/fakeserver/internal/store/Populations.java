package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonFields;
import cellengine.fakeserver.internal.json.ObjectIds;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored populations of every experiment (docs/wire.md#population-fields): {@code _id, experimentId, name, gates
 * (a JSON string), parentId, terminalGateGid, uniqueName, __v}. {@code gates} must parse as an expression
 * (docs/semantics.md#expression-grammar) and is stored as sent; {@code parentId} must name a population of the same
 * experiment, never the population itself or one of its descendants. Every write recomputes the experiment's
 * {@code uniqueName}s ({@link UniqueNames}) under the same lock.
 */
public final class Populations {

    static final String KIND = "population";

    private final DocumentStore store = new DocumentStore();
    private final ObjectIds ids;

    public Populations(ObjectIds ids) {
        this.ids = ids;
    }

    public List<JsonObject> inExperiment(String experimentId) {
        return store.inExperiment(experimentId);
    }

    JsonObject get(String experimentId, String id) {
        return find(experimentId, id).orElseThrow(() -> Access.notFound(KIND, id));
    }

    Optional<JsonObject> find(String experimentId, String id) {
        return store.inExperiment(experimentId, id);
    }

    /** Creates a population from a client body (docs/wire.md#populations). */
    synchronized JsonObject create(String experimentId, JsonObject body) {
        JsonObject document = Json.createObjectBuilder()
                .add("_id", ids.next())
                .add("experimentId", experimentId)
                .add("name", JsonFields.nonEmptyString(body, "name", "name"))
                .add("gates", gates(body))
                .add("parentId", parent(experimentId, null, body.getOrDefault("parentId", JsonValue.NULL)))
                .add("terminalGateGid", terminalGateGid(body.getOrDefault("terminalGateGid", JsonValue.NULL)))
                .add("uniqueName", "")
                .add("__v", 0)
                .build();
        store.insert(document);
        return refresh(experimentId, document.getString("_id"));
    }

    /** Stores a population the server built (auto-created, imported or cloned), with a new id. */
    synchronized JsonObject insert(String experimentId, String name, String gates, String parentId,
            String terminalGateGid) {
        String id = ids.next();
        store.insert(Json.createObjectBuilder()
                .add("_id", id)
                .add("experimentId", experimentId)
                .add("name", name)
                .add("gates", gates)
                .add("parentId", parentId == null ? JsonValue.NULL : Json.createValue(parentId))
                .add("terminalGateGid", terminalGateGid == null ? JsonValue.NULL : Json.createValue(terminalGateGid))
                .add("uniqueName", "")
                .add("__v", 0)
                .build());
        return refresh(experimentId, id);
    }

    /**
     * Copies populations into another experiment with new ids, keeping their expressions (gids are kept by
     * clones and imports) and remapping {@code parentId}s among the copies; a parent outside the copied set
     * becomes {@code rootParentId}.
     *
     * @return the copies, in the order given
     */
    synchronized List<JsonObject> copyInto(List<JsonObject> sources, String experimentId, String rootParentId) {
        Map<String, String> newIds = new java.util.LinkedHashMap<>();
        sources.forEach(p -> newIds.put(p.getString("_id"), ids.next()));
        List<String> created = new ArrayList<>();
        for (JsonObject p : sources) {
            String parent = parentId(p) == null ? rootParentId : newIds.getOrDefault(parentId(p), rootParentId);
            String id = newIds.get(p.getString("_id"));
            store.insert(Json.createObjectBuilder(p)
                    .add("_id", id)
                    .add("experimentId", experimentId)
                    .add("parentId", parent == null ? JsonValue.NULL : Json.createValue(parent))
                    .add("__v", 0)
                    .build());
            created.add(id);
        }
        refresh(experimentId, null);
        List<JsonObject> out = new ArrayList<>();
        created.forEach(id -> out.add(store.get(id).orElseThrow()));
        return out;
    }

    synchronized JsonObject patch(String experimentId, String id, JsonObject body) {
        JsonObject current = get(experimentId, id);
        JsonObjectBuilder out = Json.createObjectBuilder(current);
        if (body.containsKey("name")) {
            out.add("name", JsonFields.nonEmptyString(body, "name", "name"));
        }
        if (body.containsKey("gates")) {
            out.add("gates", gates(body));
        }
        if (body.containsKey("parentId")) {
            out.add("parentId", parent(experimentId, id, body.get("parentId")));
        }
        if (body.containsKey("terminalGateGid")) {
            out.add("terminalGateGid", terminalGateGid(body.get("terminalGateGid")));
        }
        JsonObject next = out.build();
        store.update(id, d -> next);
        return refresh(experimentId, id);
    }

    /**
     * Deletes one population; its children move up to its parent (docs/semantics.md#deleting-populations, suggested
     * rule).
     */
    synchronized void delete(String experimentId, String id) {
        JsonObject deleted = get(experimentId, id);
        store.remove(id);
        for (JsonObject child : children(experimentId, id)) {
            store.update(child.getString("_id"),
                    c -> Json.createObjectBuilder(c).add("parentId", deleted.get("parentId")).build());
        }
        refresh(experimentId, null);
    }

    /** {@return the population and all its descendants, removed} */
    synchronized List<JsonObject> deleteBranch(String experimentId, String id) {
        List<JsonObject> branch = new ArrayList<>();
        branch.add(get(experimentId, id));
        for (int i = 0; i < branch.size(); i++) {
            branch.addAll(children(experimentId, branch.get(i).getString("_id")));
        }
        branch.forEach(p -> store.remove(p.getString("_id")));
        refresh(experimentId, null);
        return branch;
    }

    synchronized void deleteAll(String experimentId) {
        inExperiment(experimentId).forEach(p -> store.remove(p.getString("_id")));
    }

    void clear() {
        store.clear();
    }

    public static String parentId(JsonObject population) {
        JsonValue parent = population.get("parentId");
        return parent instanceof JsonString ? ((JsonString) parent).getString() : null;
    }

    private List<JsonObject> children(String experimentId, String id) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject p : inExperiment(experimentId)) {
            if (id.equals(parentId(p))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Recomputes every unique name of the experiment; {@return the population {@code id}, or null} */
    private JsonObject refresh(String experimentId, String id) {
        Map<String, String> unique = UniqueNames.of(inExperiment(experimentId));
        unique.forEach((pid, name) -> store.update(pid, p -> name.equals(p.getString("uniqueName")) ? p
                : Json.createObjectBuilder(p).add("uniqueName", name).build()));
        return id == null ? null : store.get(id).orElseThrow();
    }

    private static JsonValue gates(JsonObject body) {
        JsonValue gates = JsonFields.required(body, "gates", "gates");
        if (gates instanceof JsonString) {
            Expressions.parse(((JsonString) gates).getString(), "gates");
            return gates;
        }
        throw FieldRules.wrongType("gates", "a JSON string holding a population expression, such as "
                + "\"{\\\"$and\\\":[\\\"<gid>\\\"]}\"", gates);
    }

    private JsonValue parent(String experimentId, String self, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        String parentId = JsonFields.string(value, "parentId");
        if (find(experimentId, parentId).isEmpty()) {
            throw new ApiError.BadRequest("\"parentId\" names no population of experiment " + experimentId + ": \""
                    + parentId + "\".");
        }
        Set<String> seen = new HashSet<>();
        for (String p = parentId; p != null && seen.add(p); p = find(experimentId, p).map(Populations::parentId)
                .orElse(null)) {
            if (p.equals(self)) {
                throw new ApiError.BadRequest("\"parentId\" cannot be the population itself or one of its "
                        + "descendants: \"" + parentId + "\".");
            }
        }
        return value;
    }

    private static JsonValue terminalGateGid(JsonValue value) {
        return FieldRules.NULLABLE_STRING.check("terminalGateGid", value);
    }
}
