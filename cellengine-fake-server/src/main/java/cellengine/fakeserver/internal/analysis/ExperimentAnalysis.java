package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.gate.FileGating;
import cellengine.analysis.gate.GateSet;
import cellengine.analysis.population.PopulationExpression;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.Bitsets;
import cellengine.analysis.stats.EventTable;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.store.Expressions;
import cellengine.fakeserver.internal.store.Gates;
import cellengine.fakeserver.internal.store.ScaleSets;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One request's view of an experiment's analysis state (docs/semantics.md#per-event-pipeline): its scale set, gates and
 * populations, read once, and per file the {@link FileGating} pipeline for the request's compensation, so that each
 * file is compensated once, each gate channel scaled once and each gate and population evaluated once per request.
 * Not thread-safe: one per request.
 */
final class ExperimentAnalysis {

    private final String experimentId;
    private final Map<String, Scale> scales;
    private final GateSet gates;
    private final List<JsonObject> gateDocuments;
    private final Map<String, JsonObject> populations = new LinkedHashMap<>();
    private final Map<String, FileGating> gatings = new HashMap<>();
    private final Map<FileGating, Map<String, long[]>> members = new HashMap<>();
    private final Map<String, PopulationExpression> expressions = new HashMap<>();

    ExperimentAnalysis(String experimentId, JsonObject scaleSet, List<JsonObject> gates,
            List<JsonObject> populations) {
        this.experimentId = experimentId;
        this.scales = ScaleSets.toAnalysis(scaleSet);
        this.gates = Gates.toGateSet(gates);
        this.gateDocuments = List.copyOf(gates);
        populations.forEach(p -> this.populations.put(p.getString("_id"), p));
    }

    String experimentId() {
        return experimentId;
    }

    /** {@return the population} @throws ApiError.NotFound when the experiment has no such population */
    JsonObject population(String id) {
        JsonObject p = populations.get(id);
        if (p == null) {
            throw new ApiError.NotFound("Population \"" + id + "\" not found in experiment " + experimentId + ".");
        }
        return p;
    }

    Map<String, JsonObject> populations() {
        return populations;
    }

    GateSet gates() {
        return gates;
    }

    /** {@return per family, the stored gate selected for the file (docs/semantics.md#d8-tailoring), in family order} */
    List<JsonObject> selectedGates(String fileId) {
        Map<String, JsonObject> selected = new LinkedHashMap<>();
        for (JsonObject g : gateDocuments) {
            String gid = g.getString("gid");
            String file = Gates.fcsFileId(g);
            if (file == null) {
                selected.putIfAbsent(gid, g);
            } else if (file.equals(fileId)) {
                selected.put(gid, g);
            }
        }
        return List.copyOf(selected.values());
    }

    /** {@return a channel's scale; NoSuchElementException naming it and the channels that have one otherwise} */
    Scale scale(String channel) {
        return Scale.of(scales, channel);
    }

    /** {@return the file's pipeline over its compensated values (one per file and request)} */
    FileGating gating(String fileId, EventTable scaleValues, CompensationMatrix compensation) {
        return gatings.computeIfAbsent(fileId, id -> FileGating.of(
                compensation == null ? scaleValues : compensation.apply(scaleValues), scales, gates, id));
    }

    /** {@return a pipeline over events that are already compensated (export: a subsample)} */
    FileGating gatingOf(String fileId, EventTable compensated) {
        return FileGating.of(compensated, scales, gates, fileId);
    }

    /**
     * {@return the members of a population in a file (shared: do not modify); null = Ungated, all events}
     *
     * @throws ApiError.NotFound for an unknown population
     * @throws ApiError.BadRequest when a gate channel has no scale in the scale set
     */
    long[] members(FileGating gating, String populationId) {
        Map<String, long[]> cache = members.computeIfAbsent(gating, g -> new HashMap<>());
        String key = populationId == null ? "" : populationId;
        long[] bits = cache.get(key);
        if (bits == null) {
            bits = populationId == null ? Bitsets.all(gating.eventCount())
                    : evaluate(gating, expression(populationId));
            cache.put(key, bits);
        }
        return bits;
    }

    /**
     * {@return the scaled values of a channel (clamped, docs/semantics.md#clamping)} @throws ApiError.BadRequest
     * without a scale
     */
    double[] scaled(FileGating gating, String channel) {
        try {
            return gating.scaled(channel);
        } catch (NoSuchElementException e) {
            throw new ApiError.BadRequest("Channel \"" + channel + "\" cannot be scaled: " + e.getMessage());
        }
    }

    private PopulationExpression expression(String populationId) {
        return expressions.computeIfAbsent(populationId,
                id -> Expressions.parse(population(id).getString("gates"), "gates"));
    }

    private long[] evaluate(FileGating gating, PopulationExpression expression) {
        try {
            return gating.population(expression);
        } catch (NoSuchElementException e) {
            throw new ApiError.BadRequest("A gate of experiment " + experimentId + " cannot be evaluated on FCS file "
                    + gating.fcsFileId() + ": " + e.getMessage());
        }
    }
}
