package cellengine.tck.live;

import cellengine.tck.FolderVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FolderVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveFolderTest extends FolderVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
