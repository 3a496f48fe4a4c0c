package cellengine.tck.fake;

import cellengine.tck.AttachmentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AttachmentVerification rules against the embedded fake server over the discovered transport. */
class FakeServerAttachmentTest extends AttachmentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
