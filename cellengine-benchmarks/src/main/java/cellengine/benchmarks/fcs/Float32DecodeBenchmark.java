package cellengine.benchmarks.fcs;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Decoding float32 DATA into one column per channel, from bytes in memory (target: at least 1 GB/s of DATA,
 * docs/fcs.md#performance-targets). {@code reader} is {@link FcsReader#read(ByteBuffer)} end to end (HEADER, TEXT,
 * chunked DATA decode, column allocation); {@code naiveByteBuffer} is the per-element {@code ByteBuffer.getFloat}
 * baseline. Throughput in MB/s = DATA bytes (events × channels × 4) / time.
 */
public class Float32DecodeBenchmark extends FcsBenchmark {

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
