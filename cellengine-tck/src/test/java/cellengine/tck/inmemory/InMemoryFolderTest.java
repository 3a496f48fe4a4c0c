package cellengine.tck.inmemory;

import cellengine.tck.FolderVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FolderVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryFolderTest extends FolderVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
