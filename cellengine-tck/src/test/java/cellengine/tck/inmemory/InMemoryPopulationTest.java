package cellengine.tck.inmemory;

import cellengine.tck.PopulationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PopulationVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryPopulationTest extends PopulationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
