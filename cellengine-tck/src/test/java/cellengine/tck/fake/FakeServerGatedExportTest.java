package cellengine.tck.fake;

import cellengine.tck.GatedExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the GatedExportVerification rules against the embedded fake server over the discovered transport. */
class FakeServerGatedExportTest extends GatedExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
