package cellengine.tck.live;

import cellengine.tck.PlotVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PlotVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LivePlotTest extends PlotVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
