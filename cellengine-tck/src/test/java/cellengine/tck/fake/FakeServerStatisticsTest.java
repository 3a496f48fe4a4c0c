package cellengine.tck.fake;

import cellengine.tck.StatisticsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the StatisticsVerification rules against the embedded fake server over the discovered transport. */
class FakeServerStatisticsTest extends StatisticsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.fake();
    }
}
