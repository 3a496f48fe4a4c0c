package cellengine.tck.apache;

import cellengine.tck.CompensationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the CompensationVerification rules against the embedded fake server over the Apache transport. */
class ApacheCompensationTest extends CompensationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
