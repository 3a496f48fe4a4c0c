package cellengine.tck.live;

import cellengine.tck.DataToolsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the DataToolsVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveDataToolsTest extends DataToolsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
