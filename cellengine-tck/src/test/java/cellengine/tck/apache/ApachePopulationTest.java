package cellengine.tck.apache;

import cellengine.tck.PopulationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PopulationVerification rules against the embedded fake server over the Apache transport. */
class ApachePopulationTest extends PopulationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
