package cellengine.tck.inmemory;

import cellengine.tck.RawCallVerification;
import cellengine.tck.FakeServerTarget;
import cellengine.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs the rawcall rules against the embedded fake server through its in-memory transport (no socket). */
class InMemoryRawCallTest extends RawCallVerification {

    private static FakeServerTarget target;

    @BeforeAll
    static void startServer() {
        target = FakeServerTarget.startInMemory();
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
