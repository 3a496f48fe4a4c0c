package cellengine.tck.inmemory;

import cellengine.tck.DataToolsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the DataToolsVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryDataToolsTest extends DataToolsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
