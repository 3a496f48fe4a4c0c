package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bulk statistics against direct computations: events lie on a grid, so gates with edges on grid values have
 * events exactly on their boundaries.
 */
class StatisticsTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake().keepDataBetweenTests();

    private static String eid;
    private static String stats;
    private static String fileA;
    private static String fileB;
    private static String rect;
    private static String splitL;
    private static String splitR;
    private static List<String> quadrant = new ArrayList<>();
    private static String tailored;

    /** R: FSC-A and SSC-A in [5000, 10000], closed. */
    private static final IntPredicate IN_RECT = e -> GridFiles.fsc(e, 0) >= 5000 && GridFiles.fsc(e, 0) <= 10000
            && GridFiles.ssc(e) >= 5000 && GridFiles.ssc(e) <= 10000;

    @BeforeAll
    static void start() {
        eid = fake.experiment("{\"name\":\"Stats, \\\"quoted\\\"\"}");
        stats = "/experiments/" + eid + "/bulkstatistics";
        String files = "/experiments/" + eid + "/fcsfiles";
        fileA = fake.http().upload(files, "data", "a.fcs", GridFiles.grid(0, true)).expect(201).object()
                .getString("_id");
        fileB = fake.http().upload(files, "data", "b.fcs", GridFiles.grid(0, false)).expect(201).object()
                .getString("_id");
        String control = fake.http().upload(files, "data", "control.fcs", GridFiles.grid(0, true)).expect(201).object()
                .getString("_id");
        fake.api().patch(files + "/" + control, "{\"isControl\":true}").expect(200);
        String deleted = fake.http().upload(files, "data", "deleted.fcs", GridFiles.grid(0, true)).expect(201).object()
                .getString("_id");
        fake.api().delete(files + "/" + deleted).expect(204);

        String gates = "/experiments/" + eid + "/gates";
        rect = Gating.population(fake.api().post(gates + "?createPopulation=true",
                Gating.rectangle("rect", Gating.gid(), 10000, 5000, 5000, 10000)).expect(201)).getString("_id");
        JsonArray split = fake.api().post(gates + "?createPopulation=true&parentPopulationId=" + rect,
                Gating.split("split", Gating.gid(), 10000)).expect(201).object().getJsonArray("populations");
        splitL = split.getJsonObject(0).getString("_id");
        splitR = split.getJsonObject(1).getString("_id");
        fake.api().post(gates + "?createPopulation=true", Gating.quadrant("quad", Gating.gid(), 10000, 10000))
                .expect(201).object().getJsonArray("populations")
                .forEach(p -> quadrant.add(p.asJsonObject().getString("_id")));
        // A tailored family: global FSC-A in [1000, 2000] (2 columns), file B's member [1000, 4000] (4 columns).
        String gid = Gating.gid();
        tailored = Gating.population(fake.api().post(gates + "?createPopulation=true",
                Gating.tailoredRectangle("tailored", gid, null, 1000, 2000, 1000, 20000)).expect(201))
                .getString("_id");
        fake.api().post(gates, Gating.tailoredRectangle("tailored", gid, fileB, 1000, 4000, 1000, 20000)).expect(201);
    }

    private static JsonArray rows(String body) {
        return fake.api().post(stats, body).expect(200).array();
    }

    private static int count(IntPredicate member) {
        int n = 0;
        for (int e = 0; e < GridFiles.EVENTS; e++) {
            n += member.test(e) ? 1 : 0;
        }
        return n;
    }

    private static double[] values(IntPredicate member, IntToDoubleFunction value) {
        double[] out = new double[count(member)];
        int k = 0;
        for (int e = 0; e < GridFiles.EVENTS; e++) {
            if (member.test(e)) {
                out[k++] = value.applyAsDouble(e);
            }
        }
        return out;
    }

    private static void near(double expected, JsonValue actual, String what) {
        double a = ((JsonNumber) actual).doubleValue();
        assertEquals(expected, a, Math.abs(expected) * 1e-12 + 1e-12, what);
    }

    @Test
    void medium_rows_match_direct_computations_on_compensated_unscaled_values() {
        JsonArray rows = rows("{\"statistics\":[\"mean\",\"median\",\"quantile\",\"stddev\",\"cv\",\"mad\","
                + "\"geometricMean\",\"eventCount\",\"percent\"],\"q\":0.9,\"channels\":[\"FITC-A\",\"PE-A\"],"
                + "\"annotations\":true,\"compensationId\":-1,\"fcsFileIds\":[\"" + fileA + "\"],\"format\":\"json\","
                + "\"layout\":\"medium\",\"percentOf\":\"PARENT\",\"populationIds\":[null,\"" + rect + "\",\""
                + splitR + "\"]}");
        assertEquals(6, rows.size());
        JsonObject first = rows.getJsonObject(0);
        assertEquals(List.of("fcsFileId", "filename", "populationId", "population", "uniquePopulationName",
                "parentPopulation", "parentPopulationId", "annotations", "percentOfId", "percentOf",
                "percentOfUniqueName", "percent", "eventCount", "channel", "reagent", "mean", "median", "quantile",
                "stddev", "cv", "mad", "geometricMean"), List.copyOf(first.keySet()));
        assertTrue(first.isNull("populationId"));
        assertEquals("Ungated", first.getString("population"));
        assertEquals("Ungated", first.getString("uniquePopulationName"));
        assertEquals("Ungated", first.getString("parentPopulation"));
        assertTrue(first.isNull("parentPopulationId"));
        assertTrue(first.isNull("percentOfId"));
        assertEquals("Ungated", first.getString("percentOf"));
        assertEquals(100, first.getJsonNumber("percent").doubleValue());
        assertEquals("96 Well - V bottom", first.getJsonObject("annotations").getString("plate"));
        assertEquals("CD3", first.getString("reagent"));

        List<IntPredicate> members = List.of(e -> true, IN_RECT, IN_RECT.and(e -> GridFiles.fsc(e, 0) >= 10000));
        List<Integer> parents = List.of(GridFiles.EVENTS, GridFiles.EVENTS, count(IN_RECT));
        List<IntToDoubleFunction> channels = List.of(TestFiles::fitcCompensated, TestFiles::peCompensated);
        for (int p = 0; p < 3; p++) {
            for (int c = 0; c < 2; c++) {
                JsonObject row = rows.getJsonObject(p * 2 + c);
                double[] v = values(members.get(p), channels.get(c));
                String at = "population " + p + " channel " + c;
                assertEquals(v.length, row.getInt("eventCount"), at);
                near(100.0 * v.length / parents.get(p), row.get("percent"), at + " percent");
                near(Direct.mean(v), row.get("mean"), at + " mean");
                near(Direct.quantile(v, 0.5), row.get("median"), at + " median");
                near(Direct.quantile(v, 0.9), row.get("quantile"), at + " quantile");
                near(Direct.stddev(v), row.get("stddev"), at + " stddev");
                near(100 * Direct.stddev(v) / Direct.mean(v), row.get("cv"), at + " cv");
                near(Direct.mad(v), row.get("mad"), at + " mad");
                near(Direct.geometricMean(v), row.get("geometricMean"), at + " geometricMean");
            }
        }
        JsonObject splitRow = rows.getJsonObject(4);
        assertEquals("split (R)", splitRow.getString("population"));
        assertEquals("rect", splitRow.getString("parentPopulation"));
        assertEquals(rect, splitRow.getString("parentPopulationId"));
        assertEquals(rect, splitRow.getString("percentOfId"));
    }

    @Test
    void gate_boundaries_follow_the_decisions() {
        JsonArray rows = rows("{\"statistics\":\"eventcount\",\"fcsFileIds\":[\"" + fileA + "\"],\"populationIds\":[\""
                + rect + "\",\"" + splitL + "\",\"" + splitR + "\",\"" + String.join("\",\"", quadrant) + "\"]}");
        assertEquals(36, rows.getJsonObject(0).getInt("eventCount"));
        assertEquals(count(IN_RECT.and(e -> GridFiles.fsc(e, 0) < 10000)), rows.getJsonObject(1).getInt("eventCount"));
        assertEquals(6, rows.getJsonObject(2).getInt("eventCount"));
        assertEquals(121, rows.getJsonObject(3).getInt("eventCount"));
        assertEquals(count(e -> GridFiles.fsc(e, 0) < 10000 && GridFiles.ssc(e) >= 10000),
                rows.getJsonObject(4).getInt("eventCount"));
        assertEquals(count(e -> GridFiles.fsc(e, 0) < 10000 && GridFiles.ssc(e) < 10000),
                rows.getJsonObject(5).getInt("eventCount"));
        assertEquals(count(e -> GridFiles.fsc(e, 0) >= 10000 && GridFiles.ssc(e) < 10000),
                rows.getJsonObject(6).getInt("eventCount"));
        assertTrue(!rows.getJsonObject(0).containsKey("channel"), "no channel keys without channel statistics");
    }

    @Test
    void tailored_gates_are_chosen_per_file_and_files_default_to_live_non_controls_by_id() {
        JsonArray rows = rows("{\"statistics\":[\"eventCount\"],\"populationIds\":[\"" + tailored + "\"]}");
        assertEquals(2, rows.size());
        List<String> ids = new ArrayList<>(List.of(fileA, fileB));
        ids.sort(null);
        assertEquals(ids, List.of(rows.getJsonObject(0).getString("fcsFileId"),
                rows.getJsonObject(1).getString("fcsFileId")));
        for (JsonValue row : rows) {
            boolean isB = row.asJsonObject().getString("fcsFileId").equals(fileB);
            assertEquals(isB ? 80 : 40, row.asJsonObject().getInt("eventCount"));
        }
    }

    @Test
    void percent_of_accepts_null_an_id_and_arrays_with_one_row_per_entry() {
        String base = "{\"statistics\":[\"percent\"],\"fcsFileIds\":[\"" + fileA + "\"],\"populationIds\":[\""
                + splitR + "\"],";
        JsonObject ofUngated = rows(base + "\"percentOf\":null}").getJsonObject(0);
        assertTrue(ofUngated.isNull("percentOfId"));
        near(100.0 * 6 / 400, ofUngated.get("percent"), "percent of Ungated");
        JsonObject ofQuad = rows(base + "\"percentOf\":\"" + quadrant.get(0) + "\"}").getJsonObject(0);
        assertEquals("quad (UR)", ofQuad.getString("percentOf"));
        near(100.0 * 6 / 121, ofQuad.get("percent"), "percent of UR");
        JsonArray three = rows(base + "\"percentOf\":[\"PARENT\",null,\"" + quadrant.get(0) + "\"]}");
        assertEquals(3, three.size());
        assertEquals(List.of("rect", "Ungated", "quad (UR)"), List.of(three.getJsonObject(0).getString("percentOf"),
                three.getJsonObject(1).getString("percentOf"), three.getJsonObject(2).getString("percentOf")));
        near(100.0 * 6 / 36, three.getJsonObject(0).get("percent"), "percent of parent");
    }

    @Test
    void tall_skinny_and_short_wide_layouts() {
        String body = "{\"statistics\":[\"eventCount\",\"mean\"],\"channels\":[\"FSC-A\"],\"fcsFileIds\":[\"" + fileA
                + "\"],\"populationIds\":[\"" + rect + "\"],\"layout\":\"%s\"}";
        JsonArray tall = rows(String.format(body, "tall-skinny"));
        assertEquals(2, tall.size());
        assertEquals("eventCount", tall.getJsonObject(0).getString("statistic"));
        assertEquals(36, tall.getJsonObject(0).getInt("value"));
        assertEquals("mean", tall.getJsonObject(1).getString("statistic"));
        assertEquals("FSC-A", tall.getJsonObject(1).getString("channel"));
        near(Direct.mean(values(IN_RECT, e -> GridFiles.fsc(e, 0))), tall.getJsonObject(1).get("value"), "mean");
        JsonArray wide = rows(String.format(body, "short-wide"));
        assertEquals(1, wide.size());
        assertEquals(List.of("fcsFileId", "filename", "rect eventCount", "rect FSC-A mean"),
                List.copyOf(wide.getJsonObject(0).keySet()));
    }

    @Test
    void csv_and_tsv_are_crlf_text_with_an_attachment_name() {
        String body = "{\"statistics\":[\"mean\"],\"channels\":\"FSC-A\",\"fcsFileIds\":[\"" + fileA + "\"],"
                + "\"format\":\"%s\"%s}";
        DataHttp.Bytes plain = fake.http().post(stats, String.format(body, "csv", "")).expect(200);
        assertEquals("text/csv; charset=utf-8", plain.header("Content-Type"));
        assertEquals("attachment; filename=\"Stats, _quoted_ - Statistics.csv\"", plain.header("Content-Disposition"));
        assertEquals(fileA + ",a.fcs,10500\r\n", plain.text());

        DataHttp.Bytes medium = fake.http().post(stats, String.format(body, "CSV (with header)",
                ",\"layout\":\"medium\",\"populationIds\":[\"" + rect + "\"]")).expect(200);
        String[] lines = medium.text().split("\r\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals("fcsFileId,filename,populationId,population,uniquePopulationName,parentPopulation,"
                + "parentPopulationId,channel,reagent,mean", lines[0]);
        assertEquals(fileA + ",a.fcs," + rect + ",rect,rect,Ungated,,FSC-A,,7500", lines[1]);

        DataHttp.Bytes tsv = fake.http().post(stats, String.format(body, "tsv (with header)",
                ",\"layout\":\"medium\",\"annotations\":true")).expect(200);
        assertEquals("text/tab-separated-values; charset=utf-8", tsv.header("Content-Type"));
        assertTrue(tsv.header("Content-Disposition").endsWith("Statistics.tsv\""));
        String[] tsvLines = tsv.text().split("\r\n");
        assertEquals("fcsFileId\tfilename\tpopulationId\tpopulation\tuniquePopulationName\tparentPopulation\t"
                + "parentPopulationId\tplate\tplate row\tplate column\tplate well\tchannel\treagent\tmean", tsvLines[0]);
        assertTrue(tsvLines[1].contains("\t96 Well - V bottom\tC\t05\tC05\tFSC-A\t\t10500"), tsvLines[1]);
        assertEquals(1, fake.http().post(stats, String.format(body, "tsv (without header)", "")).expect(200).text()
                .split("\r\n").length);
    }

    @Test
    void statistic_names_are_case_insensitive_and_a_missing_channel_gives_nulls() {
        JsonObject row = rows("{\"statistics\":[\"GeometricMean\",\"EVENTCOUNT\"],\"channels\":[\"APC-A\"],"
                + "\"fcsFileIds\":[\"" + fileA + "\"]}").getJsonObject(0);
        assertEquals(400, row.getInt("eventCount"));
        assertTrue(row.isNull("geometricMean"));
        assertTrue(row.isNull("reagent"));
    }

    @Test
    void invalid_requests_are_400s_naming_the_field() {
        String a = "\"fcsFileIds\":[\"" + fileA + "\"]";
        assertTrue(fake.api().post(stats, "{\"statistics\":\"quantile\",\"channels\":\"FSC-A\",\"q\":1.5}").expect(400)
                .error().contains("\"q\""));
        assertTrue(fake.api().post(stats, "{\"statistics\":\"mode\",\"channels\":\"FSC-A\"}").expect(400).error()
                .contains("mode"));
        assertEquals("\"channels\" is required.", fake.api().post(stats, "{\"statistics\":\"mean\"}").expect(400)
                .error());
        assertEquals("\"statistics\" is required.", fake.api().post(stats, "{}").expect(400).error());
        assertTrue(fake.api().post(stats, "{\"statistics\":\"eventcount\",\"compensationId\":null}").expect(400).error()
                .contains("compensationId"));
        assertTrue(fake.api().post(stats,
                "{\"statistics\":\"eventcount\",\"compensationId\":-1,\"fcsFileIds\":[\"" + fileB
                + "\"]}").expect(400).error().contains("file-internal"));
        assertTrue(fake.api().post(stats, "{\"statistics\":\"eventcount\",\"format\":\"xml\"," + a + "}")
                .expect(400).error().contains("format"));
        assertTrue(fake.api().post(stats, "{\"statistics\":\"eventcount\",\"layout\":\"wide\"," + a + "}").expect(400)
                .error().contains("layout"));
        assertEquals(404, fake.api().post(stats,
                "{\"statistics\":\"eventcount\",\"populationIds\":[\"000000000000000000000000\"]}")
                .status);
        assertTrue(fake.api().post(stats,
                "{\"statistics\":\"eventcount\",\"fcsFileIds\":[\"000000000000000000000000\"]}")
                .expect(400).error().contains("fcsFileIds[0]"));
    }

    @Test
    void event_export_by_population_returns_the_gated_events() {
        DataHttp.Bytes tsv = fake.http().get("/experiments/" + eid + "/fcsfiles/" + fileA + ".tsv?populationId=" + rect
                + "&compensationId=0&headers=false").expect(200);
        String[] lines = tsv.text().split("\r\n");
        assertEquals(36, lines.length);
        List<String> expected = new ArrayList<>();
        for (int e = 0; e < GridFiles.EVENTS; e++) {
            if (IN_RECT.test(e)) {
                expected.add((int) GridFiles.fsc(e, 0) + "\t" + (int) GridFiles.ssc(e));
            }
        }
        List<String> actual = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            actual.add(cells[0] + "\t" + cells[1]);
        }
        assertEquals(expected, actual);
    }
}
