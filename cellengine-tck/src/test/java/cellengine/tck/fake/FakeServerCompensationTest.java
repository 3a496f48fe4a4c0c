package cellengine.tck.fake;

import cellengine.tck.CompensationVerification;
import cellengine.tck.FakeServerTarget;
import cellengine.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs the compensation rules against the embedded fake server over the discovered transport. */
class FakeServerCompensationTest extends CompensationVerification {

    private static FakeServerTarget target;

    @BeforeAll
    static void startServer() {
        target = FakeServerTarget.start();
    }

    @AfterAll
    static void stopServer() {
        target.close();
    }

    @Override
    protected TckTarget target() {
        return target;
    }
}
