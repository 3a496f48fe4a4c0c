package cellengine.benchmarks.fcs;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding float32 DATA into one column per channel, from bytes in memory (target: at least 1 GB/s of DATA,
 * fcs-format.md §12.1). {@code reader} is {@link FcsReader#read(ByteBuffer)} end to end (HEADER, TEXT,
 * chunked DATA decode, column allocation); {@code naiveByteBuffer} is the per-element {@code ByteBuffer.getFloat}
 * baseline. Throughput in MB/s = DATA bytes (events × channels × 4) / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Float32DecodeBenchmark {

    @Param({"1000000"})
    int events;

    @Param({"16"})
    int channels;

    byte[] file;
    int dataBegin;

    @Setup(Level.Trial)
    public void setUp() {
        file = FcsFixtures.float32(events, channels, 42);
        dataBegin = FcsFixtures.dataBegin(file);
    }

    @Benchmark
    public FcsData reader() throws FcsFormatException {
        return FcsReader.read(ByteBuffer.wrap(file));
    }

    @Benchmark
    public float[][] naiveByteBuffer() {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        in.position(dataBegin);
        float[][] columns = new float[channels][events];
        for (int e = 0; e < events; e++) {
            for (int c = 0; c < channels; c++) {
                columns[c][e] = in.getFloat();
            }
        }
        return columns;
    }
}
