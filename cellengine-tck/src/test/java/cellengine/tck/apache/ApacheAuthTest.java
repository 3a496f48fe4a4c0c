package cellengine.tck.apache;

import cellengine.tck.AuthVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AuthVerification rules against the embedded fake server over the Apache transport. */
class ApacheAuthTest extends AuthVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
