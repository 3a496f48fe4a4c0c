package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.json.JsonFields;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.query.Booleans;
import cellengine.fakeserver.internal.query.ListOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gates and populations (docs/wire.md#gates, docs/wire.md#populations; docs/semantics.md#d8-tailoring,
 * docs/semantics.md#populations, docs/semantics.md#deleting-gates). Every call first checks the experiment as {@code
 * GET /experiments/{eid}} does; unknown gate or population ids are 404s.
 */
public final class GatingApi {

    private final Experiments experiments;
    private final Gates gates;
    private final Populations populations;
    private final FcsFiles fcsFiles;
    private final ObjectIds ids;

    public GatingApi(Experiments experiments, Gates gates, Populations populations, FcsFiles fcsFiles, ObjectIds ids) {
        this.experiments = experiments;
        this.gates = gates;
        this.populations = populations;
        this.fcsFiles = fcsFiles;
        this.ids = ids;
    }

    /** A response body with its status. */
    public record Created(int status, JsonValue body) {
    }

    private String experiment(Account caller, String eid) {
        return experiments.get(caller, eid).getString("_id");
    }

    // Gates

    public List<JsonObject> gates(Account caller, String eid, ListOptions options) {
        return options.apply(gates.inExperiment(experiment(caller, eid)));
    }

    public JsonObject gate(Account caller, String eid, String id) {
        return gates.get(experiment(caller, eid), id);
    }

