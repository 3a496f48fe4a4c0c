package cellengine.tck.inmemory;

import cellengine.tck.StatisticsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the StatisticsVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryStatisticsTest extends StatisticsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
