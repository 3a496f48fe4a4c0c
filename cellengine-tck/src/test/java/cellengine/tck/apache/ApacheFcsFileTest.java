package cellengine.tck.apache;

import cellengine.tck.FcsFileVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FcsFileVerification rules against the embedded fake server over the Apache transport. */
class ApacheFcsFileTest extends FcsFileVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
