package cellengine.tck.live;

import cellengine.tck.CompensationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the CompensationVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveCompensationTest extends CompensationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
