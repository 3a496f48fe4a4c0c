package cellengine.api.wire;

import cellengine.api.ApiException;
import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.ExperimentView;
import cellengine.api.NameLookupException;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsFormat;
import cellengine.api.model.StatisticsResult;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.PlotRequest;
import cellengine.api.param.StatisticsRequest;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID;
import static cellengine.api.wire.Fixtures.PID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statistics, plots and the experiment view on the wire. */
class AnalysisWireTest extends PeerTest {

    /** The live medium row of docs/wire.md#medium-rows, keys in the server's order. */
    static final String LIVE_ROW = "{\"fcsFileId\":\"" + FID + "\",\"filename\":\"Specimen_001_A1_A01.fcs\","
            + "\"populationId\":\"" + PID + "\",\"population\":\"Pop 1\",\"uniquePopulationName\":\"Pop 1\","
            + "\"parentPopulation\":\"Ungated\",\"parentPopulationId\":null,"
            + "\"annotations\":{\"plate\":\"96 Well - V bottom\",\"plate row\":\"A\",\"plate column\":\"01\","
            + "\"plate well\":\"A01\"},\"percentOfId\":null,\"percentOf\":\"Ungated\","
            + "\"percentOfUniqueName\":\"Ungated\",\"percent\":88.828197,\"eventCount\":158068,"
            + "\"channel\":\"FSC-A\",\"reagent\":\"FSC-A\",\"mean\":51334.479327,\"median\":49697.291016,"
            + "\"quantile\":69713.179688}";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};

    private static StatisticsRequest.Builder live() {
        return StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT, Statistic.MEAN, Statistic.MEDIAN,
                Statistic.PERCENT, Statistic.QUANTILE).q(0.9).channels("FSC-A").annotations(true)
                .compensationId(CompensationId.fileInternal()).populationIds(PID);
    }

    @Test
    void statistics_posts_the_request_and_reads_medium_rows_in_key_order() {
        peer.script(r -> Reply.json(200, "[" + LIVE_ROW + "]"));
        StatisticsResult result = client.getStatistics(EID, live().build());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals("/api/v1/experiments/" + EID + "/bulkstatistics", r.rawPath());
        assertEquals(live().build().toJson().toString(), r.bodyText());
        StatisticsRow row = result.rows().get(0);
        assertEquals(FID, row.fcsFileId());
        assertEquals("Pop 1", row.population());
        assertEquals("Ungated", row.parentPopulation());
        assertNull(row.parentPopulationId());
        assertNull(row.percentOfId());
        assertEquals("Ungated", row.percentOfUniqueName());
        assertEquals(88.828197, row.percent());
        assertEquals(158068L, row.eventCount());
        assertEquals("FSC-A", row.reagent());
        assertEquals(51334.479327, row.statistic(Statistic.MEAN));
        assertEquals(69713.179688, row.statistic("quantile"));
        assertEquals("A01", row.annotations().getString("plate well"));
        assertEquals(List.of("fcsFileId", "filename", "populationId", "population", "uniquePopulationName",
                "parentPopulation", "parentPopulationId", "annotations", "percentOfId", "percentOf",
                "percentOfUniqueName", "percent", "eventCount", "channel", "reagent", "mean", "median", "quantile"),
                List.copyOf(row.raw().keySet()), "the raw row keeps the server's key order");
        NoSuchElementException missing = assertThrows(NoSuchElementException.class, () -> row.statistic("mad"));
        assertTrue(missing.getMessage().contains("'mad'"), missing.getMessage());
        assertEquals(StatisticsFormat.JSON, result.format());
        assertTrue(result.text().startsWith("[{\"fcsFileId\""), result.text());
    }

    @Test
    void json_rows_convert_to_csv_locally_with_annotation_columns_and_crlf() {
        String ungated = "{\"fcsFileId\":\"" + FID + "\",\"filename\":\"a,b.fcs\",\"populationId\":null,"
                + "\"population\":\"Ungated\",\"uniquePopulationName\":\"Ungated\",\"parentPopulation\":\"Ungated\","
                + "\"parentPopulationId\":null,\"annotations\":{\"plate\":\"96 \\\"V\\\"\",\"plate row\":\"A\","
                + "\"plate column\":\"01\",\"plate well\":\"A01\"},\"percentOfId\":null,\"percentOf\":\"Ungated\","
                + "\"percentOfUniqueName\":\"Ungated\",\"percent\":100,\"eventCount\":177948,\"channel\":\"FSC-A\","
                + "\"reagent\":null,\"mean\":null,\"median\":1.5,\"quantile\":2}";
        peer.script(r -> Reply.json(200, "[" + LIVE_ROW + "," + ungated + "]"));
        String csv = client.getStatistics(EID, live().build()).toCsv();
        String[] lines = csv.split("\r\n", -1);
        assertEquals(4, lines.length, csv);
        assertEquals("", lines[3], "ends with CRLF");
        assertEquals("fcsFileId,filename,populationId,population,uniquePopulationName,parentPopulation,"
                + "parentPopulationId,plate,plate row,plate column,plate well,percentOfId,percentOf,"
                + "percentOfUniqueName,percent,eventCount,channel,reagent,mean,median,quantile", lines[0]);
        assertEquals(FID + ",Specimen_001_A1_A01.fcs," + PID + ",Pop 1,Pop 1,Ungated,,96 Well - V bottom,A,01,A01,,"
                + "Ungated,Ungated,88.828197,158068,FSC-A,FSC-A,51334.479327,49697.291016,69713.179688", lines[1]);
        assertEquals(FID + ",\"a,b.fcs\",,Ungated,Ungated,Ungated,,\"96 \"\"V\"\"\",A,01,A01,,Ungated,Ungated,100,"
                + "177948,FSC-A,,,1.5,2", lines[2]);
    }

    @Test
    void tall_skinny_and_short_wide_rows_are_read() {
        peer.script(r -> Reply.json(200, "[{\"fcsFileId\":\"" + FID + "\",\"filename\":\"a.fcs\","
                + "\"populationId\":null,\"population\":\"Ungated\",\"statistic\":\"mean\",\"channel\":\"FSC-A\","
                + "\"value\":12.5},{\"fcsFileId\":\"" + FID + "\",\"filename\":\"a.fcs\",\"populationId\":null,"
                + "\"population\":\"Ungated\",\"statistic\":\"eventCount\",\"value\":10}]"));
        StatisticsResult tall = client.getStatistics(EID, StatisticsRequest.builder()
                .statistics(Statistic.MEAN, Statistic.EVENT_COUNT).channels("FSC-A")
                .layout(StatisticsRequest.Layout.TALL_SKINNY).build());
        assertEquals("tall-skinny", jsonOf(peer.only()).getString("layout"));
        assertEquals("mean", tall.rows().get(0).statisticName());
        assertEquals(12.5, tall.rows().get(0).value());
        assertNull(tall.rows().get(1).channel());
        assertEquals(10.0, tall.rows().get(1).value());
        peer.script(r -> Reply.json(200, "[{\"fcsFileId\":\"" + FID + "\",\"filename\":\"a.fcs\","
                + "\"Ungated eventCount\":10}]"));
        StatisticsResult wide = client.getStatistics(EID, StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT).layout(StatisticsRequest.Layout.SHORT_WIDE).build());
        assertEquals(10.0, wide.rows().get(0).statistic("Ungated eventCount"));
        assertEquals("fcsFileId,filename,Ungated eventCount\r\n" + FID + ",a.fcs,10\r\n", wide.toCsv());
    }

    @Test
    void csv_and_tsv_come_back_as_text_with_and_without_a_header() {
        String csv = FID + ",Specimen_001_G9.fcs,55857.0418692956\r\n";
        peer.script(r -> Reply.of(200, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8)));
        StatisticsResult plain = client.getStatistics(EID, StatisticsRequest.builder().statistics(Statistic.MEAN)
                .channels("FSC-A").format(StatisticsFormat.CSV).header(false).build());
        assertEquals("csv (without header)", jsonOf(peer.only()).getString("format"));
        assertEquals(csv, plain.text());
        assertEquals(csv, plain.toCsv());
        IllegalStateException noRows = assertThrows(IllegalStateException.class, plain::rows);
        assertTrue(noRows.getMessage().contains("CSV"), noRows.getMessage());
        String tsv = "fcsFileId\tfilename\tmean\r\n" + FID + "\ta,1.fcs\t5\r\n";
        peer.script(r -> Reply.of(200, "text/tab-separated-values", tsv.getBytes(StandardCharsets.UTF_8)));
        StatisticsResult withHeader = client.getStatistics(EID, StatisticsRequest.builder()
                .statistics(Statistic.MEAN).channels("FSC-A").format(StatisticsFormat.TSV).build());
        assertEquals("tsv (with header)", jsonOf(peer.only()).getString("format"));
        assertEquals(tsv, withHeader.text());
        assertEquals("fcsFileId,filename,mean\r\n" + FID + ",\"a,1.fcs\",5\r\n", withHeader.toCsv());
    }

    @Test
    void a_statistics_answer_that_is_not_an_array_is_an_api_error() {
        peer.script(r -> Reply.json(200, "{\"rows\":[]}"));
        ApiException e = assertThrows(ApiException.class, () -> client.getStatistics(EID,
                StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT).build()));
        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("array"), e.getMessage());
    }

    @Test
    void get_plot_sends_the_query_and_returns_png_bytes_or_saves_them_atomically(@TempDir Path dir)
            throws IOException {
        peer.script(r -> Reply.of(200, "image/png", PNG));
        PlotRequest plot = PlotRequest.builder(FID, "FSC-A").yChannel("SSC-A").populationId(PID)
                .compensation(CompensationId.fileInternal()).renderGates(true).color("#0af").build();
        assertArrayEquals(PNG, client.getPlot(EID, plot));
        RecordedRequest r = peer.only();
        assertEquals("GET", r.method());
        assertEquals("/api/v1/experiments/" + EID + "/plot", r.rawPath());
        assertEquals(plot.toQuery(), r.query());
        assertTrue(r.rawQuery().contains("color=%230af"), r.rawQuery());
        Path target = dir.resolve("plot.png");
        client.getPlot(EID, plot, Download.toFile(target));
        assertArrayEquals(PNG, Files.readAllBytes(target));
        peer.script(r2 -> Reply.of(200, "text/html", "<html>oops</html>".getBytes(StandardCharsets.UTF_8)));
        ApiException e = assertThrows(ApiException.class, () -> client.getPlot(EID, plot, Download.toFile(target)));
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
        assertArrayEquals(PNG, Files.readAllBytes(target), "the target is left as it was");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void experiment_view_fills_in_the_id() {
        ExperimentView view = client.experiment(EID);
        assertEquals(EID, view.id());
        peer.script(r -> Reply.json(200, "[]"));
        assertTrue(view.getGates().isEmpty());
        assertEquals("/api/v1/experiments/" + EID + "/gates", peer.only().rawPath());
        peer.script(r -> Reply.json(200, "[]"));
        assertTrue(view.getPopulations().isEmpty());
        assertEquals("/api/v1/experiments/" + EID + "/populations", peer.only().rawPath());
        peer.script(r -> Reply.json(200, "[" + LIVE_ROW + "]"));
        StatisticsResult result = view.getStatistics(StatisticsRequest.builder().statistics(Statistic.MEAN)
                .channels("FSC-A").populationIds(PID).build());
        assertEquals(1, result.rows().size());
        assertEquals("/api/v1/experiments/" + EID + "/bulkstatistics", peer.only().rawPath());
        peer.script(r -> Reply.json(200, "[" + Fixtures.scaleSet() + "]"));
        assertEquals("Scale Set 1", view.getScaleset().name());
        peer.script(r -> Reply.json(200, "[" + Fixtures.compensation(Fixtures.CID, "c") + "]"));
        assertEquals("c", view.getCompensations().get(0).name());
        peer.script(r -> Reply.empty(204));
        view.deleteAttachment(Fixtures.AID);
        assertEquals("/api/v1/experiments/" + EID + "/attachments/" + Fixtures.AID, peer.only().rawPath());
        assertThrows(IllegalArgumentException.class, () -> client.experiment("nope"));
    }

    @Test
    void the_view_has_exactly_the_experiment_scoped_methods_of_the_client() throws NoSuchMethodException {
        List<String> missing = new ArrayList<>();
        int scoped = 0;
        for (Method m : CellEngine.class.getDeclaredMethods()) {
            Parameter[] ps = m.getParameters();
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (ps.length == 0 || !ps[0].isNamePresent() || !ps[0].getName().equals("experimentId")) {
                assertTrue(ps.length == 0 || ps[0].isNamePresent(), "compile cellengine-api with -parameters");
                continue;
            }
            scoped++;
            Class<?>[] rest = Arrays.copyOfRange(m.getParameterTypes(), 1, ps.length);
            try {
                Method twin = ExperimentView.class.getMethod(m.getName(), rest);
                assertEquals(m.getGenericReturnType(), twin.getGenericReturnType(), twin::toString);
            } catch (NoSuchMethodException e) {
                missing.add(m.getName() + Arrays.toString(rest));
            }
        }
        assertEquals(List.of(), missing, "experiment-scoped client methods without a view twin");
        long own = Arrays.stream(ExperimentView.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).count();
        assertEquals(scoped + 3, own, "the view has only the twins, id(), client() and toString()");
        assertTrue(scoped > 70, "scoped methods found: " + scoped);
    }

    @Test
    void experiment_by_name_looks_the_experiment_up_once() {
        peer.script(r -> Reply.json(200, "[{\"_id\":\"" + EID + "\",\"name\":\"Run 7\"}]"));
        ExperimentView view = client.experimentByName("Run 7");
        assertEquals(EID, view.id());
        assertEquals("and(eq(name,\"Run 7\"),eq(deleted,null))", peer.only().query().get("query"));
        peer.script(r -> Reply.json(200, "[]"));
        assertThrows(NameLookupException.class, () -> client.experimentByName("Run 8"));
        peer.script(r -> r.rawPath().endsWith("/fcsfiles") ? Reply.json(200, "[" + Fixtures.fcsFile(FID, "A1.fcs")
                + "]") : Reply.json(200, Fixtures.fcsFile(FID, "A1.fcs")));
        assertEquals(FID, view.getFcsFileByName("A1.fcs").id());
        assertFalse(view.toString().contains("tok"));
    }

    private static JsonObject jsonOf(RecordedRequest r) {
        return cellengine.api.internal.json.Json.readValue(r.body()).asJsonObject();
    }
}
