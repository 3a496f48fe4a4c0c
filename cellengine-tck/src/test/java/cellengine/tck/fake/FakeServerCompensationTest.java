package cellengine.tck.fake;

import cellengine.tck.CompensationVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the CompensationVerification rules against the embedded fake server over the discovered transport. */
class FakeServerCompensationTest extends CompensationVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
