package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FcsWriterTest {

    @TempDir
    Path dir;

    private static final Spillover SPILL = new Spillover(List.of("FL1-A", "FL2-A"), new double[] {1, 0.12, 0.05, 1});

    private static FcsWriter.Builder threeParameters() {
        return FcsWriter.builder()
                .parameter("FSC-A", null, 262144)
                .parameter("FL1-A", "CD3/FITC", 262144)
                .parameter("FL2-A", "CD4 PE", 1e6)
                .keyword("$FIL", "sample/1.fcs")
                .keyword("$CYT", "Fake Cytometer ™")
                .keyword("MY KEY", "a,b")
                .spillover(SPILL);
    }

    @Test
    void writes_a_file_that_reads_back_with_every_value_keyword_and_the_spill_matrix() throws IOException {
        double[] fsc = {1, 2.5, 1e6};
        double[] fl1 = {-3, 0, 1.0 / 3};
        double[] fl2 = {7, 8, 9};
        Path file = dir.resolve("out.fcs");
        threeParameters().write(file, fsc, fl1, fl2);
        FcsData d = FcsReader.read(file);
        assertEquals("FCS3.1", d.version());
        assertEquals(3, d.eventCount());
        assertEquals(List.of("FSC-A", "FL1-A", "FL2-A"), d.parameterNames());
        assertEquals(java.util.Arrays.asList(null, "CD3/FITC", "CD4 PE"), d.parameterLabels());
        assertArrayEquals(fsc, d.column(0));
        assertArrayEquals(new double[] {-3, 0, (float) (1.0 / 3)}, d.column(1));
        assertArrayEquals(fl2, d.column("FL2-A"));
        assertEquals(1e6, d.range(2));
        assertEquals("sample/1.fcs", d.keyword("$FIL"));
        assertEquals("Fake Cytometer ™", d.keyword("$CYT"));
        assertEquals("a,b", d.keyword("my key"));
        assertEquals("0,0", d.keyword("$P2E"));
        assertEquals("32", d.keyword("$P3B"));
        assertEquals("1,2,3,4", d.keyword("$BYTEORD"));
        assertEquals(SPILL, d.spillover().orElseThrow());
        assertEquals(1, d.dataSetCount());
        assertTrue(d.warnings().isEmpty(), d.warnings()::toString);
    }

    @Test
    void writes_header_offsets_that_match_the_text_keywords_and_the_segments() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        threeParameters().write(out, new double[10], new double[10], new double[10]);
        byte[] bytes = out.toByteArray();
        String header = new String(bytes, 0, 58, StandardCharsets.US_ASCII);
        assertEquals("FCS3.1    ", header.substring(0, 10));
        long textBegin = Long.parseLong(header.substring(10, 18).strip());
        long textEnd = Long.parseLong(header.substring(18, 26).strip());
        long dataBegin = Long.parseLong(header.substring(26, 34).strip());
        long dataEnd = Long.parseLong(header.substring(34, 42).strip());
        assertEquals(58, textBegin);
        assertEquals(textEnd + 1, dataBegin);
        assertEquals(dataBegin + 10 * 3 * 4 - 1, dataEnd);
        assertEquals(dataEnd + 1 + 8, bytes.length, "DATA is followed by an 8-byte CRC field");
        assertEquals('/', bytes[58]);
        assertEquals('/', bytes[(int) textEnd], "TEXT ends with its delimiter");
        FcsData d = FcsReader.read(new ByteArrayInputStream(bytes));
        assertEquals(Long.toString(dataBegin), d.keyword("$BEGINDATA"));
        assertEquals(Long.toString(dataEnd), d.keyword("$ENDDATA"));
        assertEquals("00000000", new String(bytes, bytes.length - 8, 8, StandardCharsets.US_ASCII));
    }

    @Test
    void writes_zero_header_data_offsets_beyond_99_999_999_bytes() throws IOException {
        double[] shared = new double[1_000_000];
        double[][] columns = new double[26][];
        FcsWriter.Builder b = FcsWriter.builder();
        for (int p = 0; p < columns.length; p++) {
            b.parameter("P" + p, null, 1024);
            columns[p] = shared;
        }
        PrefixStream out = new PrefixStream();
        b.write(out, columns);
        String header = new String(out.prefix, 0, 58, StandardCharsets.US_ASCII);
        assertEquals("       0       0", header.substring(26, 42));
        int textEnd = Integer.parseInt(header.substring(18, 26).strip());
        FcsMetadata m = FcsReader.readMetadata(new ByteArrayInputStream(out.prefix, 0, textEnd + 1));
        long begin = Long.parseLong(m.keyword("$BEGINDATA"));
        long end = Long.parseLong(m.keyword("$ENDDATA"));
        assertEquals(textEnd + 1, begin);
        assertEquals(begin + 104_000_000L - 1, end);
        assertEquals(end + 1 + 8, out.count);
    }

    @Test
    void picks_another_delimiter_when_a_value_starts_with_the_slash() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FcsWriter.builder().parameter("A", null, 1).keyword("PATH", "/data/x|y.fcs").write(out, new double[] {1});
        byte[] bytes = out.toByteArray();
        assertEquals('|', bytes[58]);
        assertEquals("/data/x|y.fcs", FcsReader.read(new ByteArrayInputStream(bytes)).keyword("PATH"));
    }

    @Test
    void writes_and_reads_a_file_without_events() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FcsWriter.builder().parameter("A", null, 1).write(out, new double[0]);
        FcsData d = FcsReader.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(0, d.eventCount());
        assertEquals(0, d.column(0).length);
    }

    @Test
    void rejects_managed_keywords_empty_values_and_mismatched_columns() {
        FcsWriter.Builder b = FcsWriter.builder().parameter("A", null, 1);
        assertThrows(IllegalArgumentException.class, () -> b.keyword("$TOT", "5"));
        assertThrows(IllegalArgumentException.class, () -> b.keyword("$p1n", "x"));
        assertThrows(IllegalArgumentException.class, () -> b.keyword("$SPILLOVER", "x"));
        assertThrows(IllegalArgumentException.class, () -> b.keyword("K", ""));
        assertThrows(IllegalArgumentException.class, () -> b.keyword(" K", "v"));
        assertThrows(IllegalArgumentException.class, () -> b.parameter("A", null, 1));
        assertThrows(IllegalArgumentException.class, () -> b.parameter("B,C", null, 1));
        assertThrows(IllegalArgumentException.class, () -> b.parameter("B", null, 0));
        assertThrows(IllegalArgumentException.class, () -> b.write(new ByteArrayOutputStream(), new double[1],
                new double[1]));
        assertThrows(IllegalArgumentException.class,
                () -> FcsWriter.builder().write(new ByteArrayOutputStream(), new double[0][]));
    }

    @Test
    void saves_the_scale_values_of_a_subset_with_the_template_keywords() throws IOException {
        RawFcs r = RawFcs.of("FCS2.0").layout("I", "4,3,2,1", 2, 3)
                .parameter(1, "FSC-H", 16, "1024").keyword("$P1G", "2")
                .parameter(2, "FL1-H", 16, "1024").keyword("$P2E", "4,0").keyword("$P2S", "CD3")
                .keyword("SPILL", "1,FL1-H,1").keyword("$CYT", "FACScan").keyword("EMPTY", "");
        r.data(RawFcs.ints(new int[] {2, 2}, ByteOrder.BIG_ENDIAN, new long[][] {{10, 0}, {20, 256}, {30, 512}}));
        FcsData source = FcsReader.read(new ByteArrayInputStream(r.build()));
        FcsData subset = source.subset(new int[] {2, 0});
        Path file = dir.resolve("subset.fcs");
        FcsWriter.builder(subset).write(file, subset);
        FcsData back = FcsReader.read(file);
        assertEquals(2, back.eventCount());
        assertArrayEquals(new double[] {15, 5}, back.column(0));
        assertArrayEquals(new double[] {100, 1}, back.column(1), 1e-4);
        assertEquals("CD3", back.parameterLabels().get(1));
        assertEquals("FACScan", back.keyword("$CYT"));
        assertNull(back.keyword("EMPTY"), "FCS 3.1 has no empty values");
        assertNull(back.keyword("$P1G"), "values are already scale values");
        assertEquals(10000, back.range(1), "$PnR follows the scale: 10^4");
        assertEquals(512, back.range(0));
        assertEquals(source.spillover(), back.spillover());
        assertTrue(back.warnings().isEmpty(), back.warnings()::toString);
        Map<String, String> keywords = back.keywords();
        assertEquals("2", keywords.get("$TOT"));
    }

    /** Counts bytes and keeps the first 64 KiB. */
    private static final class PrefixStream extends OutputStream {
        final byte[] prefix = new byte[1 << 16];
        long count;

        @Override
        public void write(int b) {
            if (count < prefix.length) {
                prefix[(int) count] = (byte) b;
            }
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count < prefix.length) {
                System.arraycopy(b, off, prefix, (int) count, (int) Math.min(len, prefix.length - count));
            }
            count += len;
        }
    }
}
