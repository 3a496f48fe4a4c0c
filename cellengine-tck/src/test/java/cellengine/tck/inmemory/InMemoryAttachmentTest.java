package cellengine.tck.inmemory;

import cellengine.tck.AttachmentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AttachmentVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryAttachmentTest extends AttachmentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
