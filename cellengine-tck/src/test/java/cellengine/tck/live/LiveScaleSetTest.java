package cellengine.tck.live;

import cellengine.tck.ScaleSetVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ScaleSetVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveScaleSetTest extends ScaleSetVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
