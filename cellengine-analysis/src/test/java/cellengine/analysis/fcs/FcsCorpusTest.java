package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every file of the shared FCS corpus and checks every expectation of its MANIFEST.json. The corpus is found
 * through {@code -Dcellengine.corpus=DIR} (or {@code -Dfcs.corpus.dir}), else as {@code shared/data/fcs} in the
 * module directory or one of its ancestors (a CI clone has {@code shared/} beside the repository). Skipped, with
 * the paths tried, when absent.
 */
class FcsCorpusTest {

    /** fcsparser's tolerance for first-event values (assert_array_almost_equal, decimal=4, against float32). */
    private static final double TOLERANCE = 1.5e-4;

    static Path corpus() {
        List<Path> tried = new ArrayList<>();
        for (String property : List.of("cellengine.corpus", "fcs.corpus.dir")) {
            String dir = System.getProperty(property);
            if (dir != null) {
                tried.add(Paths.get(dir));
            }
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            tried.add(p.resolve("shared/data/fcs"));
        }
        for (Path dir : tried) {
            if (Files.isRegularFile(dir.resolve("MANIFEST.json"))) {
                return dir;
            }
        }
        Assumptions.abort("corpus folder absent: no MANIFEST.json in any of " + tried
                + "; set -Dcellengine.corpus=DIR to run the real-file FCS tests");
        return null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> manifest(Path dir) throws IOException {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(dir.resolve("MANIFEST.json")));
        return (List<Map<String, Object>>) root.get("files");
    }

    @TestFactory
    Stream<DynamicTest> every_manifest_entry_reads_or_fails_as_expected() throws IOException {
        Path dir = corpus();
        return manifest(dir).stream().map(entry -> DynamicTest.dynamicTest((String) entry.get("path"),
                () -> check(dir, entry)));
    }

    @org.junit.jupiter.api.Test
    void quirks_of_named_files_read_as_documented() throws IOException {
        Path dir = corpus();
        FcsData g11 = FcsReader.read(dir.resolve("flowio/G11.fcs"));
        assertEquals("Alexa Fluor\u2122 405-A", g11.parameterLabels().get(5));
        assertEquals(5, g11.spillover().orElseThrow().size());
        FcsData duplicate = FcsReader.read(dir.resolve("fcsparser/MiltenyiBiotec/FCS3.1/SG_2014-09-26_Duplicate_Names.fcs"));
        assertEquals("GFP/FITC-A", duplicate.keyword("$P8S"));
        assertEquals("561//10 nm", duplicate.keyword("$P4F"));
        FcsData fiveK = FcsReader.read(dir.resolve("cellengine-r-toolkit/5k.fcs"));
        assertEquals(9, fiveK.spillover().orElseThrow().size());
        assertEquals(null, fiveK.parameterLabels().get(0), "a blank $PnS is no label");
        FcsData facscan = FcsReader.read(dir.resolve("flowio/3FITC_4PE_004.fcs"));
        double raw = facscan.rawColumn("FL1-H")[0];
        assertEquals(StrictMath.pow(10, 4 * raw / 1024), facscan.column("FL1-H")[0], 1e-12, "$PnE 4,0 read as 4,1");
        assertEquals(facscan.rawColumn("FSC-H")[0], facscan.column("FSC-H")[0]);
        FcsData coulter = FcsReader.read(dir.resolve("flowkit/multi_dataset_fcs/coulter.lmd"));
        assertEquals(2, coulter.dataSetCount());
        FcsData diva = FcsReader.read(dir.resolve("fcsparser/FACS_Diva/facs_diva_test.fcs"));
        assertEquals(diva.rawColumn("Time")[0] / 0.01, diva.column("Time")[0], 1e-9, "$P1G 0.01 divides Time");
    }

