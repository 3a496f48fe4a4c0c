package cellengine.tck.apache;

import cellengine.tck.RawCallVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the RawCallVerification rules against the embedded fake server over the Apache transport. */
class ApacheRawCallTest extends RawCallVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
