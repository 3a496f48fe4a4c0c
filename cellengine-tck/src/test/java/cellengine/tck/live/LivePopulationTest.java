package cellengine.tck.live;

import cellengine.tck.PopulationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PopulationVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LivePopulationTest extends PopulationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
