package cellengine.tck.inmemory;

import cellengine.tck.GateVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GateVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryGateTest extends GateVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
