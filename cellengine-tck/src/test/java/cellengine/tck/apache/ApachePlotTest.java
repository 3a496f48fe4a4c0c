package cellengine.tck.apache;

import cellengine.tck.PlotVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PlotVerification rules against the embedded fake server over the Apache transport. */
class ApachePlotTest extends PlotVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
