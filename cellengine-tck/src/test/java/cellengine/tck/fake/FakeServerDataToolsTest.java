package cellengine.tck.fake;

import cellengine.tck.DataToolsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the DataToolsVerification rules against the embedded fake server over the discovered transport. */
class FakeServerDataToolsTest extends DataToolsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
