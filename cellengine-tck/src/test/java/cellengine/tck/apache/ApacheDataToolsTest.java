package cellengine.tck.apache;

import cellengine.tck.DataToolsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the DataToolsVerification rules against the embedded fake server over the Apache transport. */
class ApacheDataToolsTest extends DataToolsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
