package cellengine.tck.live;

import cellengine.tck.AttachmentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AttachmentVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveAttachmentTest extends AttachmentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
