package cellengine.benchmarks.fcs;

import cellengine.analysis.fcs.FcsWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Seeded FCS files for the benchmarks, built in memory. */
final class FcsFixtures {

    private FcsFixtures() {
    }

    /** An FCS 3.1 float32 little-endian file written by {@link FcsWriter}. */
    static byte[] float32(int events, int channels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FcsWriter.Builder builder = FcsWriter.builder();
        double[][] columns = new double[channels][events];
        for (int c = 0; c < channels; c++) {
            builder.parameter("CH" + c + "-A", null, 262144);
            for (int e = 0; e < events; e++) {
                columns[c][e] = random.nextDouble(-1000, 262144);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(events * channels * 4 + 65536);
        try {
            builder.write(out, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An FCS 3.0 file of unsigned 16-bit integers with {@code $PnR 1024} (a 10-bit mask) and stray high bits set,
     * in the given byte order ({@code 1,2} or {@code 2,1}).
     */
    static byte[] int16(int events, int channels, ByteOrder order, long seed) {
        StringBuilder text = new StringBuilder("/$MODE/L/$DATATYPE/I/$BYTEORD/")
                .append(order == ByteOrder.BIG_ENDIAN ? "2,1" : "1,2")
                .append("/$PAR/").append(channels).append("/$TOT/").append(events).append('/');
        for (int c = 1; c <= channels; c++) {
            text.append("$P").append(c).append("N/CH").append(c).append("-H/$P").append(c).append("B/16/$P")
                    .append(c).append("R/1024/");
        }
        return withHeader("FCS3.0", text.toString(), data(events, channels, order, seed));
    }

    private static byte[] data(int events, int channels, ByteOrder order, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer data = ByteBuffer.allocate(events * channels * 2).order(order);
        for (int i = 0; i < events * channels; i++) {
            data.putShort((short) (random.nextInt(1024) | (random.nextInt(4) << 12)));
        }
        return data.array();
    }

    /** Puts a HEADER and {@code $BEGINDATA}/{@code $ENDDATA} in front of TEXT and DATA. */
    private static byte[] withHeader(String version, String text, byte[] data) {
        String full = text;
        for (int i = 0; i < 3; i++) {
            long begin = 58 + full.getBytes(StandardCharsets.US_ASCII).length;
            full = "/$BEGINDATA/" + begin + "/$ENDDATA/" + (begin + data.length - 1) + text;
        }
        byte[] textBytes = full.getBytes(StandardCharsets.US_ASCII);
        long begin = 58 + textBytes.length;
        long end = begin + data.length - 1;
        String header = version + "    " + pad(58) + pad(begin - 1) + pad(end > 99_999_999 ? 0 : begin)
                + pad(end > 99_999_999 ? 0 : end) + pad(0) + pad(0);
        ByteBuffer all = ByteBuffer.allocate(58 + textBytes.length + data.length);
        all.put(header.getBytes(StandardCharsets.US_ASCII)).put(textBytes).put(data);
        return all.array();
    }

    private static String pad(long v) {
        String s = Long.toString(v);
        return " ".repeat(8 - s.length()) + s;
    }

    /** {@return the DATA begin offset of a file built here, from its HEADER or its $BEGINDATA} */
    static int dataBegin(byte[] file) {
        String text = new String(file, 0, Math.min(file.length, 1 << 16), StandardCharsets.ISO_8859_1);
        int at = text.indexOf("$BEGINDATA") + "$BEGINDATA".length() + 1;
        return Integer.parseInt(text.substring(at, text.indexOf(text.charAt(at - 1), at)).strip());
    }
}