    @SuppressWarnings("unchecked")
    private static void check(Path dir, Map<String, Object> entry) throws Exception {
        String name = (String) entry.get("path");
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("the corpus is incomplete: " + file + " is listed in MANIFEST.json but missing");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(((Double) entry.get("bytes")).longValue(), bytes.length, name + ": size");
        assertEquals(entry.get("sha256"), sha256(bytes), name + ": sha256 (the copy was modified)");
        String kind = (String) entry.get("kind");
        if (kind.equals("companion")) {
            return;
        }
        if (kind.equals("not_fcs")) {
            FcsFormatException e = assertThrows(FcsFormatException.class, () -> FcsReader.read(file));
            assertTrue(e.getMessage().contains("not an FCS file"), e.getMessage());
            return;
        }
        List<Map<String, Object>> expected = (List<Map<String, Object>>) entry.getOrDefault("expected", List.of());
        Map<String, Object> textOnly = expected.stream().filter(x -> x.get("kind").equals("text_only")).findFirst()
                .orElse(null);
        if (textOnly != null) {
            checkTextOnly(file, entry, textOnly);
            return;
        }
        FcsData data = FcsReader.read(file);
        assertEquals(entry.get("fcs_version"), data.version(), name + ": version");
        assertEquals(entry.get("datatype"), data.keyword("$DATATYPE").strip(), name + ": $DATATYPE");
        assertEquals(entry.get("byteord"), data.keyword("$BYTEORD").strip(), name + ": $BYTEORD");
        assertEquals(((Double) entry.get("par")).intValue(), data.parameterCount(), name + ": $PAR");
        assertEquals(((Double) entry.get("tot")).intValue(), data.eventCount(), name + ": $TOT");
        List<Object> datasets = (List<Object>) entry.get("datasets");
        assertEquals(datasets == null ? 1 : datasets.size(), data.dataSetCount(), name + ": data sets");
        Map<String, Object> offsets = (Map<String, Object>) entry.get("data_offsets");
        List<Double> text = (List<Double>) offsets.get("text");
        if (text != null) {
            assertEquals(text.get(0).longValue(), Long.parseLong(data.keyword("$BEGINDATA").strip()), name);
            assertEquals(text.get(1).longValue(), Long.parseLong(data.keyword("$ENDDATA").strip()), name);
        }
        for (Object quirk : (List<Object>) entry.get("quirks")) {
            if (quirk.toString().contains("HEADER/TEXT data offsets disagree")) {
                assertTrue(data.warnings().stream().anyMatch(w -> w.contains("disagree") && w.contains("used the")),
                        () -> name + ": the offset disagreement is not reported: " + data.warnings());
            }
        }
        for (Map<String, Object> x : expected) {
            switch ((String) x.get("kind")) {
                case "first_events":
                    checkFirstEvents(name, data, x);
                    break;
                case "keywords":
                    ((Map<String, Object>) x.get("values")).forEach((k, v) ->
                            assertEquals(v, data.keyword(k), name + ": keyword " + k));
                    break;
                case "channel_names":
                    assertEquals(x.get("pnn"), data.parameterNames(), name + ": $PnN");
                    List<String> pns = new ArrayList<>();
                    for (int p = 0; p < data.parameterCount(); p++) {
                        String label = data.parameterLabels().get(p);
                        pns.add(label == null ? data.parameterNames().get(p) : label);
                    }
                    assertEquals(x.get("pns"), pns, name + ": $PnS");
                    break;
                case "parses":
                    assertTrue(!data.parameterNames().isEmpty(), name);
                    break;
                default:
                    fail(name + ": unknown expectation kind " + x.get("kind"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkFirstEvents(String name, FcsData data, Map<String, Object> x) {
        List<List<Double>> rows = (List<List<Double>>) x.get("values");
        int parameters = ((Double) x.get("parameters")).intValue();
        assertEquals(parameters, data.parameterCount(), name);
        for (int p = 0; p < parameters; p++) {
            double[] raw = data.rawColumn(p);
            for (int e = 0; e < rows.size(); e++) {
                double want = (float) rows.get(e).get(p).doubleValue();
                double got = raw[e];
                int event = e;
                int parameter = p;
                assertTrue(Math.abs(got - want) < TOLERANCE, () -> name + ": event " + event + ", parameter "
                        + data.parameterNames().get(parameter) + ": expected " + want + ", read " + got);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkTextOnly(Path file, Map<String, Object> entry, Map<String, Object> x)
            throws IOException {
        FcsMetadata m = FcsReader.readMetadata(file);
        assertEquals(((Double) x.get("text_keyword_count")).intValue(), m.keywords().size(), file + ": keywords");
        ((Map<String, Object>) x.get("values")).forEach((k, v) ->
                assertEquals(((Double) v).longValue(), Long.parseLong(m.keyword(k).strip()), file + ": " + k));
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("does not end with its delimiter")),
                m.warnings()::toString);
        FcsFormatException e = assertThrows(FcsFormatException.class, () -> FcsReader.read(file));
        assertTrue(e.getMessage().contains("beyond the end of the file"), e.getMessage());
        assertEquals(((Double) entry.get("tot")).intValue(), Integer.parseInt(m.keyword("$TOT").strip()));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
