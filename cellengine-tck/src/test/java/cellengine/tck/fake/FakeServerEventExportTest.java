package cellengine.tck.fake;

import cellengine.tck.EventExportVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the EventExportVerification rules against the embedded fake server over the discovered transport. */
class FakeServerEventExportTest extends EventExportVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
