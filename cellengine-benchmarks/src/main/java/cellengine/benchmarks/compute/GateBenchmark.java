package cellengine.benchmarks.compute;

import cellengine.analysis.gate.EllipseGeometry;
import cellengine.analysis.gate.GateGeometry;
import cellengine.analysis.gate.PolygonGeometry;
import cellengine.analysis.gate.QuadrantGeometry;
import cellengine.analysis.gate.RangeGeometry;
import cellengine.analysis.gate.RectangleGeometry;
import cellengine.analysis.gate.SplitGeometry;
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
 * Gate kernels over 1,000,000 events of scaled, clustered data; scores are events per second. Each kernel has a
 * {@code naive_} baseline that calls the per-event reference {@code sectorOf} and sets bits one at a time (for
 * the polygon: every edge, no bounding box, no buckets).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GateBenchmark {

    static final int EVENTS = 1_000_000;

    double[] x;
    double[] y;
    long[][] one;
    long[][] two;
    long[][] four;
    RectangleGeometry rectangle;
    RangeGeometry range;
    SplitGeometry split;
    QuadrantGeometry quadrant;
    QuadrantGeometry skewedQuadrant;
    PolygonGeometry polygon;
    EllipseGeometry ellipse;

    @Setup(Level.Trial)
    public void data() {
        SplittableRandom random = new SplittableRandom(42);
        x = new double[EVENTS];
        y = new double[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            // Two clusters in arcsinh-like scaled space, as scatter/fluorescence plots look.
            boolean first = random.nextInt(3) > 0;
            x[i] = (first ? 3 : 7) + random.nextGaussian() * 1.2;
            y[i] = (first ? 4 : 8) + random.nextGaussian() * 1.5;
        }
        int words = (EVENTS + 63) >>> 6;
        one = new long[1][words];
        two = new long[2][words];
        four = new long[4][words];
        rectangle = new RectangleGeometry(2, 6, 3, 9);
        range = new RangeGeometry(2.5, 6.5);
        split = new SplitGeometry(5);
        quadrant = QuadrantGeometry.axisAligned(5, 6);
        skewedQuadrant = new QuadrantGeometry(5, 6, List.of(0.2, 1.9, 3.3, 4.8));
        double[] px = new double[20];
        double[] py = new double[20];
        for (int k = 0; k < 20; k++) {
            double angle = 2 * Math.PI * k / 20;
            double radius = k % 2 == 0 ? 3 : 2.2;
            px[k] = 4 + radius * Math.cos(angle);
            py[k] = 5 + radius * Math.sin(angle);
        }
        polygon = PolygonGeometry.of(px, py);
        ellipse = new EllipseGeometry(4, 5, 0.6, 6, 3);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] rectangle() {
        rectangle.evaluateInto(x, y, EVENTS, one);
        return one;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_rectangle() {
        return naive(rectangle, one);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] range() {
        range.evaluateInto(x, null, EVENTS, one);
        return one;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_range() {
        return naive(range, one);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] split() {
        split.evaluateInto(x, null, EVENTS, two);
        return two;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_split() {
        return naive(split, two);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] quadrant() {
        quadrant.evaluateInto(x, y, EVENTS, four);
        return four;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_quadrant() {
        return naive(quadrant, four);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] quadrantSkewed() {
        skewedQuadrant.evaluateInto(x, y, EVENTS, four);
        return four;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_quadrantSkewed() {
        return naive(skewedQuadrant, four);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] polygon20() {
        polygon.evaluateInto(x, y, EVENTS, one);
        return one;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_polygon20() {
        return naive(polygon, one);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] ellipse() {
        ellipse.evaluateInto(x, y, EVENTS, one);
        return one;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long[][] naive_ellipse() {
        return naive(ellipse, one);
    }

    private long[][] naive(GateGeometry gate, long[][] out) {
        for (long[] sector : out) {
            java.util.Arrays.fill(sector, 0);
        }
        for (int i = 0; i < EVENTS; i++) {
            int s = gate.sectorOf(x[i], y[i]);
            if (s >= 0) {
                out[s][i >>> 6] |= 1L << i;
            }
        }
        return out;
    }
}
