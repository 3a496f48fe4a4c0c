package cellengine.benchmarks.compute;

import cellengine.analysis.stats.ChannelStatistics;
import cellengine.analysis.stats.Moments;
import java.util.Arrays;
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
 * Statistics of a population holding about 90% of 1,000,000 events on one channel; scores are events (of the
 * column) per second. Order statistics include gathering the member values into a fresh copy on every call.
 * Baselines: a two-pass loop testing each event's bit (moments), and gather plus a full {@link Arrays#sort}
 * (median, quantile, MAD).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StatisticsBenchmark {

    static final int EVENTS = 1_000_000;

    double[] column;
    long[] members;

    @Setup(Level.Trial)
    public void data() {
        SplittableRandom random = new SplittableRandom(42);
        column = new double[EVENTS];
        members = new long[(EVENTS + 63) >>> 6];
        for (int i = 0; i < EVENTS; i++) {
            // Float32-valued fluorescence: many repeats, a long right tail, some negatives after compensation.
            column[i] = (float) (Math.exp(random.nextGaussian() * 1.5 + 7) - 200);
            if (random.nextInt(10) != 0) {
                members[i >>> 6] |= 1L << i;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Moments moments() {
        return Moments.of(column, members, EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double naive_moments() {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < EVENTS; i++) {
            if ((members[i >>> 6] & (1L << i)) != 0) {
                sum += column[i];
                n++;
            }
        }
        double mean = sum / n;
        double squares = 0;
        double logs = 0;
        long positives = 0;
        for (int i = 0; i < EVENTS; i++) {
            if ((members[i >>> 6] & (1L << i)) != 0) {
                double d = column[i] - mean;
                squares += d * d;
                if (column[i] > 0) {
                    logs += Math.log(column[i]);
                    positives++;
                }
            }
        }
        double sd = Math.sqrt(squares / (n - 1));
        return mean + sd + 100 * sd / mean + Math.exp(logs / positives);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Double median() {
        return ChannelStatistics.of(column, members, EVENTS).median();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Double quantile90() {
        return ChannelStatistics.of(column, members, EVENTS).quantile(0.9);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Double mad() {
        return ChannelStatistics.of(column, members, EVENTS).mad();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double naive_median_by_sort() {
        double[] sorted = gather();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * 0.5;
        int j = (int) h;
        return sorted[j] + (h - j) * (sorted[j + 1] - sorted[j]);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double naive_mad_by_sort() {
        double[] sorted = gather();
        Arrays.sort(sorted);
        double median = sorted[(sorted.length - 1) / 2];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = Math.abs(sorted[k] - median);
        }
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private double[] gather() {
        int count = 0;
        for (long word : members) {
            count += Long.bitCount(word);
        }
        double[] values = new double[count];
        int k = 0;
        for (int i = 0; i < EVENTS; i++) {
            if ((members[i >>> 6] & (1L << i)) != 0) {
                values[k++] = column[i];
            }
        }
        return values;
    }
}
