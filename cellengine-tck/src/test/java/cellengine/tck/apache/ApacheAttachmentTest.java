package cellengine.tck.apache;

import cellengine.tck.AttachmentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AttachmentVerification rules against the embedded fake server over the Apache transport. */
class ApacheAttachmentTest extends AttachmentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
