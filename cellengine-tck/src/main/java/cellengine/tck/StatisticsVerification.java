package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.BadRequestException;
import cellengine.api.NameLookupException;
import cellengine.api.model.Compensation;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Population;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsFormat;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.Gates;
import cellengine.api.param.PercentOf;
import cellengine.api.param.StatisticsRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Rules for {@code getStatistics} with every option (docs/wire.md#statistics; docs/semantics.md#statistics). Every
 * expected number is computed here from the uploaded arrays with {@link ExpectedStatistics} and {@link GatingFixtures}.
 */
abstract class StatisticsVerification extends GatingSupport {

    private static final double TOLERANCE = 1e-6;

    private Population rect;
    private int[] inRect;

    private void setUp() {
        uploadGrid();
        rect = createRectangle("rect", null).populations().get(0);
        inRect = members(e -> GatingFixtures.inRectangle(x(e), y(e)));
    }

    private StatisticsRequest.Builder request() {
        return StatisticsRequest.builder().fcsFileIds(List.of(gridFile.id()));
    }

    private StatisticsRow onlyRow(StatisticsRequest request) {
        List<StatisticsRow> rows = client().getStatistics(eid(), request).rows();
        assertEquals(1, rows.size(), () -> "one row expected: " + rows);
        return rows.get(0);
    }

    private static void close(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what + " should be null");
            return;
        }
        assertTrue(actual != null, what + " is null, expected " + expected);
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
    }

    @Rule(id = "STATS-UNGATED-1",
            statement = "the Ungated row holds every event, 100 percent, and the reference's Ungated names")
    void row() {
        setUp();
        StatisticsRow row = onlyRow(request().statistics(Statistic.EVENT_COUNT, Statistic.PERCENT).build());
        assertEquals(grid.eventCount(), row.eventCount(), "eventCount");
        close(100.0, row.percent(), "percent");
        assertNull(row.populationId(), "populationId");
        assertEquals("Ungated", row.population(), "population");
        assertEquals("Ungated", row.uniquePopulationName(), "uniquePopulationName");
        assertEquals(gridFile.id(), row.fcsFileId(), "fcsFileId");
        assertEquals("grid.fcs", row.filename(), "filename");
    }

    @Rule(id = "STATS-CHANNEL-1",
            statement = "mean, median, quantile, stddev, cv, mad and geometric mean match direct computation")
    void all_channel_statistics() {
        setUp();
        StatisticsRow row = onlyRow(request().statistics(Statistic.MEAN, Statistic.MEDIAN, Statistic.QUANTILE,
                Statistic.STDDEV, Statistic.CV, Statistic.MAD, Statistic.GEOMETRIC_MEAN).channels("PE-A").q(0.9)
                .populationIds(List.of(rect.id())).compensationId(CompensationId.uncompensated()).build());
        double[] v = values("PE-A", inRect);
        assertEquals("PE-A", row.channel(), "channel");
        assertEquals("CD4", row.reagent(), "reagent");
        close(ExpectedStatistics.mean(v), row.statistic("mean"), "mean");
        close(ExpectedStatistics.median(v), row.statistic("median"), "median");
        close(ExpectedStatistics.quantile(v, 0.9), row.statistic("quantile"), "quantile(0.9)");
        close(ExpectedStatistics.stddev(v), row.statistic("stddev"), "stddev");
        close(ExpectedStatistics.cv(v), row.statistic("cv"), "cv");
        close(ExpectedStatistics.mad(v), row.statistic("mad"), "mad");
        close(ExpectedStatistics.geometricMean(v), row.statistic("geometricMean"), "geometricMean");
    }

    @Rule(id = "STATS-COMP-1",
            statement = "compensationId FILE_INTERNAL computes statistics on raw × S⁻¹ of the file's spillover")
    void file_internal() {
        setUp();
        StatisticsRow row = onlyRow(request().statistics(Statistic.MEAN).channels("PE-A")
                .populationIds(List.of(rect.id())).compensationId(CompensationId.fileInternal()).build());
        double[] compensated = new double[inRect.length];
        for (int i = 0; i < inRect.length; i++) {
            compensated[i] = grid.compensatedFitcPe(inRect[i], TckData.SPILLOVER.matrix())[1];
        }
        close(ExpectedStatistics.mean(compensated), row.statistic("mean"), "mean of compensated PE-A");
    }

    @Rule(id = "STATS-COMP-2",
            statement = "a stored compensation and PER_FILE (-2) are applied; an unknown id answers 400")
    void stored_per_file_unknown() {
        setUp();
        double[] spill = {1, 0.5, 0, 1};
        Compensation c = client().postCompensation(eid(), "half", List.of("FITC-A", "PE-A"), spill);
        double[] compensated = new double[inRect.length];
        for (int i = 0; i < inRect.length; i++) {
            compensated[i] = grid.compensatedFitcPe(inRect[i], spill)[1];
        }
        StatisticsRow stored = onlyRow(request().statistics(Statistic.MEAN).channels("PE-A")
                .populationIds(List.of(rect.id())).compensationId(CompensationId.of(c.id())).build());
        close(ExpectedStatistics.mean(compensated), stored.statistic("mean"), "with the stored compensation");
        client().updateFcsFile(eid(), gridFile.id(),
                cellengine.api.param.FcsFileUpdate.builder().compensation(CompensationId.of(c.id())).build());
        StatisticsRow perFile = onlyRow(request().statistics(Statistic.MEAN).channels("PE-A")
                .populationIds(List.of(rect.id())).compensationId(CompensationId.perFile()).build());
        close(ExpectedStatistics.mean(compensated), perFile.statistic("mean"), "PER_FILE");
        assertThrows(BadRequestException.class, () -> client().getStatistics(eid(), request()
                .statistics(Statistic.MEAN).channels("PE-A").compensationId(CompensationId.of(UNKNOWN_ID)).build()));
    }

    @Rule(id = "STATS-PERCENT-1",
            statement = "percentOf: PARENT by default, null for Ungated, a population id, and an array")
    void all_forms() {
        setUp();
        Population right = client().postGate(eid(), Gates.split("FSC-A", "cut", GatingFixtures.SPLIT)
                .parentPopulation(rect.id()).build()).populations().get(1);
        int inRight = members(e -> GatingFixtures.inRectangle(x(e), y(e)) && x(e) >= GatingFixtures.SPLIT).length;
        StatisticsRow ofParent = onlyRow(request().statistics(Statistic.PERCENT)
                .populationIds(List.of(right.id())).build());
        close(ExpectedStatistics.percent(inRight, inRect.length), ofParent.percent(), "percent of parent");
        assertEquals(rect.id(), ofParent.percentOfId(), "percentOfId of parent");
        StatisticsRow ofUngated = onlyRow(request().statistics(Statistic.PERCENT)
                .populationIds(List.of(right.id())).percentOf(PercentOf.ungated()).build());
        close(ExpectedStatistics.percent(inRight, grid.eventCount()), ofUngated.percent(), "percent of Ungated");
        assertEquals("Ungated", ofUngated.percentOf(), "percentOf name");
        StatisticsRow ofPopulation = onlyRow(request().statistics(Statistic.PERCENT)
                .populationIds(List.of(right.id())).percentOf(PercentOf.population(rect.id())).build());
        close(ExpectedStatistics.percent(inRight, inRect.length), ofPopulation.percent(), "percent of rect");
        List<StatisticsRow> array = client().getStatistics(eid(), request().statistics(Statistic.PERCENT)
                .populationIds(List.of(right.id()))
                .percentOf(List.of(PercentOf.parent(), PercentOf.ungated())).build()).rows();
        assertEquals(2, array.size(), () -> "one row per percentOf entry: " + array);
        close(ExpectedStatistics.percent(inRight, inRect.length), array.get(0).percent(), "array entry PARENT");
        close(ExpectedStatistics.percent(inRight, grid.eventCount()), array.get(1).percent(), "array entry null");
    }

    @Rule(id = "STATS-EMPTY-1",
            statement = "an empty population has eventCount 0, percent 0 and null channel statistics")
    void nulls() {
        setUp();
        Population empty = client().postGate(eid(), Gates.range("FSC-A", "nothing", 200000, 210000).build())
                .populations().get(0);
        StatisticsRow row = onlyRow(request().statistics(Statistic.EVENT_COUNT, Statistic.PERCENT, Statistic.MEAN,
                Statistic.MEDIAN).channels("FSC-A").populationIds(List.of(empty.id())).build());
        assertEquals(0, row.eventCount(), "eventCount");
        close(0.0, row.percent(), "percent");
        assertNull(row.statistic("mean"), "mean of nothing");
        assertNull(row.statistic("median"), "median of nothing");
    }

    @Rule(id = "STATS-KEYS-1", statement = "medium JSON rows carry the reference's keys in the reference's order")
    void medium_key_order() {
        setUp();
        StatisticsRow row = onlyRow(request().statistics(Statistic.MEAN, Statistic.EVENT_COUNT, Statistic.PERCENT)
                .channels("FSC-A").populationIds(List.of(rect.id())).annotations(true)
                .layout(StatisticsRequest.Layout.MEDIUM).build());
        assertEquals(List.of("fcsFileId", "filename", "populationId", "population", "uniquePopulationName",
                "parentPopulation", "parentPopulationId", "annotations", "percentOfId", "percentOf",
                "percentOfUniqueName", "percent", "eventCount", "channel", "reagent", "mean"),
                new ArrayList<>(row.raw().keySet()), "key order of a medium row");
    }

    @Rule(id = "STATS-LAYOUT-1",
            statement = "tall-skinny has one row per statistic and channel with statistic and value keys")
    void tall_skinny() {
        setUp();
        List<StatisticsRow> rows = client().getStatistics(eid(), request().statistics(Statistic.MEAN,
                Statistic.MEDIAN).channels("FSC-A", "SSC-A").populationIds(List.of(rect.id()))
                .layout(StatisticsRequest.Layout.TALL_SKINNY).build()).rows();
        assertEquals(4, rows.size(), () -> "2 statistics × 2 channels: " + rows);
        for (StatisticsRow row : rows) {
            assertTrue(row.raw().containsKey("statistic") && row.raw().containsKey("value"), () -> "keys " + row.raw());
        }
        double mean = rows.stream().filter(r -> r.raw().getString("statistic").equals("mean")
                && r.channel().equals("SSC-A")).findFirst().orElseThrow().raw().getJsonNumber("value").doubleValue();
        close(ExpectedStatistics.mean(values("SSC-A", inRect)), mean, "tall-skinny SSC-A mean");
    }

    @Rule(id = "STATS-LAYOUT-2", statement = "short-wide has one row per file")
    void short_wide() {
        setUp();
        upload(TckData.grid("second.fcs", 5));
        List<StatisticsRow> rows = client().getStatistics(eid(), StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT, Statistic.MEAN).channels("FSC-A")
                .populationIds(Arrays.asList(null, rect.id())).layout(StatisticsRequest.Layout.SHORT_WIDE).build()).rows();
        assertEquals(2, rows.size(), () -> "one row per file: " + rows);
    }

    @Rule(id = "STATS-FORMAT-1",
            statement = "medium CSV and TSV come with and without a header row, with CRLF line ends")
    void text() {
        setUp();
        StatisticsRequest.Builder base = request().statistics(Statistic.EVENT_COUNT)
                .populationIds(Arrays.asList(null, rect.id())).layout(StatisticsRequest.Layout.MEDIUM);
        String csv = client().getStatistics(eid(), base.format(StatisticsFormat.CSV).header(true).build()).text();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, () -> "header + 2 rows: " + csv);
        assertTrue(lines[0].contains("eventCount") || lines[0].toLowerCase(java.util.Locale.ROOT).contains("event"),
                () -> "header " + lines[0]);
        assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "CRLF line ends");
        String bare = client().getStatistics(eid(), base.format(StatisticsFormat.CSV).header(false).build()).text();
        assertEquals(2, bare.split("\r\n").length, () -> "no header: " + bare);
        String tsv = client().getStatistics(eid(), base.format(StatisticsFormat.TSV).header(true).build()).text();
        assertEquals(3, tsv.split("\r\n").length, "TSV with header");
        assertTrue(tsv.split("\r\n")[1].contains("\t"), "tab separated");
        assertTrue(lines[2].contains(String.valueOf(inRect.length)), () -> "rect's count in " + lines[2]);
        String tsvBare = client().getStatistics(eid(), base.format(StatisticsFormat.TSV).header(false).build()).text();
        assertEquals(2, tsvBare.split("\r\n").length, "TSV without header");
    }

    @Rule(id = "STATS-LOCALCSV-1", statement = "JSON rows convert to CSV locally, one line per row plus a header")
    void to_csv() {
        setUp();
        var result = client().getStatistics(eid(), request().statistics(Statistic.EVENT_COUNT, Statistic.MEAN)
                .channels("FSC-A").populationIds(Arrays.asList(null, rect.id())).build());
        String csv = result.toCsv();
        assertEquals(result.rows().size() + 1, csv.split("\r\n").length, () -> "local CSV:\n" + csv);
    }

    @Rule(id = "STATS-SCOPE-1",
            statement = "without fcsFileIds every non-control file counts; annotations come as an object")
    void default_files_and_annotations() {
        setUp();
        upload(TckData.grid("second.fcs", 5));
        client().updateFcsFile(eid(), gridFile.id(), cellengine.api.param.FcsFileUpdate.builder()
                .annotations(List.of(cellengine.api.model.Annotation.of("donor", "D1"))).build());
        List<StatisticsRow> rows = client().getStatistics(eid(), StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT).annotations(true).build()).rows();
        assertEquals(2, rows.size(), () -> "one Ungated row per file: " + rows);
        StatisticsRow gridRow = rows.stream().filter(r -> r.fcsFileId().equals(gridFile.id())).findFirst().orElseThrow();
        assertEquals("D1", gridRow.raw().getJsonObject("annotations").getString("donor"), "annotations object");
    }

    @Rule(id = "STATS-BAD-1", statement = "a quantile level outside 0..1 answers 400")
    void q_out_of_range() {
        setUp();
        assertThrows(BadRequestException.class, () -> client().post("/experiments/" + eid() + "/bulkstatistics",
                Map.of("statistics", List.of("quantile"), "channels", List.of("FSC-A"), "q", 1.5,
                        "populationIds", Collections.emptyList())));
    }

    @Rule(id = "STATS-BYNAME-1", statement = "files, populations and percentOf given by name give the same "
            + "statistics as their ids; a name matching two files fails naming it", reference = "docs/semantics.md#scales, docs/semantics.md#gate-boundaries",
            check = "in(filename, …) and in(name, …) list queries; includeControls")
    void by_names_as_by_ids() {
        setUp();
        Population child = createRectangle("child", rect.id()).populations().get(0);
        StatisticsRequest byIds = StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT, Statistic.PERCENT)
                .fcsFileIds(List.of(gridFile.id())).populationIds(List.of(child.id()))
                .percentOf(PercentOf.population(rect.id())).build();
        StatisticsRequest byNames = byIds.toBuilder().fcsFileNames("grid.fcs").populationNames(child.name())
                .percentOf(PercentOf.populationNamed(rect.name())).build();
        StatisticsRow expected = onlyRow(byIds);
        StatisticsRow actual = onlyRow(byNames);
        assertEquals(expected.eventCount(), actual.eventCount(), "eventCount by names");
        close(expected.percent(), actual.percent(), "percent of the named population");
        assertEquals(child.id(), actual.populationId(), "the named population");
        upload(TckData.generate("grid.fcs", 5, 3));
        NameLookupException e = assertThrows(NameLookupException.class, () -> client().getStatistics(eid(), byNames));
        assertEquals("grid.fcs", e.name(), "the ambiguous name");
        assertEquals(2, e.matchCount(), "two files are named grid.fcs now");
    }
}
