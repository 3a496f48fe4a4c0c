package cellengine.tck.live;

import cellengine.tck.AuthVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the AuthVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveAuthTest extends AuthVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
