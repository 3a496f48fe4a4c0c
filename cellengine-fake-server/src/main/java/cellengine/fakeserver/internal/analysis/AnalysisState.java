package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.store.Gates;
import cellengine.fakeserver.internal.store.Populations;
import cellengine.fakeserver.internal.store.ScaleSets;

/**
 * Reads what gating needs from the stores (scale set, gates, populations) into an {@link ExperimentAnalysis}
 * for one request, and shares the decoded event tables between requests.
 */
final class AnalysisState {

    private final ScaleSets scaleSets;
    private final Gates gates;
    private final Populations populations;
    private final EventTables tables = new EventTables();

    AnalysisState(ScaleSets scaleSets, Gates gates, Populations populations) {
        this.scaleSets = scaleSets;
        this.gates = gates;
        this.populations = populations;
    }

    ExperimentAnalysis load(String experimentId) {
        return new ExperimentAnalysis(experimentId, scaleSets.forExperiment(experimentId),
                gates.inExperiment(experimentId), populations.inExperiment(experimentId));
    }

    EventTables tables() {
        return tables;
    }
}
