package cellengine.tck.apache;

import cellengine.tck.GateVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GateVerification rules against the embedded fake server over the Apache transport. */
class ApacheGateTest extends GateVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
