package cellengine.tck.live;

import cellengine.tck.ExperimentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ExperimentVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveExperimentTest extends ExperimentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
