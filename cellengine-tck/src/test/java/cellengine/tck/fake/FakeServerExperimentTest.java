package cellengine.tck.fake;

import cellengine.tck.ExperimentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ExperimentVerification rules against the embedded fake server over the discovered transport. */
class FakeServerExperimentTest extends ExperimentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
