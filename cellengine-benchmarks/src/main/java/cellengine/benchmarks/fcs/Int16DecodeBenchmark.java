package cellengine.benchmarks.fcs;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Decoding unsigned 16-bit integer DATA with a {@code $PnR} bit mask (10 bits) into float columns, from bytes in
 * memory with {@link FcsReader#read(ByteBuffer)} end to end (target: at least 1 GB/s of input). Baseline:
 * per-element {@code ByteBuffer.getShort} and mask.
 * Throughput in MB/s = DATA bytes (events × channels × 2) / time.
 */
public class Int16DecodeBenchmark extends FcsBenchmark {

    @Param({"BIG_ENDIAN", "LITTLE_ENDIAN"})
    String order;

    byte[] file;
    int dataBegin;
    ByteOrder byteOrder;

    @Setup(Level.Trial)
    public void setUp() {
        byteOrder = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        file = FcsFixtures.int16(events, channels, byteOrder, 42);
        dataBegin = FcsFixtures.dataBegin(file);
    }

    @Benchmark
    public FcsData reader() throws FcsFormatException {
        return FcsReader.read(ByteBuffer.wrap(file));
    }

    @Benchmark
    public float[][] naiveByteBuffer() {
        ByteBuffer in = ByteBuffer.wrap(file).order(byteOrder);
        in.position(dataBegin);
        float[][] columns = new float[channels][events];
        for (int e = 0; e < events; e++) {
            for (int c = 0; c < channels; c++) {
                columns[c][e] = in.getShort() & 1023;
            }
        }
        return columns;
    }
}
