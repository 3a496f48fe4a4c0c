package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonFields;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /experiments/{eid}/importResources} (docs/wire.md#experiments, docs/semantics.md#import-resources). What
 * the fake server can import today:
 * <ul>
 * <li>{@code compensations}: {@code true} (all) or a list of ids; copied with new ids ({@code channelMap} does
 *     not apply to compensations).
 * <li>{@code annotations}: {@code true} (all) or a list of names; each destination FCS file takes the
 *     annotations of the source file with the same {@code filename} (the first live one), replacing values of
 *     the same name and appending the others.
 * <li>{@code savedStatisticExports}: {@code true} or a list of ids, appended to the destination experiment's
 *     {@code savedStatisticsExports}.
 * <li>{@code populations} ({@code true}): gates and populations, as {@link GatingImport} describes;
 *     {@code gates} ({@code true}) imports the gates alone.
 * </ul>
 * Illustrations do not exist in the fake server: asking for them imports nothing. The answer lists what was
 * imported.
 */
final class ImportResources {

    private final Experiments experiments;
    private final Compensations compensations;
    private final FcsFiles fcsFiles;
    private final GatingImport gating;

    ImportResources(Experiments experiments, Compensations compensations, FcsFiles fcsFiles, GatingImport gating) {
        this.experiments = experiments;
        this.compensations = compensations;
        this.fcsFiles = fcsFiles;
        this.gating = gating;
    }

    JsonObject importInto(Account caller, String experimentId, JsonObject body) {
        experiments.get(caller, experimentId);
        JsonValue src = body.get("srcExperiment");
        if (src == null || src.getValueType() == JsonValue.ValueType.NULL) {
            throw new ApiError.BadRequest("\"srcExperiment\" is required.");
        }
        String sourceId = ((JsonString) FieldRules.ID.check("srcExperiment", src)).getString();
        JsonObject source = experiments.get(caller, sourceId);
        JsonValue channelMap = body.getOrDefault("channelMap", JsonValue.NULL);
        if (channelMap.getValueType() != JsonValue.ValueType.NULL) {
            FieldRules.OBJECT.check("channelMap", channelMap);
        }
        JsonValue dst = body.getOrDefault("dstPopulationId", JsonValue.NULL);
        FieldRules.NULLABLE_STRING.check("dstPopulationId", dst);
        JsonValue options = body.getOrDefault("import", JsonValue.EMPTY_JSON_OBJECT);
        FieldRules.OBJECT.check("import", options);
        JsonObject opts = options.asJsonObject();
        boolean importPopulations = JsonFields.bool(opts, "populations", "import.populations", false);
        boolean importGates = JsonFields.bool(opts, "gates", "import.gates", false) || importPopulations;
        Selection comps = selection(opts, "compensations");
        Selection names = selection(opts, "annotations");
        Selection exports = selection(opts, "savedStatisticExports");
        selection(opts, "illustrations");

        JsonArrayBuilder importedCompensations = Json.createArrayBuilder();
        for (JsonObject c : compensations.inExperiment(sourceId)) {
            if (comps.includes(c.getString("_id"))) {
                importedCompensations.add(compensations.copyInto(c, experimentId));
            }
        }
        JsonArrayBuilder annotated = Json.createArrayBuilder();
        if (names.any()) {
            Map<String, JsonArray> byFilename = new LinkedHashMap<>();
            for (JsonObject f : fcsFiles.inExperiment(sourceId)) {
                if (f.isNull("deleted")) {
                    byFilename.putIfAbsent(f.getString("filename"), f.getJsonArray("annotations"));
                }
            }
            for (JsonObject f : fcsFiles.inExperiment(experimentId)) {
                JsonArray from = byFilename.get(f.getString("filename"));
                if (from != null && f.isNull("deleted")) {
                    annotated.add(fcsFiles.replaceAnnotations(f.getString("_id"),
                            merged(f.getJsonArray("annotations"), from, names)));
                }
            }
        }
        JsonArrayBuilder importedExports = Json.createArrayBuilder();
        if (exports.any()) {
            List<JsonValue> chosen = new ArrayList<>();
            for (JsonValue e : source.getJsonArray("savedStatisticsExports")) {
                JsonValue id = e.asJsonObject().get("_id");
                if (exports.includes(id instanceof JsonString ? ((JsonString) id).getString() : null)) {
                    chosen.add(e);
                    importedExports.add(e);
                }
            }
            if (!chosen.isEmpty()) {
                JsonArrayBuilder all = Json.createArrayBuilder(
                        experiments.get(caller, experimentId).getJsonArray("savedStatisticsExports"));
                chosen.forEach(all::add);
                experiments.patch(caller, experimentId,
                        Json.createObjectBuilder().add("savedStatisticsExports", all).build());
            }
        }
        GatingImport.Imported imported = importGates
                ? gating.importInto(sourceId, experimentId, channelMap,
                        dst.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) dst).getString(),
                        importPopulations)
                : new GatingImport.Imported(List.of(), List.of());
        return Json.createObjectBuilder()
                .add("compensations", importedCompensations)
                .add("fcsFiles", annotated)
                .add("savedStatisticsExports", importedExports)
                .add("gates", Json.createArrayBuilder(imported.gates()))
                .add("populations", Json.createArrayBuilder(imported.populations()))
                .add("illustrations", JsonValue.EMPTY_JSON_ARRAY)
                .build();
    }

    private static JsonArray merged(JsonArray current, JsonArray from, Selection names) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        for (JsonValue a : current) {
            out.put(a.asJsonObject().getString("name"), a);
        }
        for (JsonValue a : from) {
            String name = a.asJsonObject().getString("name");
            if (names.includes(name)) {
                out.put(name, a);
            }
        }
        return Json.createArrayBuilder(new ArrayList<>(out.values())).build();
    }

    /** {@code true}/{@code false}/absent, or a list of ids or names. */
    private record Selection(boolean all, Set<String> only) {
        boolean any() {
            return all || !only.isEmpty();
        }

        boolean includes(String key) {
            return all || (key != null && only.contains(key));
        }
    }

    private static Selection selection(JsonObject options, String key) {
        JsonValue value = options.getOrDefault(key, JsonValue.FALSE);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return new Selection(true, Set.of());
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE || value.getValueType() == JsonValue.ValueType.NULL) {
            return new Selection(false, Set.of());
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            Set<String> only = new HashSet<>();
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                only.add(((JsonString) FieldRules.STRING.check("import." + key + "[" + i + "]", array.get(i)))
                        .getString());
            }
            return new Selection(false, only);
        }
        throw FieldRules.wrongType("import." + key, "a boolean or a list", value);
    }
}
