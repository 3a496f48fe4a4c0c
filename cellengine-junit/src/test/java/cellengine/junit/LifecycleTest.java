package cellengine.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small annotated classes through the JUnit launcher and checks what the extension did: how many servers,
 * when they close, and how configuration mistakes are reported. The cases are static member classes, which
 * Surefire does not run on its own.
 */
class LifecycleTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void per_class_shares_one_server_across_tests_and_closes_it_after_the_class() {
        TestExecutionSummary summary = run(PerClassCase.class);
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(2, SEEN.size());
        assertEquals(SEEN.get(0), SEEN.get(1), "both tests got the same server");
        assertClosed(SEEN.get(0));
    }

    @Test
    void per_method_gives_each_test_its_own_server_and_closes_each_after_its_test() {
        TestExecutionSummary summary = run(PerMethodCase.class);
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(2, SEEN.size());
        assertNotEquals(SEEN.get(0), SEEN.get(1), "each test got a new server");
        SEEN.forEach(LifecycleTest::assertClosed);
    }

    @Test
    void without_reset_state_carries_over_between_tests_of_a_class() {
        TestExecutionSummary summary = run(NoResetCase.class);
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
    }

    @Test
    void by_default_a_shared_server_is_reset_so_state_does_not_leak_between_tests() {
        TestExecutionSummary summary = run(DefaultResetCase.class);
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(2, SEEN.size());
        assertEquals(SEEN.get(0), SEEN.get(1), "still one server for the class");
    }

    @Test
    void a_missing_snapshot_resource_fails_the_class_naming_the_resource() {
        TestExecutionSummary summary = run(MissingSnapshotCase.class);
        assertEquals(0, summary.getTestsSucceededCount());
        String failure = failures(summary);
        assertTrue(failure.contains("no classpath resource snapshots/does-not-exist.json"), failure);
    }

    @Test
    void per_method_refuses_constructor_injection_with_a_reason() {
        TestExecutionSummary summary = run(PerMethodConstructorCase.class);
        String failure = failures(summary);
        assertTrue(failure.contains("PER_METHOD") && failure.contains("constructors"), failure);
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        SEEN.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder sb = new StringBuilder();
        summary.getFailures().forEach(f -> sb.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return sb.toString();
    }

    private static void assertClosed(String baseUrl) {
        int port = java.net.URI.create(baseUrl).getPort();
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close(),
                () -> baseUrl + " still accepts connections after its scope ended");
    }

    @FakeCellEngineTest
    static class PerClassCase {
        @Test
        void first(FakeCellEngine server) {
            SEEN.add(server.baseUrl());
        }

        @Test
        void second(FakeCellEngine server) {
            SEEN.add(server.baseUrl());
        }
    }

    @FakeCellEngineTest(lifecycle = FakeCellEngineTest.Lifecycle.PER_METHOD)
    static class PerMethodCase {
        @Test
        void first(FakeCellEngine server, CellEngine client) {
            SEEN.add(server.baseUrl());
            client.postFolder("only here");
        }

        @Test
        void second(FakeCellEngine server, CellEngine client) {
            SEEN.add(server.baseUrl());
            assertEquals(0, client.getFolders().size(), "a new server starts empty");
        }
    }

    @FakeCellEngineTest
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
    static class DefaultResetCase {
        @Test
        @org.junit.jupiter.api.Order(1)
        void creates(CellEngine client, FakeCellEngine server) {
            SEEN.add(server.baseUrl());
            client.postFolder("left behind");
            client.postExperiment("left behind");
        }

        @Test
        @org.junit.jupiter.api.Order(2)
        void starts_empty(CellEngine client, FakeCellEngine server) {
            SEEN.add(server.baseUrl());
            assertEquals(0, client.getFolders().size(), "the first test's folder was reset away");
            assertEquals(0, client.getExperiments().size(), "the first test's experiment was reset away");
        }
    }

    @FakeCellEngineTest(resetBetweenTests = false)
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
    static class NoResetCase {
        @Test
        @org.junit.jupiter.api.Order(1)
        void creates(CellEngine client) {
            client.postFolder("kept");
        }

        @Test
        @org.junit.jupiter.api.Order(2)
        void still_sees_it(CellEngine client) {
            assertEquals("kept", client.getFolderByName("kept").name());
        }
    }

    @FakeCellEngineTest(snapshot = "classpath:snapshots/does-not-exist.json")
    static class MissingSnapshotCase {
        @Test
        void never_runs(CellEngine client) {
            client.getFolders();
        }
    }

    @FakeCellEngineTest(lifecycle = FakeCellEngineTest.Lifecycle.PER_METHOD)
    static class PerMethodConstructorCase {
        PerMethodConstructorCase(CellEngine client) {
            client.getFolders();
        }

        @Test
        void never_runs() {
        }
    }
}
