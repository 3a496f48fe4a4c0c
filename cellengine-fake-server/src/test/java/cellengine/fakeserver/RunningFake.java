package cellengine.fakeserver;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fake server a test class talks to over HTTP: started before the class's first test, emptied before each test
 * ({@link FakeCellEngine#reset()}: data and faults go, users stay), closed after the last. Register it with
 * {@code @RegisterExtension static final RunningFake fake = new RunningFake();}.
 */
final class RunningFake implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final Consumer<FakeConfig> config;
    private boolean resetBeforeEach = true;
    private FakeCellEngine server;
    private Api api;
    private DataHttp http;

    RunningFake() {
        this(config -> { });
    }

    /** A server started with these options, e.g. {@code new RunningFake(c -> c.strict = false)}. */
    RunningFake(Consumer<FakeConfig> config) {
        this.config = config;
    }

    /**
     * Keeps the data between the class's tests, for a class that builds one data set in its {@code @BeforeAll} and
     * only reads it.
     *
     * @return this fixture
     */
    RunningFake keepDataBetweenTests() {
        resetBeforeEach = false;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = FakeCellEngine.start(config);
        api = Api.of(server);
        http = new DataHttp(server);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            server.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    FakeCellEngine server() {
        return server;
    }

    /** {@return JSON calls as the default user} */
    Api api() {
        return api;
    }

    /** {@return uploads and byte downloads as the default user} */
    DataHttp http() {
        return http;
    }

    /** {@return the id of a new experiment made from this JSON body, such as {@code {"name":"x"}}} */
    String experiment(String json) {
        return api.post("/experiments", json).expect(201).object().getString("_id");
    }

    /** {@return the id of an FCS file uploaded to the experiment under this name} */
    String upload(String experimentId, String filename, byte[] fcs) {
        return http.upload("/experiments/" + experimentId + "/fcsfiles", "data", filename, fcs).expect(201).object()
                .getString("_id");
    }
}
