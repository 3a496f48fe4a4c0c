package cellengine.tck.inmemory;

import cellengine.tck.ScaleSetVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ScaleSetVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryScaleSetTest extends ScaleSetVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
