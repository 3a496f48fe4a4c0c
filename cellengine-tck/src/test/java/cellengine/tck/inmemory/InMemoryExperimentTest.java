package cellengine.tck.inmemory;

import cellengine.tck.ExperimentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ExperimentVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryExperimentTest extends ExperimentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
