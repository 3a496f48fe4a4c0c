package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data that belongs to an experiment (attachments, compensations, FCS files, the scale set) across the
 * experiment's life: a new experiment gets its scale set ({@code "Scale Set 1"}); a clone gets deep copies of
 * everything with new ids, the FCS payloads and attachment bytes shared, and compensation references
 * ({@code activeCompensation}, {@code FcsFile.compensation}) pointing at the copies, gates and populations
 * copied with their gids kept and new ids (docs/semantics.md#clone).
 */
public final class ExperimentResources implements ExperimentListener {

    private final Attachments attachments;
    private final Compensations compensations;
    private final FcsFiles fcsFiles;
    private final ScaleSets scaleSets;
    private final Gates gates;
    private final Populations populations;
    private final ObjectIds ids;

    public ExperimentResources(Attachments attachments, Compensations compensations, FcsFiles fcsFiles,
            ScaleSets scaleSets, Gates gates, Populations populations, ObjectIds ids) {
        this.attachments = attachments;
        this.compensations = compensations;
        this.fcsFiles = fcsFiles;
        this.scaleSets = scaleSets;
        this.gates = gates;
        this.populations = populations;
        this.ids = ids;
    }

    @Override
    public void created(String experimentId) {
        scaleSets.createFor(experimentId, JsonValue.EMPTY_JSON_ARRAY);
    }

    @Override
    public JsonObject cloned(String sourceId, JsonObject clone) {
        String cloneId = clone.getString("_id");
        Map<String, String> compensationIds = new HashMap<>();
        for (JsonObject c : compensations.inExperiment(sourceId)) {
            compensationIds.put(c.getString("_id"), compensations.copyInto(c, cloneId).getString("_id"));
        }
        Map<String, String> fileIds = fcsFiles.copyAll(sourceId, cloneId, compensationIds);
        copyGates(sourceId, cloneId, fileIds);
        populations.copyInto(populations.inExperiment(sourceId), cloneId, null);
        attachments.copyAll(sourceId, cloneId);
        scaleSets.createFor(cloneId, scaleSets.forExperiment(sourceId).getJsonArray("scales"));
        JsonValue active = clone.get("activeCompensation");
        if (active instanceof JsonString) {
            String mapped = compensationIds.get(((JsonString) active).getString());
            return Json.createObjectBuilder(clone)
                    .add("activeCompensation", mapped == null ? Json.createValue(0) : Json.createValue(mapped))
                    .build();
        }
        return clone;
    }

    /**
     * Gates keep their gids (so population expressions stay valid) and get new ids and file ids
     * (docs/semantics.md#clone).
     */
    private void copyGates(String sourceId, String cloneId, Map<String, String> fileIds) {
        List<JsonObject> copies = new ArrayList<>();
        for (JsonObject gate : gates.inExperiment(sourceId)) {
            String file = Gates.fcsFileId(gate);
            if (file != null && !fileIds.containsKey(file)) {
                continue;
            }
            copies.add(Json.createObjectBuilder(gate)
                    .add("_id", ids.next())
                    .add("experimentId", cloneId)
                    .add("fcsFileId", file == null ? JsonValue.NULL : Json.createValue(fileIds.get(file)))
                    .build());
        }
        gates.write(cloneId, copies, List.of());
    }

    public void clear() {
        gates.clear();
        populations.clear();
        attachments.clear();
        compensations.clear();
        fcsFiles.clear();
        scaleSets.clear();
    }
}
