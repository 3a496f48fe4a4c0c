package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.stats.EventTable;
import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonObject;

/**
 * Selects the events of a population for export (docs/semantics.md#selecting-events step 3). The export pipeline calls
 * it with the pre-subsampled events already compensated with the request's compensation; an implementation
 * applies the experiment's scale set, the (tailored) gates and the population expression with
 * {@code cellengine-analysis} and answers the member events.
 */
@FunctionalInterface
interface PopulationGating {

    /**
     * {@return which rows of {@code compensated} belong to the population: one bit per row, 64 rows per word}
     *
     * @param file the FCS file's JSON document (for tailored gates)
     * @param compensated the events to test, compensated with the request's compensation
     * @throws ApiError.NotFound when the population is unknown
     */
    long[] members(String experimentId, String populationId, JsonObject file, EventTable compensated);
}
