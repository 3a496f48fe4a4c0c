package cellengine.benchmarks.fcs;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Parsing a whole file from disk (page cache): 1,000,000 events × 16 float32 channels, 64 MB (target: 100 ms or
 * less). {@code reader} is {@link FcsReader#read(Path)}; the baseline reads the file into one heap buffer and
 * decodes it element by element with {@code ByteBuffer.getFloat}.
 */
public class FullParseBenchmark extends FcsBenchmark {

    Path file;
    int dataBegin;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        byte[] bytes = FcsFixtures.float32(events, channels, 7);
        dataBegin = FcsFixtures.dataBegin(bytes);
        file = Files.createTempFile("cellengine-bench", ".fcs");
        Files.write(file, bytes);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public FcsData reader() throws IOException {
        return FcsReader.read(file);
    }

    @Benchmark
    public float[][] naiveByteBuffer() throws IOException {
        ByteBuffer in;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            in = ByteBuffer.allocate((int) ch.size());
            while (in.hasRemaining() && ch.read(in) >= 0) {
                continue;
            }
        }
        in.flip().order(ByteOrder.LITTLE_ENDIAN).position(dataBegin);
        float[][] columns = new float[channels][events];
        for (int e = 0; e < events; e++) {
            for (int c = 0; c < channels; c++) {
                columns[c][e] = in.getFloat();
            }
        }
        return columns;
    }
}
