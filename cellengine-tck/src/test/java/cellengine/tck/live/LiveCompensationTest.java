package cellengine.tck.live;

import cellengine.tck.CompensationVerification;
import cellengine.tck.LiveTarget;
import cellengine.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** Runs the compensation rules against a real CellEngine account when CELLENGINE_TCK_BASE_URL and _TOKEN are set. */
class LiveCompensationTest extends CompensationVerification {

    private static LiveTarget target;

    @BeforeAll
    static void connect() {
        target = LiveTarget.fromEnvironment(System.getenv()).orElse(null);
        Assumptions.assumeTrue(target != null, LiveTarget.skipReason());
    }

    @AfterAll
    static void disconnect() {
        if (target != null) {
            target.close();
        }
    }

    @Override
    protected TckTarget target() {
        return target;
    }
}
