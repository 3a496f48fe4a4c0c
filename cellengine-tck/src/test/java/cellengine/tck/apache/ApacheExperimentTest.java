package cellengine.tck.apache;

import cellengine.tck.ExperimentVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ExperimentVerification rules against the embedded fake server over the Apache transport. */
class ApacheExperimentTest extends ExperimentVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
