package cellengine.tck.inmemory;

import cellengine.tck.FcsFileVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FcsFileVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryFcsFileTest extends FcsFileVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
