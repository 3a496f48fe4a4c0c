package cellengine.tck.inmemory;

import cellengine.tck.AuthVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AuthVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryAuthTest extends AuthVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
