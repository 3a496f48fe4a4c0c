package cellengine.api.internal.resource;

import cellengine.api.NameLookupException;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.http.Rql;
import cellengine.api.internal.json.GateCodec;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.model.Gate;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.TailoringResult;
import cellengine.api.param.GateSpec;
import cellengine.api.param.ListOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gate routes of docs/wire.md#gates. Gate JSON goes through {@link GateCodec}; names in a
 * {@link GateSpec} (tailored file, parent population) are resolved through the cached id lookups, and compound
 * gates without labels get the defaults from the experiment's scale set (one request per call).
 */
public final class GatesApi {

    private final ApiCaller caller;
    private final FcsFilesApi files;
    private final PopulationsApi populations;
    private final ScaleSetsApi scaleSets;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     * @param files resolves tailored file names
     * @param populations resolves parent population names, and forgets cached names the gate calls change
     * @param scaleSets fetches the scale set for default compound labels
     */
    public GatesApi(ApiCaller caller, FcsFilesApi files, PopulationsApi populations, ScaleSetsApi scaleSets) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.files = Objects.requireNonNull(files, "files");
        this.populations = Objects.requireNonNull(populations, "populations");
        this.scaleSets = Objects.requireNonNull(scaleSets, "scaleSets");
    }

    /**
     * {@return the experiment's gates matching the options}
     *
     * @param eid the experiment id
     * @param options query, fields, limit, skip, sort
     */
    public List<Gate> list(String eid, ListOptions options) {
        ApiCaller.Answer answer = caller.exchange("GET", gates(eid), options.toQuery(), null);
        JsonValue value = parse(answer);
        if (!(value instanceof JsonArray)) {
            throw answer.unusable("expected a JSON array of gates, found " + Json.describe(value), null);
        }
        return gateList(answer, (JsonArray) value);
    }

    /**
     * {@return one gate}
     *
     * @param eid the experiment id
     * @param id the gate id
     */
    public Gate get(String eid, String id) {
        ApiCaller.Answer answer = caller.exchange("GET", one(eid, id), Map.of(), null);
        return gate(answer, parse(answer));
    }

    /**
     * {@return the one gate with this name} (R's {@code getGate(experimentId, byName(name))}): a list call with
     * {@code eq(name,"<name>")} and {@code limit=2}; compound gates, which name their sectors instead, never match
     *
     * @param eid the experiment id
     * @param name the gate's exact name
     * @throws NameLookupException when none or more than one match
     */
    public Gate getByName(String eid, String name) {
        Objects.requireNonNull(name, "name");
        return ByName.exactlyOne("gate", name,
                list(eid, ListOptions.builder().query(Rql.byName("name", name)).limit(2).build()));
    }

    /**
     * {@return the created gate and its populations}
     *
     * @param eid the experiment id
     * @param spec the gate and how to create it
     */
    public GateCreated create(String eid, GateSpec spec) {
        ApiPath path = gates(eid);
        GateSpec resolved = resolve(eid, List.of(Objects.requireNonNull(spec, "spec"))).get(0);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("createPopulation", resolved.createPopulation());
        query.put("parentPopulationId", resolved.parentPopulationId());
        JsonObject body = GateCodec.toJson(resolved.gate().withId(null).withExperimentId(eid));
        try {
            ApiCaller.Answer answer = caller.exchange("POST", path, query, body);
            JsonValue value = parse(answer);
            if (!(value instanceof JsonObject)) {
                throw answer.unusable("expected a gate object, found " + Json.describe(value), null);
            }
            JsonObject object = (JsonObject) value;
            if (!object.containsKey("gate")) {
                return new GateCreated(gate(answer, object), List.of());
            }
            Gate gate = gate(answer, object.get("gate"));
            List<Population> created = new ArrayList<>();
            try {
                if (object.get("population") instanceof JsonObject) {
                    created.add(Json.read(object.get("population"), Population.class));
                }
                if (object.get("populations") instanceof JsonArray) {
                    for (JsonValue p : object.getJsonArray("populations")) {
                        created.add(Json.read(p, Population.class));
                    }
                }
            } catch (MalformedJsonException e) {
                throw answer.unusable("a created population " + e.getMessage(), e);
            }
            return new GateCreated(gate, created);
        } finally {
            if (resolved.createPopulation()) {
                resolved.gate().displayNames().forEach(name -> populations.forgetName(eid, name));
            }
        }
    }

    /**
     * {@return the gates created in bulk: one POST with an array, no populations}
     *
     * @param eid the experiment id
     * @param specs the gates; parents are refused, since bulk creation makes no populations
     */
    public List<Gate> createMany(String eid, List<GateSpec> specs) {
        ApiPath path = gates(eid);
        Objects.requireNonNull(specs, "specs");
        for (int i = 0; i < specs.size(); i++) {
            GateSpec spec = Objects.requireNonNull(specs.get(i), "specs[" + i + "]");
            if (spec.parentPopulationId() != null || spec.parentPopulationName() != null) {
                throw new IllegalArgumentException("specs[" + i + "] names a parent population, but bulk creation "
                        + "makes no populations (docs/wire.md#gates); use postGate for it");
            }
        }
        List<Object> body = new ArrayList<>();
        for (GateSpec spec : resolve(eid, specs)) {
            body.add(GateCodec.toJson(spec.gate().withId(null).withExperimentId(eid)));
        }
        ApiCaller.Answer answer = caller.exchange("POST", path, Map.of(), body);
        JsonValue value = parse(answer);
        if (!(value instanceof JsonArray)) {
            throw answer.unusable("expected a JSON array of gates, found " + Json.describe(value), null);
        }
        return gateList(answer, (JsonArray) value);
    }

    /**
     * {@return the gate after a partial update}
     *
     * @param eid the experiment id
     * @param id the gate id
     * @param changes the keys to change (nested {@code model} objects replace the stored one's keys as the server
     *         decides); null values are sent as JSON null
     */
    public Gate update(String eid, String id, Map<String, ?> changes) {
        ApiPath path = one(eid, id);
        Objects.requireNonNull(changes, "changes");
        ApiCaller.Answer answer = caller.exchange("PATCH", path, Map.of(), changes);
        return gate(answer, parse(answer));
    }

    /**
     * Deletes one gate (one family member).
     *
     * @param eid the experiment id
     * @param id the gate id
     */
    public void delete(String eid, String id) {
        caller.discard("DELETE", one(eid, id), Map.of());
    }

    /**
     * Deletes a whole family.
     *
     * @param eid the experiment id
     * @param gid the family gid
     * @param exclude a gate id the server keeps (deprecated by the server), or {@code null}
     */
    public void deleteFamily(String eid, String gid, String exclude) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("gid", requireGid(gid));
        query.put("exclude", exclude == null ? null : Ids.require(exclude, "exclude"));
        caller.discard("DELETE", gates(eid), query);
    }

    /**
     * {@return {@code nModified}: how many family members the server changed}
     *
     * @param eid the experiment id
     * @param gid the family gid
     * @param changes the keys to set on every member
     */
    public int updateFamily(String eid, String gid, Map<String, ?> changes) {
        ApiPath path = gates(eid);
        Map<String, Object> query = Map.of("gid", requireGid(gid));
        Objects.requireNonNull(changes, "changes");
        ApiCaller.Answer answer = caller.exchange("PATCH", path, query, changes);
        JsonValue value = parse(answer);
        if (!(value instanceof JsonObject) || !(((JsonObject) value).get("nModified") instanceof jakarta.json.JsonNumber)) {
            throw answer.unusable("expected {\"nModified\": n}, found " + value, null);
        }
        return ((JsonObject) value).getJsonNumber("nModified").intValueExact();
    }

    /**
     * {@return the gates inserted, updated and deleted by applying a gate's geometry to files}
     *
     * @param eid the experiment id
     * @param gate the gate (a file-specific member copies its geometry, the global gate removes members)
     * @param fcsFileIds the files
     */
    public TailoringResult applyTailoring(String eid, Gate gate, List<String> fcsFileIds) {
        ApiPath path = gates(eid).then("applyTailored");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(fcsFileIds, "fcsFileIds");
        List<String> ids = new ArrayList<>();
        for (String id : fcsFileIds) {
            ids.add(Ids.require(id, "fcsFileIds"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gate", GateCodec.toJson(gate));
        body.put("fcsFileIds", ids);
        return caller.object("POST", path, Map.of("gid", requireGid(gate.gid())), body, TailoringResult.class);
    }

    /**
     * Deletes every gate and population of the experiment; cached population names are dropped.
     *
     * @param eid the experiment id
     */
    public void reset(String eid) {
        ApiPath path = gates(eid).then("reset");
        try {
            caller.exchange("POST", path, Map.of(), null);
        } finally {
            populations.forgetAll(eid);
        }
    }

    private List<GateSpec> resolve(String eid, List<GateSpec> specs) {
        ScaleSet scales = null;
        List<GateSpec> out = new ArrayList<>(specs.size());
        for (GateSpec spec : specs) {
            GateSpec.Builder resolved = spec.toBuilder();
            if (spec.needsLabels()) {
                if (scales == null) {
                    scales = scaleSets.get(eid);
                }
                resolved.labelsFrom(scales);
            }
            if (spec.fcsFileName() != null) {
                resolved.tailoredTo(files.idByName(eid, spec.fcsFileName()));
            }
            if (spec.parentPopulationName() != null) {
                resolved.parentPopulation(populations.idByName(eid, spec.parentPopulationName()));
            }
            out.add(resolved.build());
        }
        return out;
    }

    private static JsonValue parse(ApiCaller.Answer answer) {
        try {
            return Json.readValue(answer.body());
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
    }

    private static Gate gate(ApiCaller.Answer answer, JsonValue value) {
        if (!(value instanceof JsonObject)) {
            throw answer.unusable("expected a gate object, found " + Json.describe(value), null);
        }
        try {
            return GateCodec.fromJson((JsonObject) value);
        } catch (IllegalArgumentException e) {
            throw answer.unusable("the gate does not bind: " + e.getMessage(), e);
        }
    }

    private static List<Gate> gateList(ApiCaller.Answer answer, JsonArray array) {
        List<Gate> list = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            list.add(gate(answer, item));
        }
        return List.copyOf(list);
    }

    private static String requireGid(String gid) {
        Objects.requireNonNull(gid, "gid");
        if (!Ids.isId(gid)) {
            throw new IllegalArgumentException("gid must be a 24-character hex id, was '" + gid + "'");
        }
        return gid;
    }

    private static ApiPath gates(String eid) {
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), "gates");
    }

    private static ApiPath one(String eid, String id) {
        return gates(eid).then(Ids.require(id, "gateId"));
    }
}
