package cellengine.tck.fake;

import cellengine.tck.ScaleSetVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ScaleSetVerification rules against the embedded fake server over the discovered transport. */
class FakeServerScaleSetTest extends ScaleSetVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
