package cellengine.tck.inmemory;

import cellengine.tck.CompensationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the CompensationVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryCompensationTest extends CompensationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
