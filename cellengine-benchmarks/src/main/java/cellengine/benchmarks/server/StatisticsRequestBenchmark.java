package cellengine.benchmarks.server;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.api.CellEngine;
import cellengine.api.Upload;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.Gates;
import cellengine.api.param.StatisticsRequest;
import cellengine.fakeserver.FakeCellEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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

/**
 * A statistics request over 1,000,000 events × 5 populations × 3 channels (mean, median, eventcount), sent through
 * the SDK to the fake server on loopback: the target is 150 ms or less per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StatisticsRequestBenchmark {

    private static final int EVENTS = 1_000_000;
    private static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "FITC-A", "PE-A", "APC-A");

    private FakeCellEngine server;
    private CellEngine client;
    private String experimentId;
    private StatisticsRequest request;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = FakeCellEngine.start();
        client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build();
        Experiment experiment = client.postExperiment("statistics benchmark");
        experimentId = experiment.id();
        FcsFile file = client.uploadFcsFile(experimentId, Upload.of("million.fcs", million()));
        List<String> populations = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            double lo = 10_000 + p * 20_000;
            populations.add(client.postGate(experimentId, Gates.rectangle("FSC-A", "SSC-A", "pop " + p,
                    lo, lo + 120_000, 5_000, 200_000).build()).population().id());
        }
        request = StatisticsRequest.builder().statistics(Statistic.MEAN, Statistic.MEDIAN, Statistic.EVENT_COUNT)
                .channels("FITC-A", "PE-A", "APC-A").fcsFileIds(List.of(file.id())).populationIds(populations)
                .compensationId(CompensationId.uncompensated()).build();
        List<StatisticsRow> rows = client.getStatistics(experimentId, request).rows();
        if (rows.size() != 15) {
            throw new IllegalStateException("expected 15 rows (5 populations × 3 channels), got " + rows.size());
        }
    }

    private static byte[] million() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        double[][] columns = new double[CHANNELS.size()][EVENTS];
        for (double[] column : columns) {
            for (int e = 0; e < EVENTS; e++) {
                column[e] = random.nextInt(1, 262_144);
            }
        }
        FcsWriter.Builder writer = FcsWriter.builder();
        CHANNELS.forEach(c -> writer.parameter(c, null, 262_144));
        ByteArrayOutputStream out = new ByteArrayOutputStream(EVENTS * CHANNELS.size() * 4 + 4096);
        writer.write(out, columns);
        return out.toByteArray();
    }

    @Benchmark
    public List<StatisticsRow> statisticsRequest() {
        return client.getStatistics(experimentId, request).rows();
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }
}
