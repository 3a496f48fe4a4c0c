package cellengine.tck.fake;

import cellengine.tck.GateVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GateVerification rules against the embedded fake server over the discovered transport. */
class FakeServerGateTest extends GateVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
