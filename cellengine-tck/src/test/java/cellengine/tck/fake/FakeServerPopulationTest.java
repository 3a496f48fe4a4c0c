package cellengine.tck.fake;

import cellengine.tck.PopulationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PopulationVerification rules against the embedded fake server over the discovered transport. */
class FakeServerPopulationTest extends PopulationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
