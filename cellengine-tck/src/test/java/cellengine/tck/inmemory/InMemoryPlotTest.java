package cellengine.tck.inmemory;

import cellengine.tck.PlotVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the PlotVerification rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryPlotTest extends PlotVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.inMemory();
    }
}
