package cellengine.tck.fake;

import cellengine.tck.FolderVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FolderVerification rules against the embedded fake server over the discovered transport. */
class FakeServerFolderTest extends FolderVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
