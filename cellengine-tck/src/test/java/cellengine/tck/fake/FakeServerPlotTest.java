package cellengine.tck.fake;

import cellengine.tck.PlotVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PlotVerification rules against the embedded fake server over the discovered transport. */
class FakeServerPlotTest extends PlotVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
