package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.fcs.FcsData;
import cellengine.api.BadRequestException;
import cellengine.api.Download;
import cellengine.api.model.Compensation;
import cellengine.api.model.CompensationId;
import cellengine.api.model.FcsFile;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rules for event export: {@code downloadFcsFile} and {@code getEvents} with every parameter of the reference
 * (docs/wire.md#event-export, docs/wire.md#tsv-output; docs/semantics.md#event-export). Expected values come from the
 * generated file's own arrays.
 */
@RuleGroup(reference = "docs/wire.md#event-export, docs/wire.md#tsv-output; docs/semantics.md#event-export",
        check = "export query parameters, subsampling, compensation choice and TSV layout")
abstract class EventExportVerification extends ExperimentScopedSupport {

    private static final int EVENTS = 300;

    private TckData data;
    private FcsFile file;

    private void uploadSample() {
        data = TckData.generate("export.fcs", EVENTS, 99);
        file = upload(data);
    }

    @Rule(id = "EXPORT-FCS-1", statement = "getEvents of an ungated, uncompensated export returns the uploaded values")
    void same_values() {
        uploadSample();
        FcsData events = client().getEvents(eid(), file.id(), EventExport.fcs());
        assertEquals(EVENTS, events.eventCount(), "eventCount");
        assertEquals(TckData.CHANNELS, events.parameterNames(), "channels");
        for (String channel : TckData.CHANNELS) {
            assertArrayEquals(data.column(channel), events.column(channel), 0, channel);
        }
    }

    @Rule(id = "EXPORT-ORIGINAL-1", statement = "original=true returns the uploaded bytes unchanged")
    void identical_bytes() {
        uploadSample();
        assertArrayEquals(data.bytes(), client().downloadFcsFile(eid(), file.id(), fcsExport().original(true).build()),
                "original bytes");
    }

    @Rule(id = "EXPORT-TSV-1", statement = "a TSV export has a header row, CRLF line ends and the values")
    void with_header() {
        uploadSample();
        String tsv = new String(client().downloadFcsFile(eid(), file.id(), tsvExport().headers(true).build()),
                StandardCharsets.UTF_8);
        String[] lines = tsv.split("\r\n", -1);
        assertEquals(EVENTS + 1, Arrays.stream(lines).filter(l -> !l.isEmpty()).count(), "header + one line per event");
        assertTrue(!tsv.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        List<String> header = List.of(lines[0].split("\t"));
        assertEquals(4, header.size(), () -> "header " + header);
        assertTrue(header.get(0).startsWith("FSC-A"), () -> "first column " + header.get(0));
        assertTrue(header.get(2).contains("FITC-A"), () -> "third column " + header.get(2));
        double[] first = parse(lines[1]);
        for (int c = 0; c < 4; c++) {
            assertEquals(data.columns()[c][0], first[c], 1e-3, "event 0, column " + header.get(c));
        }
    }

    @Rule(id = "EXPORT-TSV-2", statement = "headers=false leaves the header row out")
    void without_header() {
        uploadSample();
        String tsv = new String(client().downloadFcsFile(eid(), file.id(), tsvExport().headers(false).build()),
                StandardCharsets.UTF_8);
        String[] lines = tsv.split("\r\n");
        assertEquals(EVENTS, lines.length, "one line per event, no header");
        assertEquals(data.column("FSC-A")[0], parse(lines[0])[0], 1e-3, "first value");
    }

    @Rule(id = "EXPORT-COMP-1",
            statement = "compensatedQ with FILE_INTERNAL writes raw × S⁻¹ computed from the file's own spillover")
    void file_internal() {
        uploadSample();
        String tsv = new String(client().downloadFcsFile(eid(), file.id(), tsvExport().headers(true)
                .compensationId(CompensationId.fileInternal()).compensatedQ(true).build()), StandardCharsets.UTF_8);
        String[] lines = tsv.split("\r\n");
        List<String> header = List.of(lines[0].split("\t"));
        int fitc = indexContaining(header, "FITC-A");
        int pe = indexContaining(header, "PE-A");
        assertTrue(header.get(fitc).startsWith("<"), () -> "compensated columns are bracketed: " + header);
        for (int e = 0; e < EVENTS; e += 37) {
            double[] expected = data.compensatedFitcPe(e, TckData.SPILLOVER.matrix());
            double[] row = parse(lines[e + 1]);
            assertEquals(expected[0], row[fitc], 1e-2 + Math.abs(expected[0]) * 1e-6, "FITC-A of event " + e);
            assertEquals(expected[1], row[pe], 1e-2 + Math.abs(expected[1]) * 1e-6, "PE-A of event " + e);
            assertEquals(data.column("FSC-A")[e], row[indexContaining(header, "FSC-A")], 1e-3, "FSC-A unchanged");
        }
    }

    @Rule(id = "EXPORT-COMP-2", statement = "compensatedQ with a stored compensation id applies that matrix")
    void stored_compensation() {
        uploadSample();
        double[] spill = {1, 0.3, 0, 1};
        Compensation c = client().postCompensation(eid(), "stored", List.of("FITC-A", "PE-A"), spill);
        String tsv = new String(client().downloadFcsFile(eid(), file.id(), tsvExport().headers(true)
                .compensationId(CompensationId.of(c.id())).compensatedQ(true).build()), StandardCharsets.UTF_8);
        String[] lines = tsv.split("\r\n");
        int pe = indexContaining(List.of(lines[0].split("\t")), "PE-A");
        double[] expected = data.compensatedFitcPe(5, spill);
        assertEquals(expected[1], parse(lines[6])[pe], 1e-2 + Math.abs(expected[1]) * 1e-6, "PE-A of event 5");
    }

    @Rule(id = "EXPORT-COMP-3",
            statement = "an unknown compensation id answers 400; FILE_INTERNAL without a spillover answers 400")
    void bad_compensation() {
        uploadSample();
        assertThrows(BadRequestException.class, () -> client().downloadFcsFile(eid(), file.id(),
                tsvExport().compensationId(CompensationId.of(UNKNOWN_ID)).compensatedQ(true).build()),
                "unknown compensation id");
        FcsFile plain = upload(TckData.generate("plain.fcs", 10, 4, null));
        assertThrows(BadRequestException.class, () -> client().downloadFcsFile(eid(), plain.id(),
                tsvExport().compensationId(CompensationId.fileInternal()).compensatedQ(true).build()),
                "FILE_INTERNAL on a file without a spillover");
    }

    @Rule(id = "EXPORT-COMP-4", statement = "compensationId PER_FILE (-2) applies each file's own FcsFile.compensation")
    void per_file() {
        uploadSample();
        double[] spill = {1, 0.4, 0, 1};
        Compensation c = client().postCompensation(eid(), "per file", List.of("FITC-A", "PE-A"), spill);
        client().updateFcsFile(eid(), file.id(),
                cellengine.api.param.FcsFileUpdate.builder().compensation(CompensationId.of(c.id())).build());
        String tsv = new String(client().downloadFcsFile(eid(), file.id(), tsvExport().headers(true)
                .compensationId(CompensationId.perFile()).compensatedQ(true).build()), StandardCharsets.UTF_8);
        String[] lines = tsv.split("\r\n");
        int pe = indexContaining(List.of(lines[0].split("\t")), "PE-A");
        double[] expected = data.compensatedFitcPe(9, spill);
        assertEquals(expected[1], parse(lines[10])[pe], 1e-2 + Math.abs(expected[1]) * 1e-6,
                "PE-A of event 9 with the file's compensation");
    }

    @Rule(id = "EXPORT-SINK-1", statement = "downloadFcsFile streams the same bytes to an OutputStream and to a Path")
    void stream_and_path(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        uploadSample();
        EventExport tsv = tsvExport().headers(true).build();
        byte[] inMemory = client().downloadFcsFile(eid(), file.id(), tsv);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        client().downloadFcsFile(eid(), file.id(), tsv, Download.to(out));
        assertArrayEquals(inMemory, out.toByteArray(), "to an OutputStream");
        java.nio.file.Path target = dir.resolve("events.tsv");
        client().downloadFcsFile(eid(), file.id(), tsv, Download.toFile(target));
        assertArrayEquals(inMemory, java.nio.file.Files.readAllBytes(target), "to a Path");
    }

    @Rule(id = "EXPORT-FCS-2",
            statement = "an FCS export with compensatedQ keeps the values and writes the matrix into $SPILLOVER")
    void compensated_fcs_carries_matrix() {
        uploadSample();
        double[] spill = {1, 0.3, 0, 1};
        Compensation c = client().postCompensation(eid(), "stored", List.of("FITC-A", "PE-A"), spill);
        FcsData events = client().getEvents(eid(), file.id(), fcsExport()
                .compensationId(CompensationId.of(c.id())).compensatedQ(true).build());
        assertArrayEquals(data.column("PE-A"), events.column("PE-A"), 0, "values unchanged in FCS output");
        assertArrayEquals(spill, events.spillover().orElseThrow(() -> new AssertionError("no $SPILLOVER")).matrix(),
                1e-9, "$SPILLOVER holds the chosen matrix");
    }

    @Rule(id = "EXPORT-SUB-1",
            statement = "preSubsampleN gives N events in original order, and the same seed gives the same events")
    void seeded_subsample() {
        uploadSample();
        EventExport sub = fcsExport().preSubsampleN(40).seed(7L).addEventNumber(true).build();
        FcsData one = client().getEvents(eid(), file.id(), sub);
        FcsData two = client().getEvents(eid(), file.id(), sub);
        assertEquals(40, one.eventCount(), "preSubsampleN=40");
        double[] numbers = one.column("Event Number");
        assertArrayEquals(numbers, two.column("Event Number"), 0, "same seed, same events");
        for (int i = 0; i < numbers.length; i++) {
            int original = (int) numbers[i] - 1;
            assertEquals(data.column("SSC-A")[original], one.column("SSC-A")[i], 0,
                    "event " + i + " is original event " + original);
            if (i > 0) {
                assertTrue(numbers[i] > numbers[i - 1], "events keep their original order");
            }
        }
    }

    @Rule(id = "EXPORT-SUB-2",
            statement = "preSubsampleP and postSubsampleP keep round(P·n) events; postSubsampleN caps the output")
    void fraction_and_post() {
        uploadSample();
        assertEquals(Math.round(0.1 * EVENTS), client().getEvents(eid(), file.id(),
                fcsExport().preSubsampleP(0.1).seed(1L).build()).eventCount(), "preSubsampleP=0.1");
        assertEquals(25, client().getEvents(eid(), file.id(),
                fcsExport().postSubsampleN(25).seed(1L).build()).eventCount(), "postSubsampleN=25");
        assertEquals(Math.round(0.5 * EVENTS), client().getEvents(eid(), file.id(),
                fcsExport().postSubsampleP(0.5).seed(1L).build()).eventCount(), "postSubsampleP=0.5");
        assertEquals(EVENTS, client().getEvents(eid(), file.id(),
                fcsExport().preSubsampleN(EVENTS * 10).seed(1L).build()).eventCount(), "N above the count: all");
    }

    @Rule(id = "EXPORT-EVNUM-1", statement = "addEventNumber adds a 1-based Event Number column")
    void event_numbers() {
        uploadSample();
        FcsData events = client().getEvents(eid(), file.id(), fcsExport().addEventNumber(true).build());
        double[] numbers = events.column("Event Number");
        assertEquals(1, numbers[0], 0, "first event number");
        assertEquals(EVENTS, numbers[EVENTS - 1], 0, "last event number");
    }

    private static EventExport.Builder fcsExport() {
        return EventExport.builder(ExportFormat.FCS);
    }

    private static EventExport.Builder tsvExport() {
        return EventExport.builder(ExportFormat.TSV);
    }

    private static int indexContaining(List<String> header, String channel) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).contains(channel)) {
                return i;
            }
        }
        throw new AssertionError("no column for " + channel + " in " + header);
    }

    private static double[] parse(String line) {
        List<Double> values = new ArrayList<>();
        for (String cell : line.split("\t")) {
            values.add(Double.parseDouble(cell));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
