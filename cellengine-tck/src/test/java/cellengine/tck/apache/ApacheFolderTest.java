package cellengine.tck.apache;

import cellengine.tck.FolderVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FolderVerification rules against the embedded fake server over the Apache transport. */
class ApacheFolderTest extends FolderVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
