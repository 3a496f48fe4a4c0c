package cellengine.tck.live;

import cellengine.tck.EventExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the EventExportVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveEventExportTest extends EventExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
