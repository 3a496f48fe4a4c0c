package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import cellengine.analysis.fcs.Spillover;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventExportTest {

    private static final int EVENTS = 120;

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;
    private String files;
    private String fid;
    private byte[] uploaded;

    @BeforeEach
    void upload() {
        eid = fake.experiment("{}");
        files = "/experiments/" + eid + "/fcsfiles";
        uploaded = TestFiles.sample(EVENTS);
        fid = fake.http().upload(files, "data", "sample.fcs", uploaded).expect(201).object().getString("_id");
    }

    private List<String[]> tsv(String query) {
        DataHttp.Bytes reply = fake.http().get(files + "/" + fid + ".tsv" + query).expect(200);
        assertTrue(reply.header("Content-Type").startsWith("text/tab-separated-values"), reply.header("Content-Type"));
        String text = reply.text();
        assertTrue(text.isEmpty() || text.endsWith("\r\n"), "CRLF line ends");
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            if (!line.isEmpty()) {
                assertTrue(!line.contains("\n"), "no bare LF");
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private FcsData fcs(String query) throws IOException {
        DataHttp.Bytes reply = fake.http().get(files + "/" + fid + ".fcs" + query).expect(200);
        assertEquals("application/vnd.isac.fcs", reply.header("Content-Type"));
        return FcsReader.read(ByteBuffer.wrap(reply.body()));
    }

    @Test
    void uncompensated_tsv_has_a_header_and_the_uploaded_values() {
        List<String[]> rows = tsv("?compensationId=0&headers=true");
        assertArrayEquals(new String[] {"FSC-A", "SSC-A", "FITC-A (CD3)", "PE-A (CD4)", "Time"}, rows.get(0));
        assertEquals(EVENTS + 1, rows.size());
        for (int e = 0; e < EVENTS; e++) {
            String[] row = rows.get(e + 1);
            assertEquals(TestFiles.fsc(e), Double.parseDouble(row[0]));
            assertEquals(TestFiles.fitc(e), Double.parseDouble(row[2]));
            assertEquals(TestFiles.pe(e), Double.parseDouble(row[3]));
        }
        assertEquals("1000", rows.get(1)[0], "integral values are written without a fraction");
        assertEquals(EVENTS, tsv("?headers=false").size());
    }

    @Test
    void compensated_tsv_equals_raw_times_the_inverse_spill_matrix_with_bracketed_headers() {
        List<String[]> rows = tsv("?compensationId=-1&compensatedQ=true&headers=true");
        assertArrayEquals(new String[] {"FSC-A", "SSC-A", "<FITC-A (CD3)>", "<PE-A (CD4)>", "Time"}, rows.get(0));
        for (int e = 0; e < EVENTS; e++) {
            String[] row = rows.get(e + 1);
            assertEquals(TestFiles.fitcCompensated(e), Double.parseDouble(row[2]), 1e-9, "FITC-A of event " + e);
            assertEquals(TestFiles.peCompensated(e), Double.parseDouble(row[3]), 1e-9, "PE-A of event " + e);
            assertEquals(TestFiles.fsc(e), Double.parseDouble(row[0]), "untouched channel");
        }
        List<String[]> notApplied = tsv("?compensationId=-1&compensatedQ=false");
        assertEquals("FITC-A (CD3)", notApplied.get(0)[2]);
        assertEquals(TestFiles.fitc(0), Double.parseDouble(notApplied.get(1)[2]));
    }

    @Test
    void a_stored_compensation_and_per_file_compensation_apply_too() {
        String comp = fake.api().post("/experiments/" + eid + "/compensations",
                "{\"name\":\"c\",\"channels\":[\"PE-A\",\"FITC-A\"],\"spillMatrix\":[1,0.5,0,1]}").expect(201).object()
                .getString("_id");
        // channels (PE-A, FITC-A), S = [[1, 0.5], [0, 1]]: FITC' = FITC - 0.5 PE, PE' = PE.
        List<String[]> rows = tsv("?compensationId=" + comp + "&compensatedQ=true");
        assertEquals(TestFiles.fitc(5) - 0.5 * TestFiles.pe(5), Double.parseDouble(rows.get(6)[2]), 1e-9);
        assertEquals(TestFiles.pe(5), Double.parseDouble(rows.get(6)[3]), 1e-9);
        fake.api().patch(files + "/" + fid, "{\"compensation\":\"" + comp + "\"}").expect(200);
        List<String[]> perFile = tsv("?compensationId=-2&compensatedQ=true");
        assertEquals(rows.get(6)[2], perFile.get(6)[2]);
    }

    @Test
    void fcs_export_keeps_values_and_writes_the_chosen_matrix_as_spillover() throws IOException {
        String comp = fake.api().post("/experiments/" + eid + "/compensations",
                "{\"name\":\"c\",\"channels\":[\"PE-A\",\"FITC-A\"],\"spillMatrix\":[1,0.5,0,1]}").expect(201).object()
                .getString("_id");
        FcsData plain = fcs("?compensationId=0");
        assertEquals(EVENTS, plain.eventCount());
        assertEquals(TestFiles.CHANNELS, plain.parameterNames());
        assertEquals(TestFiles.fitc(7), plain.column("FITC-A")[7]);
        FcsData compensated = fcs("?compensationId=" + comp + "&compensatedQ=true");
        assertEquals(TestFiles.fitc(7), compensated.column("FITC-A")[7], "FCS values are not compensated");
        assertEquals(new Spillover(List.of("PE-A", "FITC-A"), new double[] {1, 0.5, 0, 1}),
                compensated.spillover().orElseThrow());
    }

    @Test
    void original_returns_the_uploaded_bytes() {
        assertArrayEquals(uploaded, fake.http().get(files + "/" + fid + ".FCS?original=true&preSubsampleN=3")
                .expect(200).body());
        assertTrue(Json.error(fake.http().get(files + "/" + fid + ".tsv?original=true").expect(400).text())
                .contains("original=true"));
    }

    @Test
    void subsampling_gives_n_events_in_original_order_and_the_same_seed_gives_the_same_events() throws IOException {
        FcsData one = fcs("?preSubsampleN=10&seed=7&addEventNumber=true");
        FcsData two = fcs("?preSubsampleN=10&seed=7&addEventNumber=true");
        assertEquals(10, one.eventCount());
        double[] numbers = one.column("Event Number");
        assertArrayEquals(numbers, two.column("Event Number"));
        for (int i = 0; i < numbers.length; i++) {
            int e = (int) numbers[i] - 1;
            assertEquals(TestFiles.fsc(e), one.column("FSC-A")[i], "the event number names the original event");
            assertTrue(i == 0 || numbers[i] > numbers[i - 1], "original order");
        }
        assertNotEquals(List.of(numbers), List.of(fcs("?preSubsampleN=10&seed=8&addEventNumber=true")
                .column("Event Number")));
        assertEquals(30, fcs("?postSubsampleP=0.25").eventCount(), "P keeps round(P·n)");
        assertEquals(EVENTS, fcs("?postSubsampleN=100000").eventCount(), "N above the count keeps all");
        assertEquals(5, fcs("?preSubsampleN=20&postSubsampleN=5&seed=1").eventCount());
    }

    @Test
    void tsv_event_numbers_are_one_based_in_the_last_column() {
        List<String[]> rows = tsv("?addEventNumber=true&postSubsampleN=4&seed=3");
        assertEquals("Event Number", rows.get(0)[5]);
        assertEquals(5, rows.size());
        for (String[] row : rows.subList(1, rows.size())) {
            int e = Integer.parseInt(row[5]) - 1;
            assertEquals(TestFiles.ssc(e), Double.parseDouble(row[1]));
        }
        List<String[]> all = tsv("?addEventNumber=true");
        assertEquals("1", all.get(1)[5]);
        assertEquals(Integer.toString(EVENTS), all.get(EVENTS)[5]);
    }

    @Test
    void invalid_parameters_answer_400_naming_them() {
        assertEquals("Give either \"preSubsampleN\" or \"preSubsampleP\", not both.",
                error("?preSubsampleN=3&preSubsampleP=0.5"));
        assertEquals("\"compensationId\" cannot be null; send 0 for no compensation.", error("?compensationId=null"));
        assertTrue(error("?compensationId=0123456789abcdef01234567").contains("names no compensation"));
        assertTrue(error("?compensationId=7").startsWith("\"compensationId\" must be 0, -1, -2"));
        assertTrue(error("?populationId=0123456789abcdef01234567").contains("\"compensationId\" is required"));
        assertEquals("\"postSubsampleP\" must be a fraction between 0 and 1, was \"2\".", error("?postSubsampleP=2"));
        assertEquals("\"compensatedQ\" must be true or false, was \"yes\".", error("?compensatedQ=yes"));
        assertEquals("\"seed\" must be an integer, was \"abc\".", error("?seed=abc"));
        String plain = fake.http().upload(files, "data", "p.fcs", TestFiles.plain(3, 0)).expect(201).object()
                .getString("_id");
        assertTrue(Json.error(fake.http().get(files + "/" + plain + ".tsv?compensationId=-1").expect(400).text())
                .contains("has no file-internal compensation"));
    }

    @Test
    void ungated_is_null_or_absent_and_real_population_ids_are_not_found_yet() {
        assertEquals(EVENTS + 1, tsv("?populationId=null&compensationId=0").size());
        assertTrue(fake.http().get(files + "/" + fid + ".tsv?populationId=0123456789abcdef01234567&compensationId=0")
                .expect(404).text().contains("Population"));
        fake.http().get(files + "/0123456789abcdef01234567.fcs").expect(404);
        fake.http().get("/experiments/0123456789abcdef01234567/fcsfiles/" + fid + ".fcs").expect(404);
    }

    @Test
    void zip_export_has_one_entry_per_file_in_the_format_asked() throws IOException {
        String second = fake.http().upload(files, "data", "two.fcs", TestFiles.sample(3)).expect(201).object()
                .getString("_id");
        DataHttp.Bytes reply = fake.http().post(files + "/zip",
                "{\"format\":\"tsv (without header)\",\"fcsFileIds\":[\""
                + fid + "\",\"" + second + "\"],\"compensationId\":-1,\"compensatedQ\":true,"
                + "\"filenameTemplate\":\"{fcsfile._id}-{population.name}\"}").expect(200);
        assertEquals("application/zip", reply.header("Content-Type"));
        Map<String, byte[]> entries = unzip(reply.body());
        assertEquals(List.of(fid + "-Ungated.tsv", second + "-Ungated.tsv"), List.copyOf(entries.keySet()));
        assertEquals(3, new String(entries.get(second + "-Ungated.tsv")).split("\r\n").length);
        assertEquals(new String(entries.get(fid + "-Ungated.tsv")),
                fake.http().get(files + "/" + fid + ".tsv?compensationId=-1&compensatedQ=true&headers=false").text());

        Map<String, byte[]> fcs = unzip(fake.http().post(files + "/zip/", "{\"format\":\"fcs\"}").expect(200).body());
        assertEquals(List.of("sample.fcs-Ungated.fcs", "two.fcs-Ungated.fcs"), List.copyOf(fcs.keySet()));
        assertEquals(EVENTS, FcsReader.read(ByteBuffer.wrap(fcs.get("sample.fcs-Ungated.fcs"))).eventCount());

        assertTrue(Json.error(fake.http().post(files + "/zip", "{\"format\":\"csv\"}").expect(400).text())
                .startsWith("\"format\" must be"));
        assertTrue(Json.error(fake.http().post(files + "/zip", "{\"format\":\"fcs\",\"filenameTemplate\":\"{nope}\"}")
                .expect(400).text()).contains("unknown token {nope}"));
        assertTrue(Json.error(fake.http().post(files + "/zip",
                "{\"format\":\"fcs\",\"populationIds\":[\"0123456789abcdef01234567\"]}").expect(400).text())
                .contains("\"compensationId\" is required"));
    }

    private String error(String query) {
        return Json.error(fake.http().get(files + "/" + fid + ".tsv" + query).expect(400).text());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Reads the {@code error} string of a JSON error body. */
    private static final class Json {
        static String error(String body) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readObject().getString("error");
            }
        }
    }
}
