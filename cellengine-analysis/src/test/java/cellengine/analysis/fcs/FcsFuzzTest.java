package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation loop: small valid FCS files (written by {@link FcsWriter}, built by hand, and the smallest corpus
 * files) are damaged by bit flips, truncations, insertions, deletions and edits of keyword values and HEADER offsets,
 * then read as a file (known length) and as a stream. The only acceptable failure is an {@link FcsFormatException}
 * that is not a wrapped unchecked exception; a successful read must be sane (no more values than bytes).
 *
 * <p>{@code -Dfcs.fuzz.iterations=N} (default 100,000) and {@code -Dfcs.fuzz.seed=S} run longer or other loops.
 */
class FcsFuzzTest {

    private static final String[] KEYWORDS = {"$TOT", "$PAR", "$BEGINDATA", "$ENDDATA", "$P1B", "$P2B", "$P1R",
        "$P2R", "$NEXTDATA", "$BYTEORD", "$DATATYPE", "$MODE", "$SPILLOVER", "$P1E", "$P1G", "$BEGINSTEXT",
        "$ENDSTEXT"};
    private static final String[] VALUES = {"", "0", "1", "-1", "2", "7", "8", "24", "64", "65", "255",
        "2147483647", "2147483648", "4294967296", "99999999", "100000000", "9223372036854775807",
        "99999999999999999999", "abc", "1e9", "NaN", "4,3,2,1", "1,2", "3,4,1,2", "A", "I", "D", "F", "U", "*",
        "4,0", "0,0", "2,a,b,1,0,0,1", "999999,x", " 12 "};

