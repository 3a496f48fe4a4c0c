package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit checks its own reports: it runs rules against a server that answers every request with 418 (a live target
 * on a scripted peer), and against a target that is not configured, and reads what JUnit was told.
 */
class CellEngineTckSelfTest {

    /** Why the kits below do not run when a test pattern selects them: they fail on purpose. */
    private static final String RUN_BY_LAUNCHER = "a fixture that CellEngineTckSelfTest runs through the launcher";

    private static ScriptedPeer teapot;
    private static TckTarget broken;

    @BeforeAll
    static void start() {
        teapot = ScriptedPeer.start();
        teapot.script(r -> Reply.json(418, "{\"error\":\"I'm a teapot\"}"));
        broken = LiveTarget.fromEnvironment(Map.of(LiveTarget.BASE_URL_VARIABLE, teapot.baseUrl(),
                LiveTarget.TOKEN_VARIABLE, "tck-self-test")).orElseThrow();
    }

    @AfterAll
    static void stop() {
        broken.close();
        teapot.close();
    }

    /** A kit against a server that is not CellEngine. */
    @Disabled(RUN_BY_LAUNCHER)
    static class TeapotKit extends CellEngineTck {
        @Override
        protected TckTarget target() {
            return broken;
        }
    }

    /** A kit whose target is not configured. */
    @Disabled(RUN_BY_LAUNCHER)
    static class UnconfiguredKit extends CellEngineTck {
        @Override
        protected TckTarget target() {
            Assumptions.abort("no account configured for this kit");
            return null;
        }
    }

    @Test
    void a_failed_rule_is_reported_under_its_id_and_statement_and_its_failure_names_the_target() {
        Map<String, TestExecutionResult> results = run(TeapotKit.class, CellEngineTck.Experiments.class,
                "get_unknown_id_is_404");
        TestExecutionResult result = results.get("EXP-GET-2 an unknown id answers 404");
        assertTrue(result != null, () -> "the rule's display name; reported were " + results.keySet());
        assertEquals(TestExecutionResult.Status.FAILED, result.getStatus());
        String message = result.getThrowable().orElseThrow().getMessage();
        assertTrue(message.startsWith(onTarget()) && message.contains("NotFoundException"), message);
    }

    @Test
    void an_unexpected_exception_in_a_rule_or_its_set_up_names_the_target_and_keeps_it_as_the_cause() {
        Map<String, TestExecutionResult> results = run(TeapotKit.class, CellEngineTck.Experiments.class,
                "returns_stored");
        Throwable failure = results.get("EXP-GET-1 getExperiment returns the stored experiment").getThrowable()
                .orElseThrow();
        assertTrue(failure.getMessage().startsWith(onTarget() + "cellengine.api."), failure.getMessage());
        assertTrue(failure.getCause() instanceof cellengine.api.ApiException, () -> "cause " + failure.getCause());
        Throwable scoped = run(TeapotKit.class, CellEngineTck.Attachments.class, "from_bytes").get(
                "ATT-UPLOAD-1 uploadAttachment from bytes records filename, size, md5 and crc32c").getThrowable()
                .orElseThrow();
        assertTrue(scoped.getMessage().startsWith(onTarget()), () -> "a failing @BeforeEach: " + scoped);
    }

    @Test
    void a_target_that_is_not_configured_aborts_each_rule_with_its_reason() {
        Map<String, TestExecutionResult> results = run(UnconfiguredKit.class, CellEngineTck.Experiments.class,
                "returns_stored");
        TestExecutionResult result = results.get("EXP-GET-1 getExperiment returns the stored experiment");
        assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus());
        assertEquals("no account configured for this kit", result.getThrowable().orElseThrow().getMessage());
    }

    /** {@return how a failure on the broken target starts} */
    private static String onTarget() {
        return "on live:" + teapot.baseUrl() + ": ";
    }

    /** Runs one rule of one group of the kit and returns every reported outcome by display name. */
    private static Map<String, TestExecutionResult> run(Class<? extends CellEngineTck> kit, Class<?> group,
                                                        String ruleMethod) {
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectNestedMethod(List.of(kit), group, ruleMethod))
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        results.put(test.getDisplayName(), result);
                    }
                });
        return results;
    }
}
