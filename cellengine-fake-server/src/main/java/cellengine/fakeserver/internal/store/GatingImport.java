package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gates and populations across experiments: {@code importResources} (docs/semantics.md#import-resources) and the gates
 * of a deleted FCS file (docs/semantics.md#deleting-gates).
 *
 * <p>Import copies the source's <em>global</em> gates (file-specific members belong to the source's files) whose
 * channels all map through {@code channelMap} to a non-empty name (no {@code channelMap}: names stay), with
 * new ids and new gids (so importing twice does not clash) and the channels renamed; then every population whose
 * gids were all imported and whose whole parent chain is imported, with its expression rewritten to the new gids.
 * Under {@code dstPopulationId} the imported top-level populations become its children and every imported
 * expression is and-ed with the destination population's.
 */
public final class GatingImport {

    private final Gates gates;
    private final Populations populations;
    private final ObjectIds ids;

    public GatingImport(Gates gates, Populations populations, ObjectIds ids) {
        this.gates = gates;
        this.populations = populations;
        this.ids = ids;
    }

    /** What was imported. */
    record Imported(List<JsonObject> gates, List<JsonObject> populations) {
    }

    void deleteTailoredGates(String experimentId, String fileId) {
        gates.removeWhere(experimentId, g -> fileId.equals(Gates.fcsFileId(g)));
    }

    Imported importInto(String sourceId, String experimentId, JsonValue channelMap, String dstPopulationId,
            boolean withPopulations) {
        JsonObject dst = dstPopulationId == null ? null : populations.find(experimentId, dstPopulationId)
                .orElseThrow(() -> new ApiError.BadRequest("\"dstPopulationId\" names no population of experiment "
                        + experimentId + ": \"" + dstPopulationId + "\"."));
        Map<String, String> gidMap = new HashMap<>();
        List<JsonObject> copies = new ArrayList<>();
        for (JsonObject gate : gates.inExperiment(sourceId)) {
            if (Gates.fcsFileId(gate) != null) {
                continue;
            }
            String x = mapped(channelMap, gate.getString("xChannel"));
            JsonValue y = gate.get("yChannel");
            String yMapped = y instanceof JsonString ? mapped(channelMap, ((JsonString) y).getString()) : null;
            if (x == null || (y instanceof JsonString && yMapped == null)) {
                continue;
            }
            Map<String, String> local = new HashMap<>();
            local.put(gate.getString("gid"), ids.next());
            JsonObject model = gate.getJsonObject("model");
            JsonObjectBuilder newModel = Json.createObjectBuilder(model);
            if (model.containsKey("gids")) {
                JsonArrayBuilder sectors = Json.createArrayBuilder();
                for (JsonValue s : model.getJsonArray("gids")) {
                    String fresh = ids.next();
                    local.put(((JsonString) s).getString(), fresh);
                    sectors.add(fresh);
                }
                newModel.add("gids", sectors);
            }
            gidMap.putAll(local);
            copies.add(Json.createObjectBuilder(gate)
                    .add("_id", ids.next())
                    .add("experimentId", experimentId)
                    .add("gid", local.get(gate.getString("gid")))
                    .add("xChannel", x)
                    .add("yChannel", yMapped == null ? JsonValue.NULL : Json.createValue(yMapped))
                    .add("parentPopulationId", JsonValue.NULL)
                    .add("model", newModel)
                    .build());
        }
        gates.write(experimentId, copies, List.of());
        if (!withPopulations) {
            return new Imported(copies, List.of());
        }
        Map<String, JsonObject> source = new LinkedHashMap<>();
        populations.inExperiment(sourceId).forEach(p -> source.put(p.getString("_id"), p));
        Map<String, JsonObject> importable = new LinkedHashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JsonObject p : source.values()) {
                String id = p.getString("_id");
                String parent = Populations.parentId(p);
                if (importable.containsKey(id) || (parent != null && !importable.containsKey(parent))) {
                    continue;
                }
                String rewritten = rewrite(p.getString("gates"), gidMap);
                if (rewritten != null) {
                    importable.put(id, Json.createObjectBuilder(p)
                            .add("gates", dst == null ? rewritten : under(dst.getString("gates"), rewritten))
                            .add("terminalGateGid", terminal(p.get("terminalGateGid"), gidMap))
                            .build());
                    grew = true;
                }
            }
        }
        List<JsonObject> ordered = new ArrayList<>();
        source.keySet().forEach(id -> {
            if (importable.containsKey(id)) {
                ordered.add(importable.get(id));
            }
        });
        return new Imported(copies, populations.copyInto(ordered, experimentId, dstPopulationId));
    }

    private static String mapped(JsonValue channelMap, String channel) {
        if (!(channelMap instanceof JsonObject)) {
            return channel;
        }
        JsonValue to = channelMap.asJsonObject().get(channel);
        return to instanceof JsonString && !((JsonString) to).getString().isEmpty() ? ((JsonString) to).getString()
                : null;
    }

    private static JsonValue terminal(JsonValue gid, Map<String, String> gidMap) {
        if (gid instanceof JsonString && gidMap.containsKey(((JsonString) gid).getString())) {
            return Json.createValue(gidMap.get(((JsonString) gid).getString()));
        }
        return JsonValue.NULL;
    }

    /** {@return the expression with every gid replaced, or null when one of them was not imported} */
    private static String rewrite(String expression, Map<String, String> gidMap) {
        try (JsonReader reader = Json.createReader(new StringReader(expression))) {
            JsonValue out = rewrite(reader.readValue(), gidMap);
            return out == null ? null : out.toString();
        }
    }

    private static JsonValue rewrite(JsonValue node, Map<String, String> gidMap) {
        if (node instanceof JsonString) {
            String gid = gidMap.get(((JsonString) node).getString());
            return gid == null ? null : Json.createValue(gid);
        }
        JsonObject operator = node.asJsonObject();
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : operator.entrySet()) {
            JsonArrayBuilder operands = Json.createArrayBuilder();
            for (JsonValue operand : e.getValue().asJsonArray()) {
                JsonValue mapped = rewrite(operand, gidMap);
                if (mapped == null) {
                    return null;
                }
                operands.add(mapped);
            }
            out.add(e.getKey(), operands);
        }
        return out.build();
    }

    /** {@return {@code {"$and": [<parent operands>, <child operands>]}}, flattening plain {@code $and}s} */
    private static String under(String parent, String child) {
        JsonArrayBuilder operands = Json.createArrayBuilder();
        for (String expression : List.of(parent, child)) {
            JsonValue v = Json.createReader(new StringReader(expression)).readValue();
            JsonArray and = v instanceof JsonObject && v.asJsonObject().size() == 1
                    ? v.asJsonObject().getJsonArray("$and") : null;
            if (and != null) {
                and.forEach(operands::add);
            } else {
                operands.add(v);
            }
        }
        return Json.createObjectBuilder().add("$and", operands).build().toString();
    }
}