    @Test
    void mutated_inputs_fail_only_with_fcs_format_exceptions() throws IOException {
        int iterations = Integer.getInteger("fcs.fuzz.iterations", 100_000);
        long seed = Long.getLong("fcs.fuzz.seed", 20240611L);
        List<byte[]> seeds = seeds();
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < iterations; i++) {
            byte[] original = seeds.get(random.nextInt(seeds.size()));
            byte[] input = original;
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random);
            }
            boolean asFile = (i & 1) == 0;
            try {
                FcsData data = asFile ? FcsReader.read(new ArrayByteSource(input))
                        : FcsReader.read(new ByteArrayInputStream(input));
                checkSane(data, input.length);
                accepted++;
            } catch (FcsFormatException e) {
                if (e.getCause() instanceof RuntimeException) {
                    fail(report(seed, i, input, e.getCause()));
                }
                rejected++;
            } catch (RuntimeException | IOException | Error e) {
                fail(report(seed, i, input, e));
            }
        }
        assertEquals(iterations, accepted + rejected);
        assertTrue(accepted > iterations / 20, "too few mutated inputs were still readable: " + accepted);
        assertTrue(rejected > iterations / 20, "too few mutated inputs were rejected: " + rejected);
    }

    private static void checkSane(FcsData data, int inputLength) {
        int events = data.eventCount();
        int parameters = data.parameterCount();
        assertTrue(parameters >= 1 && events >= 0);
        assertTrue((long) events * parameters <= inputLength, "more values than input bytes");
        assertEquals(parameters, data.parameterNames().size());
        for (int p = 0; p < parameters; p++) {
            assertEquals(events, data.column(p).length);
            assertEquals(events, data.rawColumn(p).length);
        }
        data.spillover().ifPresent(s -> assertEquals(s.size() * s.size(), s.matrix().length));
        if (events > 0) {
            long[] first = new long[(events + 63) >>> 6];
            first[0] = 1;
            assertEquals(1, data.subset(first).eventCount());
        }
    }

    private static String report(long seed, int iteration, byte[] input, Throwable t) {
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        return "seed " + seed + ", iteration " + iteration + ": " + t + "\ninput (" + input.length + " bytes): "
                + HexFormat.of().formatHex(input, 0, Math.min(input.length, 4096)) + "\n" + trace;
    }

    private static byte[] mutate(byte[] in, SplittableRandom r) {
        if (in.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        switch (r.nextInt(8)) {
            case 0: {
                byte[] out = in.clone();
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    int at = r.nextInt(out.length);
                    out[at] ^= (byte) (1 << r.nextInt(8));
                }
                return out;
            }
            case 1:
                return java.util.Arrays.copyOf(in, r.nextInt(in.length));
            case 2: {
                int at = r.nextInt(in.length + 1);
                byte[] extra = new byte[1 + r.nextInt(16)];
                for (int k = 0; k < extra.length; k++) {
                    extra[k] = r.nextBoolean() ? (byte) r.nextInt(256) : in[r.nextInt(in.length)];
                }
                return splice(in, at, at, extra);
            }
            case 3: {
                int at = r.nextInt(in.length);
                int end = Math.min(in.length, at + 1 + r.nextInt(32));
                return splice(in, at, end, new byte[0]);
            }
            case 4:
            case 5:
                return editKeyword(in, r);
            case 6:
                return editHeader(in, r);
            default: {
                int at = r.nextInt(in.length);
                int end = Math.min(in.length, at + 1 + r.nextInt(64));
                int to = r.nextInt(in.length + 1);
                return splice(in, to, to, java.util.Arrays.copyOfRange(in, at, end));
            }
        }
    }

    /** Replaces the value of a keyword found in the bytes (the first byte of TEXT is assumed to be at 58). */
    private static byte[] editKeyword(byte[] in, SplittableRandom r) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        String key = KEYWORDS[r.nextInt(KEYWORDS.length)];
        int at = text.indexOf(key);
        if (at < 1 || at + key.length() >= text.length()) {
            return editHeader(in, r);
        }
        char delimiter = text.charAt(at - 1);
        int valueStart = at + key.length() + 1;
        int valueEnd = text.indexOf(delimiter, valueStart);
        if (valueEnd < 0) {
            return in;
        }
        String value = r.nextInt(4) == 0 ? Long.toString(r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63))
                : VALUES[r.nextInt(VALUES.length)];
        return splice(in, valueStart, valueEnd, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] editHeader(byte[] in, SplittableRandom r) {
        if (in.length < 58) {
            return in;
        }
        byte[] out = in.clone();
        int field = 10 + 8 * r.nextInt(6);
        String value = VALUES[r.nextInt(VALUES.length)];
        if (r.nextBoolean()) {
            value = Integer.toString(r.nextInt(Math.max(1, in.length * 2)));
        }
        String padded = value.length() >= 8 ? value.substring(0, 8) : " ".repeat(8 - value.length()) + value;
        System.arraycopy(padded.getBytes(StandardCharsets.ISO_8859_1), 0, out, field, 8);
        return out;
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int par = 1; par <= 3; par++) {
            double[][] columns = new double[par][20];
            FcsWriter.Builder b = FcsWriter.builder();
            List<String> names = new ArrayList<>();
            for (int p = 0; p < par; p++) {
                names.add("P" + p + "-A");
                b.parameter(names.get(p), p == 0 ? null : "label/" + p, 262144);
                for (int e = 0; e < 20; e++) {
                    columns[p][e] = r.nextDouble(-100, 1e5);
                }
            }
            double[] identity = new double[par * par];
            for (int p = 0; p < par; p++) {
                identity[p * par + p] = 1;
            }
            b.spillover(new Spillover(names, identity)).keyword("$FIL", "fuzz.fcs");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            b.write(out, columns);
            seeds.add(out.toByteArray());
        }
        seeds.add(RawFcs.of("FCS2.0").delimiter('\\').layout("I", "4,3,2,1", 2, 8)
                .parameter(1, "FSC-H", 16, "1024").keyword("$P1G", "3.67")
                .parameter(2, "FL1-H", 16, "1024").keyword("$P2E", "4,0").keyword("EMPTY", "")
                .data(RawFcs.ints(new int[] {2, 2}, ByteOrder.BIG_ENDIAN, rows(8, 2, 70000))).build());
        seeds.add(RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 3, 6)
                .parameter(1, "A", 8, "256").parameter(2, "B", 24, "1000000").parameter(3, "C", 32, "11209599")
                .keyword("$NEXTDATA", "0")
                .data(RawFcs.ints(new int[] {1, 3, 4}, ByteOrder.LITTLE_ENDIAN, rows(6, 3, Integer.MAX_VALUE)))
                .build());
        seeds.add(RawFcs.of("FCS3.2").layout("D", "8,7,6,5,4,3,2,1", 2, 4)
                .parameter(1, "A", 64, "1").parameter(2, "B", 64, "1")
                .data(RawFcs.doubles(ByteOrder.BIG_ENDIAN, new double[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}})).build());
        seeds.add(RawFcs.of("FCS3.0").layout("A", "1,2,3,4", 2, 3)
                .keyword("$P1N", "A").keyword("$P1B", "*").keyword("$P2N", "B").keyword("$P2B", "*")
                .data("1,2\n3.5 4\n-5,6e2\n".getBytes(StandardCharsets.US_ASCII)).build());
        seeds.add(RawFcs.of("FCS2.0").layout("A", "1,2,3,4", 2, 2).parameter(1, "A", 4, "1024")
                .parameter(2, "B", 3, "1024").data(" 12  7 1.5  9".getBytes(StandardCharsets.US_ASCII)).build());
        byte[] second = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "B", 8, "256")
                .data(new byte[] {9}).build();
        RawFcs chained = RawFcs.of("FCS3.0").layout("I", "1,2,3,4", 1, 1).parameter(1, "A", 8, "256")
                .data(new byte[] {8});
        int firstLength = chained.keyword("$NEXTDATA", "0000").build().length;
        ByteArrayOutputStream chain = new ByteArrayOutputStream();
        chain.writeBytes(chained.keyword("$NEXTDATA", String.format("%04d", firstLength)).build());
        chain.writeBytes(second);
        seeds.add(chain.toByteArray());
        Path corpus = corpusOrNull();
        if (corpus != null) {
            for (String small : List.of("flowkit/simple_line_example/data_set_simple_line_100.fcs",
                    "flowio/data_start_offset_discrepancy_example.fcs", "fcsparser/cytek-nl-2000/sample_header.fcs",
                    "fcsparser/corrupted/corrupted.fcs")) {
                Path file = corpus.resolve(small);
                if (Files.isRegularFile(file)) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        return seeds;
    }

    private static long[][] rows(int events, int parameters, long bound) {
        SplittableRandom r = new SplittableRandom(events * 31L + parameters);
        long[][] rows = new long[events][parameters];
        for (long[] row : rows) {
            for (int p = 0; p < parameters; p++) {
                row[p] = r.nextLong(bound);
            }
        }
        return rows;
    }

    private static Path corpusOrNull() {
        try {
            return FcsCorpusTest.corpus();
        } catch (org.opentest4j.TestAbortedException e) {
            return null;
        }
    }
}
