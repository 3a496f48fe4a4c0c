package cellengine.benchmarks.transport;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.fakeserver.FakeCellEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The per-call cost of the Apache HttpClient 5 transport against the JDK one: the same {@code getExperiment} call
 * through the SDK, on loopback against one fake server, in the same JMH run, so that the two differ in the
 * transport only. {@code run-sdk-benchmarks.sh} prints the medians and the ratio {@code apache / jdk}.
 *
 * <p>The warm-up is long for the reason {@code GetExperimentBenchmark} gives: with server, client and JIT sharing
 * two cores, loopback calls reach a steady state only after about 30 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class TransportOverheadBenchmark {

    private FakeCellEngine server;
    private CellEngine jdk;
    private CellEngine apache;
    private String id;

    /** Starts the server, creates the experiment and one client per transport. */
    @Setup(Level.Trial)
    public void start() {
        server = FakeCellEngine.start(c -> c.seed = 42L);
        jdk = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).transportName("jdk").build();
        apache = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).transportName("apache")
                .build();
        id = jdk.postExperiment("transport benchmark").id();
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() {
        jdk.close();
        apache.close();
        server.close();
    }

    /** {@return the experiment, through the JDK transport} */
    @Benchmark
    public Experiment jdk() {
        return jdk.getExperiment(id);
    }

    /** {@return the experiment, through the Apache transport} */
    @Benchmark
    public Experiment apache() {
        return apache.getExperiment(id);
    }
}
