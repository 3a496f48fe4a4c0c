package cellengine.tck;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineException;
import cellengine.api.model.Experiment;
import cellengine.api.model.Folder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every verification shares: the target, unique names, and clean-up of what a rule created, so the kit can
 * run against a real account without leaving data behind.
 *
 * @since 0.1
 */
public abstract class VerificationSupport {

    /** Creates the rules; a subclass names the target. */
    protected VerificationSupport() {
    }

    /** A well-formed id that no server assigns: 24 hex digits with a zero timestamp. */
    protected static final String UNKNOWN_ID = "000000000000000000c0ffee";

    private final Deque<Runnable> cleanups = new ArrayDeque<>();

    /** {@return the target these rules run against} */
    protected abstract TckTarget target();

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

    /**
     * Asks for the target before each rule, so a target that cannot run (a live account that is not configured)
     * aborts the rule before its body rather than inside an assertion.
     */
    @BeforeEach
    final void requireTarget() {
        target();
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
