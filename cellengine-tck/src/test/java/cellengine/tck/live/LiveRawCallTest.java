package cellengine.tck.live;

import cellengine.tck.RawCallVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the RawCallVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveRawCallTest extends RawCallVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
