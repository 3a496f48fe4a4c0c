package cellengine.tck.fake;

import cellengine.tck.FcsFileVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the FcsFileVerification rules against the embedded fake server over the discovered transport. */
class FakeServerFcsFileTest extends FcsFileVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
