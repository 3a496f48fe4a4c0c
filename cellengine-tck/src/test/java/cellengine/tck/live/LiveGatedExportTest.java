package cellengine.tck.live;

import cellengine.tck.GatedExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GatedExportVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveGatedExportTest extends GatedExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
