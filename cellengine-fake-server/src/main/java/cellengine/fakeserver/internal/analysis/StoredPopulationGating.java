package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.stats.EventTable;
import jakarta.json.JsonObject;

/**
 * Event export by population (docs/semantics.md#selecting-events step 3) with the experiment's stored scale set, gates
 * (tailored per file, docs/semantics.md#d8-tailoring) and population expression, computed by {@code
 * cellengine-analysis}.
 */
final class StoredPopulationGating implements PopulationGating {

    private final AnalysisState state;

    StoredPopulationGating(AnalysisState state) {
        this.state = state;
    }

    @Override
    public long[] members(String experimentId, String populationId, JsonObject file, EventTable compensated) {
        ExperimentAnalysis analysis = state.load(experimentId);
        analysis.population(populationId);
        return analysis.members(analysis.gatingOf(file.getString("_id"), compensated), populationId).clone();
    }
}
