package cellengine.benchmarks.compute;

import cellengine.analysis.compensation.CompensationMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 16 x 16 compensation of 1,000,000 events into preallocated columns; scores are events per second. The
 * baseline computes each event's row times S⁻¹ directly, event by event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CompensationBenchmark {

    static final int EVENTS = 1_000_000;
    static final int CHANNELS = 16;

    CompensationMatrix compensation;
    double[] inverse;
    double[][] in;
    double[][] out;

    @Setup(Level.Trial)
    public void data() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> names = new ArrayList<>();
        double[] spill = new double[CHANNELS * CHANNELS];
        for (int i = 0; i < CHANNELS; i++) {
            names.add("FL" + i + "-A");
            for (int j = 0; j < CHANNELS; j++) {
                // A dense spill matrix: the worst case for the kernel (no zero coefficients to skip).
                spill[i * CHANNELS + j] = i == j ? 1 : random.nextDouble(0.001, 0.15);
            }
        }
        compensation = CompensationMatrix.of(names, spill);
        inverse = compensation.inverse();
        in = new double[CHANNELS][EVENTS];
        out = new double[CHANNELS][EVENTS];
        for (double[] column : in) {
            for (int e = 0; e < EVENTS; e++) {
                column[e] = random.nextDouble(-500, 262144);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double[][] compensate16() {
        compensation.apply(in, out, EVENTS);
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double[][] naive_compensate16() {
        double[] row = new double[CHANNELS];
        for (int e = 0; e < EVENTS; e++) {
            for (int i = 0; i < CHANNELS; i++) {
                row[i] = in[i][e];
            }
            for (int j = 0; j < CHANNELS; j++) {
                double sum = 0;
                for (int i = 0; i < CHANNELS; i++) {
                    sum += row[i] * inverse[i * CHANNELS + j];
                }
                out[j][e] = sum;
            }
        }
        return out;
    }
}