    /**
     * POST /gates: one gate (optionally with its populations, docs/wire.md#auto-created-populations) or, for a JSON
     * array, many gates and no populations.
     */
    public Created createGates(Account caller, String eid, JsonValue body, Map<String, List<String>> query) {
        String experimentId = experiment(caller, eid);
        if (body.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = body.asJsonArray();
            List<JsonObject> created = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String at = "[" + i + "]";
                JsonObject item = FieldRules.OBJECT.check(at, array.get(i)).asJsonObject();
                created.add(prefixed(at, () -> newGate(experimentId, item, JsonValue.NULL)));
            }
            gates.write(experimentId, created, List.of());
            return new Created(201, Json.createArrayBuilder(created).build());
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiError.BadRequest("Request body must be a JSON object or an array of them, was "
                    + JsonBodies.describe(body) + ".");
        }
        JsonObject gateBody = body.asJsonObject();
        JsonObject parent = parent(experimentId, query, gateBody);
        boolean createPopulation = flag(query, "createPopulation", "create_population");
        JsonValue parentId = parent == null ? JsonValue.NULL : parent.get("_id");
        JsonObject gate = newGate(experimentId, gateBody, parentId);
        gates.write(experimentId, List.of(gate), List.of());
        if (!createPopulation) {
            return new Created(201, gate);
        }
        String parentGates = parent == null ? Expressions.UNGATED : parent.getString("gates");
        String parentPopulation = parent == null ? null : parent.getString("_id");
        JsonObjectBuilder out = Json.createObjectBuilder().add("gate", gate);
        if (GateType.of("type", gate.getString("type")).isCompound()) {
            JsonArray sectorGids = gate.getJsonObject("model").getJsonArray("gids");
            JsonArray names = gate.getJsonArray("names");
            JsonArrayBuilder created = Json.createArrayBuilder();
            for (int i = 0; i < sectorGids.size(); i++) {
                String sector = sectorGids.getString(i);
                created.add(populations.insert(experimentId, names.getString(i),
                        Expressions.childOf(parentGates, sector), parentPopulation, sector));
            }
            out.add("populations", created);
        } else {
            String gid = gate.getString("gid");
            out.add("population", populations.insert(experimentId, gate.getString("name"),
                    Expressions.childOf(parentGates, gid), parentPopulation, gid));
        }
        return new Created(201, out.build());
    }

    public JsonObject patchGate(Account caller, String eid, String id, JsonObject body) {
        String experimentId = experiment(caller, eid);
        JsonObject next = merged(experimentId, gates.get(experimentId, id), body);
        gates.write(experimentId, List.of(), List.of(next));
        return next;
    }

    public void deleteGate(Account caller, String eid, String id) {
        String experimentId = experiment(caller, eid);
        gates.get(experimentId, id);
        gates.removeWhere(experimentId, g -> g.getString("_id").equals(id));
    }

    /** PATCH /gates?gid=: the body's fields on every member of the family (docs/semantics.md#d8-tailoring). */
    public JsonObject patchFamily(Account caller, String eid, String gid, JsonObject body) {
        String experimentId = experiment(caller, eid);
        List<JsonObject> changed = new ArrayList<>();
        for (JsonObject member : gates.family(experimentId, gid)) {
            JsonObject next = merged(experimentId, member, body);
            if (!next.equals(member)) {
                changed.add(next);
            }
        }
        gates.write(experimentId, List.of(), changed);
        return Json.createObjectBuilder().add("nModified", changed.size()).build();
    }

    /**
     * DELETE /gates?gid=: the whole family, except the gate named by the deprecated {@code exclude}; populations
     * stay (docs/semantics.md#deleting-gates). A sector gid or an unknown gid deletes nothing.
     */
    public void deleteFamily(Account caller, String eid, String gid, String exclude) {
        String experimentId = experiment(caller, eid);
        gates.removeWhere(experimentId, g -> g.getString("gid").equals(gid) && !g.getString("_id").equals(exclude));
    }

    /** POST /gates/applyTailored?gid= (docs/semantics.md#d8-tailoring). */
    public JsonObject applyTailored(Account caller, String eid, String gid, JsonObject body) {
        String experimentId = experiment(caller, eid);
        JsonObject posted = JsonFields.object(body, "gate", "gate");
        String postedGid = JsonFields.optionalString(posted, "gid", "gate.gid");
        if (postedGid != null && !postedGid.equals(gid)) {
            throw new ApiError.BadRequest("\"gate.gid\" (" + postedGid + ") differs from the \"gid\" query parameter ("
                    + gid + ").");
        }
        JsonObject source = Json.createObjectBuilder(posted).add("gid", gid).build();
        JsonObject checked = prefixed("gate", () -> GateModel.normalize(source, "-", experimentId, JsonValue.NULL,
                ids::next));
        JsonArray fileIds = JsonFields.array(JsonFields.required(body, "fcsFileIds", "fcsFileIds"), "fcsFileIds");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < fileIds.size(); i++) {
            files.add(liveFile(experimentId, JsonFields.string(fileIds.get(i), "fcsFileIds[" + i + "]"),
                    "fcsFileIds[" + i + "]"));
        }
        boolean global = Gates.fcsFileId(checked) == null;
        JsonArrayBuilder inserted = Json.createArrayBuilder();
        JsonArrayBuilder updated = Json.createArrayBuilder();
        JsonArrayBuilder deleted = Json.createArrayBuilder();
        List<JsonObject> toInsert = new ArrayList<>();
        List<JsonObject> toReplace = new ArrayList<>();
        Set<String> toDelete = new HashSet<>();
        for (String file : files) {
            JsonObject member = memberFor(experimentId, gid, file);
            if (global) {
                if (member != null && toDelete.add(member.getString("_id"))) {
                    deleted.add(entry(member.getString("_id"), file));
                }
                continue;
            }
            JsonObject copy = Json.createObjectBuilder(source).add("fcsFileId", file).add("tailoredPerFile", true)
                    .add("model", checked.getJsonObject("model")).build();
            if (member == null) {
                JsonObject gate = GateModel.normalize(copy, ids.next(), experimentId, JsonValue.NULL, ids::next);
                toInsert.add(gate);
                inserted.add(entry(gate.getString("_id"), file));
            } else {
                toReplace.add(GateModel.normalize(copy, member.getString("_id"), experimentId,
                        member.get("parentPopulationId"), ids::next));
                updated.add(entry(member.getString("_id"), file));
            }
        }
        gates.write(experimentId, toInsert, toReplace);
        gates.removeWhere(experimentId, g -> toDelete.contains(g.getString("_id")));
        return Json.createObjectBuilder().add("inserted", inserted).add("updated", updated).add("deleted", deleted)
                .build();
    }

    /** POST /gates/reset: every gate and population of the experiment goes (docs/semantics.md#deleting-gates). */
    public JsonObject reset(Account caller, String eid) {
        String experimentId = experiment(caller, eid);
        int g = gates.removeWhere(experimentId, x -> true).size();
        int p = populations.inExperiment(experimentId).size();
        populations.deleteAll(experimentId);
        return Json.createObjectBuilder().add("deletedGates", g).add("deletedPopulations", p).build();
    }

    // Populations

    public List<JsonObject> populations(Account caller, String eid, ListOptions options) {
        return options.apply(populations.inExperiment(experiment(caller, eid)));
    }

    public JsonObject population(Account caller, String eid, String id) {
        return populations.get(experiment(caller, eid), id);
    }

    public JsonObject createPopulation(Account caller, String eid, JsonObject body) {
        return populations.create(experiment(caller, eid), body);
    }

    public JsonObject patchPopulation(Account caller, String eid, String id, JsonObject body) {
        return populations.patch(experiment(caller, eid), id, body);
    }

    /**
     * DELETE /populations/{id}: alone (children move to its parent), or with {@code deleteBranch} together with
     * its descendants and their gates (docs/semantics.md#deleting-populations). A compound gate goes only when no
     * remaining population ends in one of its sectors.
     */
    public void deletePopulation(Account caller, String eid, String id, boolean deleteBranch) {
        String experimentId = experiment(caller, eid);
        if (!deleteBranch) {
            populations.delete(experimentId, id);
            return;
        }
        Set<String> terminal = new HashSet<>();
        for (JsonObject p : populations.deleteBranch(experimentId, id)) {
            JsonValue t = p.get("terminalGateGid");
            if (t instanceof JsonString) {
                terminal.add(((JsonString) t).getString());
            }
        }
        Set<String> stillUsed = new HashSet<>();
        for (JsonObject p : populations.inExperiment(experimentId)) {
            JsonValue t = p.get("terminalGateGid");
            if (t instanceof JsonString) {
                stillUsed.add(((JsonString) t).getString());
            }
        }
        gates.removeWhere(experimentId, g -> {
            if (terminal.contains(g.getString("gid"))) {
                return true;
            }
            JsonArray sectors = g.getJsonObject("model").getJsonArray("gids");
            if (sectors == null) {
                return false;
            }
            boolean inBranch = false;
            for (JsonValue s : sectors) {
                String sector = ((JsonString) s).getString();
                if (stillUsed.contains(sector)) {
                    return false;
                }
                inBranch |= terminal.contains(sector);
            }
            return inBranch;
        });
    }

    // Helpers

    private JsonObject newGate(String experimentId, JsonObject body, JsonValue parentPopulationId) {
        JsonObject gate = GateModel.normalize(body, ids.next(), experimentId, parentPopulationId, ids::next);
        String file = Gates.fcsFileId(gate);
        if (file != null) {
            liveFile(experimentId, file, "fcsFileId");
        }
        return gate;
    }

    /** The stored gate with a partial body laid over it; {@code model} keys replace the stored model's keys. */
    private JsonObject merged(String experimentId, JsonObject current, JsonObject body) {
        JsonObjectBuilder out = Json.createObjectBuilder(current);
        for (Map.Entry<String, JsonValue> e : body.entrySet()) {
            switch (e.getKey()) {
                case "_id":
                case "experimentId":
                case "__v":
                    break;
                case "model":
                    FieldRules.OBJECT.check("model", e.getValue());
                    JsonObjectBuilder model = Json.createObjectBuilder(current.getJsonObject("model"));
                    e.getValue().asJsonObject().forEach(model::add);
                    out.add("model", model);
                    break;
                default:
                    out.add(e.getKey(), e.getValue());
            }
        }
        JsonObject next = GateModel.normalize(out.build(), current.getString("_id"), experimentId,
                current.get("parentPopulationId"), ids::next);
        String file = Gates.fcsFileId(next);
        if (file != null && !file.equals(Gates.fcsFileId(current))) {
            liveFile(experimentId, file, "fcsFileId");
        }
        return next;
    }

    private JsonObject memberFor(String experimentId, String gid, String file) {
        for (JsonObject g : gates.family(experimentId, gid)) {
            if (file.equals(Gates.fcsFileId(g))) {
                return g;
            }
        }
        return null;
    }

    private String liveFile(String experimentId, String id, String field) {
        JsonObject file = fcsFiles.inExperiment(experimentId).stream().filter(f -> f.getString("_id").equals(id))
                .findFirst().orElseThrow(() -> new ApiError.BadRequest('"' + field + "\" names no FCS file of "
                        + "experiment " + experimentId + ": \"" + id + "\"."));
        if (!file.isNull("deleted")) {
            throw new ApiError.BadRequest('"' + field + "\" names a deleted FCS file: \"" + id + "\".");
        }
        return id;
    }

    /**
     * The parent population: query {@code parentPopulationId}, the Python client's {@code parentPopulationid}
     * (docs/wire.md#quirk-parent-population-id) or, from older R versions, the body's {@code parentPopulationId};
     * absent, empty or {@code null} = Ungated.
     */
    private JsonObject parent(String experimentId, Map<String, List<String>> query, JsonObject body) {
        String id = first(query, "parentPopulationId");
        if (id == null) {
            id = first(query, "parentPopulationid");
        }
        if (id == null && body.get("parentPopulationId") instanceof JsonString) {
            id = body.getString("parentPopulationId");
        }
        if (id == null || id.isBlank() || id.equals("null")) {
            return null;
        }
        String parentId = id;
        return populations.find(experimentId, parentId).orElseThrow(() -> new ApiError.BadRequest(
                "\"parentPopulationId\" names no population of experiment " + experimentId + ": \"" + parentId
                        + "\"."));
    }

    private static boolean flag(Map<String, List<String>> query, String... names) {
        for (String name : names) {
            String value = first(query, name);
            if (value != null) {
                return Booleans.parse(name, value, false);
            }
        }
        return false;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static JsonObject entry(String id, String file) {
        return Json.createObjectBuilder().add("_id", id).add("fcsFileId", file).build();
    }

    /** Runs a check, prefixing a 400's message with where in the body the problem is. */
    private static JsonObject prefixed(String at, java.util.function.Supplier<JsonObject> check) {
        try {
            return check.get();
        } catch (ApiError.BadRequest e) {
            throw new ApiError.BadRequest("In " + at + ": " + e.getMessage());
        }
    }
}
