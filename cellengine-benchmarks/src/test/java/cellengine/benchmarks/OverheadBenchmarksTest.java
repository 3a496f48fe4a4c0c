package cellengine.benchmarks;

import cellengine.api.model.Experiment;
import cellengine.benchmarks.overhead.ClientOverheadBenchmark;
import cellengine.benchmarks.sdk.GetExperimentBenchmark;
import cellengine.benchmarks.sdk.GetExperimentBenchmark.HandExperiment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The overhead benchmarks compare like with like: both sides of each pair bind the same experiment, with every
 * timestamp, so a ratio never comes from one side doing less work.
 */
class OverheadBenchmarksTest {

    private static void assertSameExperiment(Experiment sdk, HandExperiment hand) {
        assertEquals(sdk.id(), hand.id());
        assertEquals(sdk.name(), hand.name());
        assertNotNull(sdk.created());
        assertEquals(sdk.created(), hand.created());
        assertEquals(sdk.updated(), hand.updated());
        assertEquals(sdk.deepUpdated(), hand.deepUpdated());
        assertEquals(sdk.primaryResearcher(), hand.primaryResearcher());
        assertEquals(sdk.permissions(), hand.permissions());
        assertEquals(sdk.tags(), hand.tags());
    }

    @Test
    void both_sides_of_the_loopback_benchmark_fetch_the_same_experiment() throws Exception {
        GetExperimentBenchmark benchmark = new GetExperimentBenchmark();
        benchmark.start();
        try {
            assertSameExperiment(benchmark.sdk(), benchmark.handWritten());
        } finally {
            benchmark.stop();
        }
    }

    @Test
    void both_sides_of_the_client_side_benchmark_bind_the_same_recorded_experiment() throws Exception {
        ClientOverheadBenchmark benchmark = new ClientOverheadBenchmark();
        benchmark.start();
        try {
            assertSameExperiment(benchmark.sdk(), benchmark.bindingOnly());
        } finally {
            benchmark.stop();
        }
    }
}
