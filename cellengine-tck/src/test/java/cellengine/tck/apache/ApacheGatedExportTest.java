package cellengine.tck.apache;

import cellengine.tck.GatedExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GatedExportVerification rules against the embedded fake server over the Apache transport. */
class ApacheGatedExportTest extends GatedExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
