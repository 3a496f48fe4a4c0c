package cellengine.tck.live;

import cellengine.tck.StatisticsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the StatisticsVerification rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and CELLENGINE_TCK_TOKEN are set. */
class LiveStatisticsTest extends StatisticsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.live();
    }
}
