package cellengine.tck.inmemory;

import cellengine.tck.EventExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the EventExportVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryEventExportTest extends EventExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
