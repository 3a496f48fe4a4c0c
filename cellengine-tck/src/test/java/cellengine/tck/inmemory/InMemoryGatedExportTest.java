package cellengine.tck.inmemory;

import cellengine.tck.GatedExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GatedExportVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryGatedExportTest extends GatedExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
