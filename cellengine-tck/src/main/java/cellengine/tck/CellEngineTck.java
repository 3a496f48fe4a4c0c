package cellengine.tck;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * Every API rule of the kit, against one target. Subclass it in your test sources and return your target; each
 * rule group below runs as a {@code @Nested} class, so JUnit reports every rule under the group and the target it
 * ran against. The rules are listed in {@code RULES.md}.
 *
 * <pre>{@code
 * class MyAccountTck extends CellEngineTck {
 *     private final TckTarget account = LiveTarget.fromEnvironment(System.getenv()).orElseThrow();
 *
 *     @Override
 *     protected TckTarget target() {
 *         return account;
 *     }
 *
 *     @AfterAll
 *     void close() {
 *         account.close();
 *     }
 * }
 * }</pre>
 *
 * <p>One instance of the subclass serves every rule ({@link TestInstance.Lifecycle#PER_CLASS}), so a target held
 * in a field is created once. A rule that needs a capability the target lacks aborts, naming the
 * {@link TckTarget} method to override.
 *
 * @since 0.1
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CellEngineTck {

    /** For the subclass that names the target. */
    protected CellEngineTck() {
    }

    /**
     * {@return the target every rule runs against} Called before each rule; return the same target each time. The
     * kit does not close it. To skip the whole kit (an account that is not configured), abort here with an
     * assumption; each rule then reports the reason.
     */
    protected abstract TckTarget target();

    @Nested
    class Attachments extends AttachmentVerification {
    }

    @Nested
    class Auth extends AuthVerification {
    }

    @Nested
    class Compensations extends CompensationVerification {
    }

    @Nested
    class DataTools extends DataToolsVerification {
    }

    @Nested
    class EventExports extends EventExportVerification {
    }

    @Nested
    class Experiments extends ExperimentVerification {
    }

    @Nested
    class FcsFiles extends FcsFileVerification {
    }

    @Nested
    class Folders extends FolderVerification {
    }

    @Nested
    class Gates extends GateVerification {
    }

    @Nested
    class GatedExports extends GatedExportVerification {
    }

    @Nested
    class Plots extends PlotVerification {
    }

    @Nested
    class Populations extends PopulationVerification {
    }

    @Nested
    class RawCalls extends RawCallVerification {
    }

    @Nested
    class ScaleSets extends ScaleSetVerification {
    }

    @Nested
    class Statistics extends StatisticsVerification {
    }
}
