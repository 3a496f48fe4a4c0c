package cellengine.tck;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineException;
import cellengine.api.model.Experiment;
import cellengine.api.model.Folder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What every rule group shares: the target, unique names, and clean-up of what a rule created, so the kit can run
 * against a real account without leaving data behind. A group runs as a {@code @Nested} class of
 * {@link CellEngineTck}, whose target it is bound to before each rule.
 */
@DisplayNameGeneration(RuleDisplayNames.class)
@ExtendWith(VerificationSupport.TargetBinding.class)
abstract class VerificationSupport {

    /** A well-formed id that no server assigns: 24 hex digits with a zero timestamp. */
    protected static final String UNKNOWN_ID = "000000000000000000c0ffee";

    private final Deque<Runnable> cleanups = new ArrayDeque<>();
    private TckTarget target;

    /**
     * Binds each rule to the target of the {@link CellEngineTck} it runs in, before the rule's own
     * {@code @BeforeEach} steps; a target that cannot run (a live account that is not configured) aborts the rule
     * here, before its body. Reports group rules by class, and one class runs against every target, so a failure
     * (of the rule or of its set-up and clean-up) names its target itself.
     */
    static final class TargetBinding implements BeforeEachCallback, TestExecutionExceptionHandler,
            LifecycleMethodExecutionExceptionHandler {
        @Override
        public void beforeEach(ExtensionContext context) {
            VerificationSupport rules = (VerificationSupport) context.getRequiredTestInstance();
            CellEngineTck kit = context.getRequiredTestInstances().findInstance(CellEngineTck.class)
                    .orElseThrow(() -> new IllegalStateException(rules.getClass().getName()
                            + " runs only as a @Nested class of a CellEngineTck"));
            rules.target = Objects.requireNonNull(kit.target(), () -> kit.getClass().getName()
                    + ".target() returned null");
        }

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            TckTarget target = ((VerificationSupport) context.getRequiredTestInstance()).target;
            if (target == null || failure instanceof TestAbortedException) {
                throw failure;
            }
            String where = "on " + target.name() + ": ";
            AssertionFailedError named;
            if (failure instanceof AssertionFailedError assertion && assertion.isExpectedDefined()
                    && assertion.isActualDefined()) {
                named = new AssertionFailedError(where + assertion.getMessage(), assertion.getExpected(),
                        assertion.getActual(), assertion.getCause());
            } else if (failure instanceof AssertionError) {
                named = new AssertionFailedError(where + failure.getMessage(), failure.getCause());
            } else {
                named = new AssertionFailedError(where + failure, failure);
            }
            named.setStackTrace(failure.getStackTrace());
            for (Throwable suppressed : failure.getSuppressed()) {
                named.addSuppressed(suppressed);
            }
            throw named;
        }

        @Override
        public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            handleTestExecutionException(context, failure);
        }

        @Override
        public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            handleTestExecutionException(context, failure);
        }
    }

    /** {@return the target these rules run against} */
    protected final TckTarget target() {
        return target;
    }

    /** {@return the target's ready client} */
    protected final CellEngine client() {
        return target().client();
    }

    /**
     * {@return a name no other run uses, so lookups on a shared account see only this rule's data}
     *
     * @param what a word saying what the name is for
     */
    protected static String uniqueName(String what) {
        return "tck " + what + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    /**
     * {@return a new experiment with the given name, deleted after the rule}
     *
     * @param name the experiment's name
     */
    protected final Experiment newExperiment(String name) {
        Experiment created = client().postExperiment(name);
        deleteAfterwards(() -> client().deleteExperiment(created.id()));
        return created;
    }

    /**
     * {@return a new folder with the given name, deleted after the rule}
     *
     * @param name the folder's name
     */
    protected final Folder newFolder(String name) {
        Folder created = client().postFolder(name);
        deleteAfterwards(() -> client().deleteFolder(created.id()));
        return created;
    }

    /**
     * Registers a clean-up step that runs after the rule, newest first.
     *
     * @param cleanup the step
     */
    protected final void deleteAfterwards(Runnable cleanup) {
        cleanups.push(cleanup);
    }

    /**
     * Aborts the rule when the target lacks a capability, naming the override that provides it.
     *
     * @param capability what the target offers, if anything
     * @param override the {@link TckTarget} method to override
     * @param <T> the capability's type
     * @return the capability
     */
    protected static <T> T requireCapability(java.util.Optional<T> capability, String override) {
        Assumptions.assumeTrue(capability.isPresent(),
                () -> "the target lacks this capability; override TckTarget." + override + " to run this rule");
        return capability.get();
    }

    @AfterEach
    final void deleteWhatTheRuleCreated() {
        while (!cleanups.isEmpty()) {
            try {
                cleanups.pop().run();
            } catch (CellEngineException alreadyGone) {
                // The rule may have deleted it itself; clean-up is best effort by design.
            }
        }
    }
}
