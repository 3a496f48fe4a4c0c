package cellengine.tck.fake;

import cellengine.tck.AuthVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AuthVerification rules against the embedded fake server over the discovered transport. */
class FakeServerAuthTest extends AuthVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
