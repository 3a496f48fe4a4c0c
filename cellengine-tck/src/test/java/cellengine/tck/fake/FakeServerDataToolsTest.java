package cellengine.tck.fake;

import cellengine.tck.DataToolsVerification;
import cellengine.tck.FakeServerTarget;
import cellengine.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs the datatools rules against the embedded fake server over the discovered transport. */
class FakeServerDataToolsTest extends DataToolsVerification {

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
