package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.stats.EventTable;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The uncompensated event table of each uploaded file, decoded once and shared by statistics and plots.
 * {@link FcsData} is immutable and compared by identity; entries go when the file's data is no longer held
 * (deleted experiments, {@code reset}). Tables are read-only by the analysis module's contract.
 */
final class EventTables {

    private final Map<FcsData, EventTable> tables = new WeakHashMap<>();

    synchronized EventTable of(FcsData data) {
        return tables.computeIfAbsent(data, FcsData::toEventTable);
    }
}
