package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FcsReaderTest {

    @TempDir
    Path dir;

    /** Reads the bytes from a file and from a stream, checks both agree, and returns the file result. */
    private FcsData readBoth(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("t" + System.nanoTime() + ".fcs"), bytes);
        FcsData fromFile = FcsReader.read(file);
        FcsData fromStream = FcsReader.read(new ByteArrayInputStream(bytes));
        assertEquals(fromFile.keywords(), fromStream.keywords());
        assertEquals(fromFile.eventCount(), fromStream.eventCount());
        for (int p = 0; p < fromFile.parameterCount(); p++) {
            assertArrayEquals(fromFile.rawColumn(p), fromStream.rawColumn(p), "parameter " + p);
        }
        assertEquals(fromFile.warnings(), fromStream.warnings());
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(bytes.length + 3).put((byte) 1).put(bytes);
        buffer.flip().position(1);
        FcsData fromBuffer = FcsReader.read(buffer);
        assertEquals(1, buffer.position(), "the buffer's position is unchanged");
        assertEquals(fromFile.keywords(), fromBuffer.keywords());
        for (int p = 0; p < fromFile.parameterCount(); p++) {
            assertArrayEquals(fromFile.column(p), fromBuffer.column(p), "parameter " + p);
        }
        return fromFile;
    }

    private static FcsFormatException rejects(byte[] bytes) {
        FcsFormatException e = assertThrows(FcsFormatException.class,
                () -> FcsReader.read(new ByteArrayInputStream(bytes)));
        assertTrue(e.keyword() != null || e.byteOffset() >= 0 || e.getMessage().contains("byte"),
                () -> "message names no keyword or offset: " + e.getMessage());
        return e;
    }

    private static RawFcs ints(String version, String byteord, int[] bits, String[] ranges, long[][] events) {
        RawFcs r = RawFcs.of(version).layout("I", byteord, bits.length, events.length);
        for (int p = 0; p < bits.length; p++) {
            r.parameter(p + 1, "P" + (p + 1), bits[p], ranges[p]);
        }
        ByteOrder order = byteord.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int[] widths = new int[bits.length];
        for (int p = 0; p < bits.length; p++) {
            widths[p] = (bits[p] + 7) / 8;
        }
        return r.data(RawFcs.ints(widths, order, events));
    }

    @Test
    void reads_every_integer_width_in_both_byte_orders() throws IOException {
        long[][] events = {{1, 2, 3, 4, 5}, {255, 65535, 16777215, 4294967295L, 1L << 53}};
        for (String order : List.of("1,2,3,4", "4,3,2,1")) {
            byte[] bytes = ints("FCS3.1", order, new int[] {8, 16, 24, 32, 64},
                    new String[] {"256", "65536", "16777216", "4294967296", "18446744073709551616"}, events).build();
            FcsData d = readBoth(bytes);
            assertEquals(2, d.eventCount());
            for (int p = 0; p < 5; p++) {
                assertArrayEquals(new double[] {events[0][p], events[1][p]}, d.rawColumn(p), order + " P" + p);
            }
        }
    }

    @Test
    void reads_uint64_values_above_two_to_the_63() throws IOException {
        long big = 0xC000_0000_0000_0000L;
        byte[] bytes = ints("FCS3.2", "1,2,3,4", new int[] {64}, new String[] {"18446744073709551616"},
                new long[][] {{big}, {-1L}}).build();
        FcsData d = readBoth(bytes);
        assertEquals(1.3835058055282164E19, d.rawColumn(0)[0]);
        assertEquals(1.8446744073709552E19, d.rawColumn(0)[1]);
    }

    @Test
    void masks_integers_to_the_next_power_of_two_of_their_range() throws IOException {
        // variable_int_example.fcs oracle (docs/semantics.md#d1-fcs-scale-values): $PnR 11,209,599 with $PnB 32 gives a
        // 24-bit mask.
        byte[] bytes = ints("FCS3.0", "1,2,3,4", new int[] {16, 32, 16}, new String[] {"1024", "11209599", "1000"},
                new long[][] {{16912, 142_482_809L, 1023}, {1023, 3_220_139_858L, 1024}}).build();
        FcsData d = readBoth(bytes);
        assertArrayEquals(new double[] {528, 1023}, d.rawColumn(0));
        assertArrayEquals(new double[] {8_265_081, 15_691_602}, d.rawColumn(1));
        assertArrayEquals(new double[] {1023, 0}, d.rawColumn(2), "1000 rounds up to 1024: mask 1023");
    }

    @Test
    void leaves_integers_unmasked_when_range_is_missing_and_says_so() throws IOException {
        byte[] bytes = ints("FCS3.0", "1,2,3,4", new int[] {16}, new String[] {null}, new long[][] {{65535}})
                .build();
        FcsData d = readBoth(bytes);
        assertArrayEquals(new double[] {65535}, d.rawColumn(0));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("$P1R")), d.warnings()::toString);
    }

    @Test
    void reads_mixed_widths_and_rounds_odd_widths_up_to_whole_bytes() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 3, 1)
                .parameter(1, "A", 8, "256").parameter(2, "B", 10, "1024").parameter(3, "C", 32, "4294967296");
        r.data(RawFcs.ints(new int[] {1, 2, 4}, ByteOrder.LITTLE_ENDIAN, new long[][] {{7, 0x7FF, 123456}}));
        FcsData d = readBoth(r.build());
        assertArrayEquals(new double[] {7}, d.rawColumn(0));
        assertArrayEquals(new double[] {1023}, d.rawColumn(1));
        assertArrayEquals(new double[] {123456}, d.rawColumn(2));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("$P2B is 10 bits")), d.warnings()::toString);
    }

    @Test
    void reads_two_byte_orders_of_fcs_2_0_files() throws IOException {
        for (String order : List.of("1,2", "2,1")) {
            byte[] bytes = ints("FCS2.0", order, new int[] {16, 16}, new String[] {"65536", "65536"},
                    new long[][] {{0x1234, 0xABCD}}).build();
            FcsData d = readBoth(bytes);
            assertArrayEquals(new double[] {0x1234}, d.rawColumn(0), order);
            assertArrayEquals(new double[] {0xABCD}, d.rawColumn(1), order);
        }
    }

    @Test
    void reads_a_mixed_byte_order_for_values_of_that_width() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").layout("I", "3,4,1,2", 1, 1).parameter(1, "A", 32, "4294967296");
        r.data(new byte[] {0x33, 0x44, 0x11, 0x22});
        FcsData d = readBoth(r.build());
        assertArrayEquals(new double[] {0x44332211L}, d.rawColumn(0));
    }

    @Test
    void rejects_a_mixed_byte_order_for_values_of_another_width() {
        RawFcs r = RawFcs.of("FCS3.0").layout("I", "3,4,1,2", 1, 1).parameter(1, "A", 16, "65536");
        r.data(new byte[] {1, 2});
        assertEquals("$BYTEORD", rejects(r.build()).keyword());
    }

    @Test
    void reads_floats_and_doubles_in_both_byte_orders() throws IOException {
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            String byteord = order == ByteOrder.LITTLE_ENDIAN ? "1,2,3,4" : "4,3,2,1";
            RawFcs f = RawFcs.of("FCS3.0").layout("F", byteord, 2, 2)
                    .parameter(1, "A", 32, "262144").parameter(2, "B", 32, "262144");
            f.data(RawFcs.floats(order, new float[][] {{1.5f, -2.25f}, {Float.MAX_VALUE, 1e-30f}}));
            FcsData d = readBoth(f.build());
            assertArrayEquals(new double[] {1.5, Float.MAX_VALUE}, d.column(0));
            assertArrayEquals(new double[] {-2.25, 1e-30f}, d.column(1));

            String byteord8 = order == ByteOrder.LITTLE_ENDIAN ? "1,2,3,4,5,6,7,8" : "8,7,6,5,4,3,2,1";
            RawFcs dd = RawFcs.of("FCS3.1").layout("D", byteord8, 1, 2).parameter(1, "A", 64, "1");
            dd.data(RawFcs.doubles(order, new double[][] {{Math.PI}, {-1e300}}));
            assertArrayEquals(new double[] {Math.PI, -1e300}, readBoth(dd.build()).column(0), byteord8);
        }
    }

    @Test
    void reads_fixed_width_and_delimited_ascii_data() throws IOException {
        RawFcs fixed = RawFcs.of("FCS2.0").layout("A", "1,2,3,4", 2, 2)
                .parameter(1, "A", 4, "1024").parameter(2, "B", 3, "1024");
        fixed.data(" 12  7  1.5  9".getBytes(StandardCharsets.US_ASCII));
        FcsData d = readBoth(fixed.build());
        assertArrayEquals(new double[] {12, 1.5}, d.rawColumn(0));
        assertArrayEquals(new double[] {7, 9}, d.rawColumn(1));

        RawFcs delimited = RawFcs.of("FCS3.0").layout("A", "1,2,3,4", 2, 3)
                .keyword("$P1N", "A").keyword("$P1B", "*").keyword("$P2N", "B").keyword("$P2B", "*");
        delimited.data("1,2\n3.5 4\r\n-5,6e2\n".getBytes(StandardCharsets.US_ASCII));
        FcsData a = readBoth(delimited.build());
        assertArrayEquals(new double[] {1, 3.5, -5}, a.rawColumn(0));
        assertArrayEquals(new double[] {2, 4, 600}, a.rawColumn(1));
    }

    @Test
    void decodes_log_amplification_and_divides_linear_parameters_by_gain() throws IOException {
        // The data1.fcs recipe (docs/fcs.md#the-data1-recipe): 10-bit mask, $PnE 4,0 read as 4,1, $PnG on linear
        // parameters.
        RawFcs r = RawFcs.of("FCS2.0").layout("I", "4,3,2,1", 4, 2)
                .parameter(1, "FSC-H", 16, "1024").keyword("$P1G", "3.67")
                .parameter(2, "FL1-H", 16, "1024").keyword("$P2E", "4,0")
                .parameter(3, "FL2-H", 16, "1024").keyword("$P3E", " 4.0,0.1024").keyword("$P3G", "8")
                .parameter(4, "Time", 16, "1024").keyword("$P4E", "0,0").keyword("$P4G", "0");
        r.data(RawFcs.ints(new int[] {2, 2, 2, 2}, ByteOrder.BIG_ENDIAN,
                new long[][] {{367, 256, 512, 10}, {1024 + 100, 0, 1023, 11}}));
        FcsData d = readBoth(r.build());
        assertArrayEquals(new double[] {100, 100 / 3.67}, d.column(0), 1e-12);
        assertArrayEquals(new double[] {367, 100}, d.rawColumn(0));
        assertArrayEquals(new double[] {10, 1}, d.column(1), 1e-12);
        assertArrayEquals(new double[] {0.1024 * 100, 0.1024 * StrictMath.pow(10, 4 * 1023 / 1024.0)},
                d.column(2), 1e-9, "gain is not applied to a log parameter");
        assertArrayEquals(new double[] {10, 11}, d.column(3), "$PnG 0 is ignored");
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("$P4G")), d.warnings()::toString);
    }

    @Test
    void divides_float_parameters_by_gain() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").layout("F", "4,3,2,1", 1, 1).parameter(1, "Time", 32, "262144")
                .keyword("$P1G", "0.01").keyword("$P1E", "0.000000,0.000000");
        r.data(RawFcs.floats(ByteOrder.BIG_ENDIAN, new float[][] {{2}}));
        FcsData d = readBoth(r.build());
        assertEquals(200, d.column(0)[0], 1e-9);
        assertEquals(2, d.rawColumn(0)[0]);
    }

    @Test
    void unescapes_doubled_delimiters_and_reads_empty_values() throws IOException {
        RawFcs r = RawFcs.of("FCS2.0").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1");
        r.keyword("$P1S", "GFP/FITC-A").keyword("FILTER", "561//10 nm").keyword("EMPTY", "").keyword("END", "b/");
        r.data(RawFcs.floats(ByteOrder.LITTLE_ENDIAN, new float[][] {{1}}));
        FcsData d = readBoth(r.build());
        assertEquals("GFP/FITC-A", d.parameterLabels().get(0));
        assertEquals("561//10 nm", d.keyword("filter"));
        assertEquals("", d.keyword("EMPTY"));
        assertEquals("b/", d.keyword("END"));
    }

    @Test
    void keeps_raw_keys_and_looks_them_up_case_insensitively_with_the_dollar_sign() throws IOException {
        RawFcs r = RawFcs.of("FCS3.1").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1")
                .keyword("BD$WORD0", "x$y").keyword("$Fil", "a.fcs");
        r.data(new byte[4]);
        FcsData d = readBoth(r.build());
        assertEquals("a.fcs", d.keyword("$FIL"));
        assertNull(d.keyword("FIL"), "the $ is part of the keyword");
        assertEquals("x$y", d.keyword("bd$word0"));
        assertTrue(d.keywords().containsKey("$Fil"));
        assertEquals("1", d.keyword("$tot"));
    }

    @Test
    void reads_a_form_feed_delimited_text_with_padded_numbers_and_trailing_padding() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").delimiter('\f').layout("F", "4,3,2,1", 1, 2).keyword("$TOT", "2      ")
                .parameter(1, "A", 32, "   262144");
        r.data(RawFcs.floats(ByteOrder.BIG_ENDIAN, new float[][] {{1}, {2}}));
        byte[] bytes = r.build();
        FcsData d = readBoth(bytes);
        assertEquals(2, d.eventCount());
        assertEquals(262144, d.range(0));
    }

    @Test
    void accepts_blank_and_zero_padded_header_offsets() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1")
                .headerData("        ", "        ");
        r.data(RawFcs.floats(ByteOrder.LITTLE_ENDIAN, new float[][] {{7}}));
        assertEquals(7, readBoth(r.build()).column(0)[0]);

        byte[] zeroPadded = RawFcs.of("FCS3.0").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1")
                .data(RawFcs.floats(ByteOrder.LITTLE_ENDIAN, new float[][] {{8}})).build();
        String head = new String(zeroPadded, 0, 58, StandardCharsets.ISO_8859_1);
        String padded = head.substring(0, 10) + head.substring(10, 42).replace(' ', '0') + head.substring(42);
        System.arraycopy(padded.getBytes(StandardCharsets.ISO_8859_1), 0, zeroPadded, 0, 58);
        assertEquals(8, readBoth(zeroPadded).column(0)[0]);
    }

    @Test
    void uses_the_consistent_offsets_when_header_and_text_disagree_and_reports_which() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").layout("F", "1,2,3,4", 1, 2).parameter(1, "A", 32, "1");
        r.data(RawFcs.floats(ByteOrder.LITTLE_ENDIAN, new float[][] {{1}, {2}}));
        byte[] good = r.build();
        // HEADER DATA begin pointing into TEXT: the TEXT offsets are used.
        byte[] bytes = good.clone();
        System.arraycopy(RawFcs.pad(60).getBytes(StandardCharsets.US_ASCII), 0, bytes, 26, 8);
        FcsData d = readBoth(bytes);
        assertArrayEquals(new double[] {1, 2}, d.column(0));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("disagree") && w.contains("used the TEXT")),
                d.warnings()::toString);
        // $BEGINDATA wrong (past the end) but the HEADER right: the HEADER offsets are used, even for FCS 3.0.
        String text = new String(good, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("$BEGINDATA/") + 11;
        byte[] wrongText = good.clone();
        wrongText[at] = '9';
        FcsData h = readBoth(wrongText);
        assertArrayEquals(new double[] {1, 2}, h.column(0));
        assertTrue(h.warnings().stream().anyMatch(w -> w.contains("used the HEADER")), h.warnings()::toString);
    }

    @Test
    void tolerates_an_end_offset_one_byte_too_large_and_trailing_bytes() throws IOException {
        RawFcs r = RawFcs.of("FCS3.0").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1").textOffsets(false);
        r.data(RawFcs.floats(ByteOrder.LITTLE_ENDIAN, new float[][] {{3}}));
        byte[] plain = r.build();
        long begin = Long.parseLong(new String(plain, 26, 8, StandardCharsets.US_ASCII).strip());
        r.headerData(RawFcs.pad(begin), RawFcs.pad(begin + 4)).trailing("00000000\n".getBytes(StandardCharsets.US_ASCII));
        FcsData d = readBoth(r.build());
        assertEquals(3, d.column(0)[0]);
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("one byte longer")), d.warnings()::toString);
    }

    @Test
    void fcs_2_0_uses_header_offsets_and_may_omit_tot() throws IOException {
        RawFcs r = RawFcs.of("FCS2.0").layout("I", "1,2", 1, 3).parameter(1, "A", 16, "1024").remove("$TOT");
        r.data(RawFcs.ints(new int[] {2}, ByteOrder.LITTLE_ENDIAN, new long[][] {{1}, {2}, {3}}));
        FcsData d = readBoth(r.build());
        assertEquals(3, d.eventCount());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("$TOT is missing")), d.warnings()::toString);
    }

    @Test
    void reads_begindata_beyond_the_header_limit_from_a_sparse_file() throws IOException {
        long begin = 100_000_000L;
        String text = "/$BEGINDATA/" + begin + "/$ENDDATA/" + (begin + 7) + "/$MODE/L/$DATATYPE/F/$BYTEORD/1,2,3,4/"
                + "$PAR/1/$TOT/2/$P1N/A/$P1B/32/$P1R/1/";
        String header = "FCS3.1    " + RawFcs.pad(58) + RawFcs.pad(58 + text.length() - 1) + RawFcs.pad(0)
                + RawFcs.pad(0) + RawFcs.pad(0) + RawFcs.pad(0);
        Path file = dir.resolve("large.fcs");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            ch.write(ByteBuffer.wrap((header + text).getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.25f).putFloat(-4);
            ch.write(data.flip(), begin);
        }
        FcsData d = FcsReader.read(file);
        assertArrayEquals(new double[] {1.25, -4}, d.column(0));
        assertTrue(d.warnings().isEmpty(), d.warnings()::toString);
    }

    @Test
    void counts_data_sets_chained_by_nextdata_and_reads_the_first() throws IOException {
        byte[] second = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "B", 8, "256")
                .data(new byte[] {9}).build();
        byte[] third = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "C", 8, "256")
                .data(new byte[] {10}).build();
        RawFcs secondWithNext = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "B", 8, "256")
                .data(new byte[] {9});
        byte[] sizing = secondWithNext.keyword("$NEXTDATA", RawFcs.pad(second.length + 100).strip()).build();
        RawFcs first = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "A", 8, "256")
                .data(new byte[] {8});
        byte[] probe = first.keyword("$NEXTDATA", "0000000000").build();
        byte[] firstBytes = first.keyword("$NEXTDATA", String.format("%010d", probe.length + 10)).build();
        byte[] secondBytes = secondWithNext.keyword("$NEXTDATA", Integer.toString(sizing.length + 5)).build();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.writeBytes(firstBytes);
        all.writeBytes(new byte[10]);
        all.writeBytes(secondBytes);
        all.writeBytes(new byte[sizing.length + 5 - secondBytes.length]);
        all.writeBytes(third);
        FcsData d = readBoth(all.toByteArray());
        assertEquals(3, d.dataSetCount());
        assertEquals(List.of("A"), d.parameterNames());
        assertArrayEquals(new double[] {8}, d.rawColumn(0));
    }

    @Test
    void stops_counting_data_sets_at_a_nextdata_that_points_nowhere() throws IOException {
        byte[] bytes = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "A", 8, "256")
                .keyword("$NEXTDATA", "99999").data(new byte[] {8}).build();
        FcsData d = readBoth(bytes);
        assertEquals(1, d.dataSetCount());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("$NEXTDATA")), d.warnings()::toString);
    }

    @Test
    void accepts_a_missing_final_delimiter_and_drops_a_dangling_key() throws IOException {
        String text = "/$MODE/L/$DATATYPE/I/$BYTEORD/1,2,3,4/$PAR/1/$TOT/1/$P1N/A/$P1B/8/$P1R/256/LAST/x";
        byte[] bytes = RawFcs.of("FCS2.0").rawText(text).data(new byte[] {5}).build();
        FcsData d = readBoth(bytes);
        assertEquals("x", d.keyword("LAST"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("does not end with its delimiter")));

        String dangling = "/$MODE/L/$DATATYPE/I/$BYTEORD/1,2,3,4/$PAR/1/$TOT/1/$P1N/A/$P1B/8/$P1R/256/ODD";
        FcsData o = readBoth(RawFcs.of("FCS2.0").rawText(dangling).data(new byte[] {5}).build());
        assertNull(o.keyword("ODD"));
        assertTrue(o.warnings().stream().anyMatch(w -> w.contains("'ODD'")), o.warnings()::toString);
    }

    @Test
    void reads_parameters_numbered_from_zero() throws IOException {
        String text = "/$MODE/L/$DATATYPE/I/$BYTEORD/1,2,3,4/$PAR/2/$TOT/1/$P0N/A/$P0B/8/$P0R/256/$P1N/B/$P1B/8/"
                + "$P1R/256/";
        FcsData d = readBoth(RawFcs.of("FCS2.0").rawText(text).data(new byte[] {5, 6}).build());
        assertEquals(List.of("A", "B"), d.parameterNames());
        assertArrayEquals(new double[] {6}, d.rawColumn(1));
    }

    @Test
    void rejects_a_file_that_is_not_fcs_naming_offset_zero() {
        FcsFormatException e = rejects("oi21j08cn\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, e.byteOffset());
        assertTrue(e.getMessage().contains("not an FCS file"), e.getMessage());
        rejects(new byte[0]);
        rejects("FCS3.1    ".getBytes(StandardCharsets.US_ASCII));
        rejects("FCS9.9    ".repeat(10).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void rejects_a_truncated_file_naming_the_data_offsets() {
        byte[] whole = RawFcs.of("FCS3.1").layout("F", "1,2,3,4", 1, 100).parameter(1, "A", 32, "1")
                .data(new byte[400]).build();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        FcsFormatException e = rejects(cut);
        assertTrue(e.getMessage().contains("DATA"), e.getMessage());
        FcsFormatException text = rejects(java.util.Arrays.copyOf(whole, 80));
        assertTrue(text.getMessage().contains("TEXT"), text.getMessage());
    }

    @Test
    void rejects_a_non_numeric_or_huge_tot_before_allocating() {
        RawFcs r = RawFcs.of("FCS3.1").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1").data(new byte[4]);
        assertEquals("$TOT", rejects(r.keyword("$TOT", "12a").build()).keyword());
        FcsFormatException huge = rejects(r.keyword("$TOT", "2000000000").build());
        assertTrue(huge.getMessage().contains("beyond the end") || huge.getMessage().contains("ends inside"),
                huge.getMessage());
        assertEquals("$TOT", rejects(r.keyword("$TOT", "99999999999999").build()).keyword());
    }

    @Test
    void rejects_a_par_that_disagrees_with_the_parameter_keywords() {
        RawFcs r = RawFcs.of("FCS3.1").layout("F", "1,2,3,4", 2, 1).parameter(1, "A", 32, "1").data(new byte[8]);
        assertEquals("$P2B", rejects(r.build()).keyword());
        assertEquals("$PAR", rejects(r.keyword("$PAR", "1000000").build()).keyword());
        assertEquals("$PAR", rejects(r.keyword("$PAR", "two").build()).keyword());
    }

    @Test
    void rejects_bad_header_offsets_naming_the_byte() {
        byte[] good = RawFcs.of("FCS3.1").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1")
                .data(new byte[4]).build();
        byte[] letters = good.clone();
        System.arraycopy("   12x45".getBytes(StandardCharsets.US_ASCII), 0, letters, 10, 8);
        assertEquals(10, rejects(letters).byteOffset());
        byte[] inHeader = good.clone();
        System.arraycopy(RawFcs.pad(20).getBytes(StandardCharsets.US_ASCII), 0, inHeader, 10, 8);
        assertEquals(10, rejects(inHeader).byteOffset());
        byte[] pastEnd = good.clone();
        System.arraycopy(RawFcs.pad(99_999_999).getBytes(StandardCharsets.US_ASCII), 0, pastEnd, 18, 8);
        assertThrows(FcsFormatException.class, () -> FcsReader.read(Files.write(dir.resolve("e.fcs"), pastEnd)));
    }

    @Test
    void rejects_histogram_modes_and_unknown_datatypes() {
        RawFcs r = RawFcs.of("FCS3.0").layout("F", "1,2,3,4", 1, 1).parameter(1, "A", 32, "1").data(new byte[4]);
        assertEquals("$MODE", rejects(r.keyword("$MODE", "U").build()).keyword());
        assertEquals("$DATATYPE", rejects(r.keyword("$MODE", "L").keyword("$DATATYPE", "X").build()).keyword());
        assertEquals("$P1B", rejects(r.keyword("$DATATYPE", "F").keyword("$P1B", "16").build()).keyword());
    }

    @Test
    void names_the_file_in_messages_when_reading_a_path() throws IOException {
        Path file = Files.write(dir.resolve("bad.fcs"), "nonsense".getBytes(StandardCharsets.US_ASCII));
        FcsFormatException e = assertThrows(FcsFormatException.class, () -> FcsReader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void reads_metadata_of_a_file_whose_data_is_missing() throws IOException {
        byte[] whole = RawFcs.of("FCS3.1").layout("F", "1,2,3,4", 1, 100).parameter(1, "A", 32, "1")
                .data(new byte[400]).build();
        int textEnd = Integer.parseInt(new String(whole, 18, 8, StandardCharsets.US_ASCII).strip());
        byte[] headOnly = java.util.Arrays.copyOf(whole, textEnd + 1);
        Path file = Files.write(dir.resolve("head.fcs"), headOnly);
        assertThrows(FcsFormatException.class, () -> FcsReader.read(file));
        FcsMetadata m = FcsReader.readMetadata(file);
        assertEquals("100", m.keyword("$TOT"));
        assertEquals("FCS3.1", m.version());
        assertEquals(m.keywords().size(), FcsReader.readMetadata(new ByteArrayInputStream(headOnly)).keywords().size());
    }
}
