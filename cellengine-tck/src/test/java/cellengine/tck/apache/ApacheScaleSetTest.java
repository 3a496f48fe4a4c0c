package cellengine.tck.apache;

import cellengine.tck.ScaleSetVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the ScaleSetVerification rules against the embedded fake server over the Apache transport. */
class ApacheScaleSetTest extends ScaleSetVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
