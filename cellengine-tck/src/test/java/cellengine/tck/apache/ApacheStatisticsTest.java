package cellengine.tck.apache;

import cellengine.tck.StatisticsVerification;
import cellengine.tck.SharedTargets;
import cellengine.tck.TckTarget;

/** Runs the StatisticsVerification rules against the embedded fake server over the Apache transport. */
class ApacheStatisticsTest extends StatisticsVerification {

    @Override
    protected TckTarget target() {
        return SharedTargets.apache();
    }
}
