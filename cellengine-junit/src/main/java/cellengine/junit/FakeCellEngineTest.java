package cellengine.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a fake CellEngine server for the annotated test class, and injects into constructors, lifecycle methods
 * and test methods: a ready {@link cellengine.api.CellEngine} client (authenticated as the default user), the
 * {@link cellengine.fakeserver.FakeCellEngine} handle, a {@link FakeServerInfo}, or the base URL as a
 * {@code String} parameter annotated {@link FakeBaseUrl}.
 *
 * <pre>{@code
 * @FakeCellEngineTest(snapshot = "classpath:snapshots/plates.json")   // state reset before each test
 * class PlateReportTest {
 *     @Test
 *     void lists_the_seeded_experiments(CellEngine client) {
 *         assertEquals(2, client.getExperiments().size());
 *     }
 * }
 * }</pre>
 *
 * <p>The extension closes the clients, transports and servers it started: after the class with
 * {@link Lifecycle#PER_CLASS}, after each test with {@link Lifecycle#PER_METHOD}. Every attribute, its default,
 * and what can be injected are described in the project's {@code docs/junit.md}.
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeCellEngineExtension.class)
public @interface FakeCellEngineTest {

    /** {@return whether one server serves the whole class or each test gets its own} */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /**
     * {@return a snapshot to load at start (docs/fake-server.md, "Snapshots"): {@code "classpath:path/in/jar.json"}
     * or a file path; empty for none}
     */
    String snapshot() default "";

    /**
     * {@return whether to restore the starting state before each test (default {@code true}): every collection
     * emptied, then the snapshot, if any, loaded again} Users and tokens stay, so the injected client keeps
     * working. Only meaningful with {@link Lifecycle#PER_CLASS}: one server then starts once per class (about a
     * second) while each test still sees a fresh state. Data created in a {@code @BeforeAll} method or a
     * constructor is removed too; seed shared data with {@link #snapshot()}, or in {@code @BeforeEach}, or set
     * this to {@code false} to let state carry over from one test to the next on purpose.
     */
    boolean resetBetweenTests() default true;

    /** {@return how the injected client reaches the server} */
    TransportMode transport() default TransportMode.SOCKET;

    /** How long a fake server lives. */
    enum Lifecycle {
        /** One server for all tests of the class, started before the first and closed after the last. */
        PER_CLASS,
        /** A new server for each test, closed after it. */
        PER_METHOD
    }

    /** How the injected client reaches the fake server. */
    enum TransportMode {
        /** Over loopback HTTP, with the transport discovery picks (the JDK transport by default). */
        SOCKET,
        /** With no socket, through the server's {@code inMemoryTransport()}. */
        IN_MEMORY
    }
}
