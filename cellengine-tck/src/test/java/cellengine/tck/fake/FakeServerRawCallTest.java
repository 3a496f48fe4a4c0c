package cellengine.tck.fake;

import cellengine.tck.RawCallVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the RawCallVerification rules against the embedded fake server over the discovered transport. */
class FakeServerRawCallTest extends RawCallVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
