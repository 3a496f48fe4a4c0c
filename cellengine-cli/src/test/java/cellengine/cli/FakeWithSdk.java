package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake server for a CLI test class and an SDK client on it (to set up data and check what a command did), both
 * made before the class's first test and closed after its last. Register it with
 * {@code @RegisterExtension static final FakeWithSdk fake = new FakeWithSdk();}; it is registered before any
 * {@code @BeforeAll} method of the class runs, so those can use it.
 */
final class FakeWithSdk implements BeforeAllCallback, AfterAllCallback {

    private FakeCellEngine server;
    private CellEngine sdk;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = FakeCellEngine.start();
        sdk = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sdk.close();
        server.close();
    }

    FakeCellEngine server() {
        return server;
    }

    /** {@return an SDK client signed in to the server} */
    CellEngine sdk() {
        return sdk;
    }

    /** {@return the command line, with its home folder and the environment that points it at the server} */
    Cli cli(Path home) {
        return Cli.against(server, home);
    }
}
