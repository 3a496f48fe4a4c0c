package cellengine.tck.live;

import cellengine.tck.FcsFileVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FcsFileVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveFcsFileTest extends FcsFileVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
