package cellengine.tck.inmemory;

import cellengine.tck.RawCallVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the RawCallVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryRawCallTest extends RawCallVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
