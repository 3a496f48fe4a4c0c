package cellengine.tck.live;

import cellengine.tck.GateVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GateVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveGateTest extends GateVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
