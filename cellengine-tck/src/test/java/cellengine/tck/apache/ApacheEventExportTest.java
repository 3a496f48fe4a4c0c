package cellengine.tck.apache;

import cellengine.tck.EventExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the EventExportVerification rules against the embedded fake server over the Apache transport. */
class ApacheEventExportTest extends EventExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
