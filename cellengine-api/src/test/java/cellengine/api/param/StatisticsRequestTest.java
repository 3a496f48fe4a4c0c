package cellengine.api.param;

import cellengine.api.model.CompensationId;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsFormat;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics request body for each option (docs/wire.md#statistics-request, docs/wire.md#client-statistics-bodies)
 * and the plot query (docs/wire.md#plots).
 */
class StatisticsRequestTest {

    private static final String FID = "5d64abe2ca9df61349ed8e81";
    private static final String FID2 = "5d64abe2ca9df61349ed8e82";
    private static final String PID = "5d64abe2ca9df61349ed8e86";
    private static final String CID = "5d64abe2ca9df61349ed8e84";

    private static StatisticsRequest.Builder counts() {
        return StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT);
    }

    @Test
    void the_defaults_are_the_python_client_ones_in_its_key_order() {
        assertEquals("{\"statistics\":[\"eventCount\"],\"annotations\":false,\"compensationId\":0,"
                + "\"format\":\"json\",\"percentOf\":\"PARENT\"}", counts().build().toJson().toString());
    }

    @Test
    void the_live_test_request_is_reproduced_key_for_key() {
        StatisticsRequest r = StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT, Statistic.MEAN,
                Statistic.MEDIAN, Statistic.PERCENT, Statistic.QUANTILE).q(0.9).channels("FSC-A", "SSC-A")
                .annotations(true).compensationId(CompensationId.fileInternal())
                .layout(StatisticsRequest.Layout.MEDIUM).populationIds(PID).build();
        assertEquals("{\"statistics\":[\"eventCount\",\"mean\",\"median\",\"percent\",\"quantile\"],\"q\":0.9,"
                + "\"channels\":[\"FSC-A\",\"SSC-A\"],\"annotations\":true,\"compensationId\":-1,\"format\":\"json\","
                + "\"layout\":\"medium\",\"percentOf\":\"PARENT\",\"populationIds\":[\"" + PID + "\"]}",
                r.toJson().toString());
    }

    @Test
    void every_statistic_is_sent_by_its_canonical_key() {
        StatisticsRequest r = StatisticsRequest.builder().statistics(Statistic.values()).channels("A").build();
        assertEquals("[\"mean\",\"median\",\"quantile\",\"stddev\",\"cv\",\"mad\",\"geometricMean\",\"eventCount\","
                + "\"percent\"]", r.toJson().getJsonArray("statistics").toString());
        assertEquals(Statistic.GEOMETRIC_MEAN, Statistic.fromKey("geometricmean"));
        assertThrows(IllegalArgumentException.class, () -> Statistic.fromKey("mode"));
    }

    @Test
    void compensation_files_populations_and_percent_of_take_every_form() {
        assertEquals("0", counts().compensationId(CompensationId.uncompensated()).build().toJson()
                .get("compensationId").toString());
        assertEquals("-2", counts().compensationId(CompensationId.perFile()).build().toJson()
                .get("compensationId").toString());
        assertEquals("\"" + CID + "\"", counts().compensationId(CompensationId.of(CID)).build().toJson()
                .get("compensationId").toString());
        assertEquals("[\"" + FID + "\",\"" + FID2 + "\"]", counts().fcsFileIds(FID, FID2).build().toJson()
                .get("fcsFileIds").toString());
        assertEquals("[\"" + PID + "\",null]", counts().populationIds(Arrays.asList(PID, null)).build().toJson()
                .get("populationIds").toString(), "null is Ungated");
        assertEquals("[]", counts().populationIds(List.of()).build().toJson().get("populationIds").toString());
        assertEquals("null", counts().percentOf(PercentOf.ungated()).build().toJson().get("percentOf").toString());
        assertEquals("\"" + PID + "\"", counts().percentOf(PercentOf.population(PID)).build().toJson()
                .get("percentOf").toString());
        assertEquals("[\"" + PID + "\",\"PARENT\",null]", counts().percentOf(List.of(PercentOf.population(PID),
                PercentOf.parent(), PercentOf.ungated())).build().toJson().get("percentOf").toString());
    }

    @Test
    void layouts_and_formats_are_sent_by_their_wire_names() {
        assertEquals("tall-skinny", counts().layout(StatisticsRequest.Layout.TALL_SKINNY).build().toJson()
                .getString("layout"));
        assertEquals("short-wide", counts().layout(StatisticsRequest.Layout.SHORT_WIDE).build().toJson()
                .getString("layout"));
        Map<String, StatisticsRequest> formats = Map.of(
                "csv (with header)", counts().format(StatisticsFormat.CSV).build(),
                "csv (without header)", counts().format(StatisticsFormat.CSV).header(false).build(),
                "tsv (with header)", counts().format(StatisticsFormat.TSV).header(true).build(),
                "tsv (without header)", counts().format(StatisticsFormat.TSV).header(false).build());
        formats.forEach((wire, r) -> assertEquals(wire, r.toJson().getString("format")));
    }

    @Test
    void bad_requests_are_refused_in_one_place_naming_the_option() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatisticsRequest.builder().build())
                .getMessage().startsWith("statistics"));
        IllegalArgumentException channels = assertThrows(IllegalArgumentException.class,
                () -> StatisticsRequest.builder().statistics(Statistic.MEAN, Statistic.PERCENT).build());
        assertTrue(channels.getMessage().contains("channels") && channels.getMessage().contains("mean"),
                channels.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> counts().q(1.5).build()).getMessage()
                .contains("q"));
        assertThrows(IllegalArgumentException.class, () -> counts().q(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> counts().header(true).build());
        assertThrows(IllegalArgumentException.class, () -> counts().fcsFileIds("A1.fcs").build());
        assertThrows(IllegalArgumentException.class, () -> counts().populationIds("pop").build());
        assertThrows(IllegalArgumentException.class,
                () -> StatisticsRequest.builder().statistics(Statistic.MEAN, Statistic.MEAN).channels("A").build());
        assertThrows(IllegalArgumentException.class, () -> StatisticsRequest.builder().channels("A", " "));
        assertEquals(0.0, counts().q(0).build().toJson().getJsonNumber("q").doubleValue());
    }

    @Test
    void plot_query_sends_what_is_set_in_order() {
        PlotRequest dot = PlotRequest.builder(FID, "FSC-A").yChannel("SSC-A").build();
        assertEquals(List.of("fcsFileId", "plotType", "xChannel", "yChannel", "compensation"),
                List.copyOf(dot.toQuery().keySet()));
        assertEquals("dot", dot.toQuery().get("plotType"));
        assertEquals("0", dot.toQuery().get("compensation"));
        PlotRequest all = PlotRequest.builder(FID, "FSC-A").yChannel("SSC-A").zChannel("CD4")
                .plotType(PlotRequest.PlotType.CONTOUR).populationId(PID).compensation(CompensationId.of(CID))
                .width(400).height(300).renderGates(true).gateLabel(PlotRequest.GateLabel.EVENTCOUNT)
                .gateLabelFontSize(12).color("#ff0000").axes(false).axisLabels(true).ticks(true).tickLabels(false)
                .axisFlag("xTickLabelsQ", true).percentiles(0.1, 0.2).preSubsampleN(1000).postSubsampleP(0.5)
                .seed(42).smoothing(1).strokeThickness(2).build();
        assertEquals(Map.ofEntries(Map.entry("fcsFileId", FID), Map.entry("plotType", "contour"),
                Map.entry("xChannel", "FSC-A"), Map.entry("yChannel", "SSC-A"), Map.entry("zChannel", "CD4"),
                Map.entry("populationId", PID), Map.entry("compensation", CID), Map.entry("width", "400"),
                Map.entry("height", "300"), Map.entry("renderGates", "true"), Map.entry("gateLabel", "eventcount"),
                Map.entry("gateLabelFontSize", "12"), Map.entry("color", "#ff0000"), Map.entry("axesQ", "false"),
                Map.entry("axisLabelsQ", "true"), Map.entry("ticksQ", "true"), Map.entry("tickLabelsQ", "false"),
                Map.entry("xTickLabelsQ", "true"), Map.entry("percentileStart", "0.1"),
                Map.entry("percentileStep", "0.2"), Map.entry("preSubsampleN", "1000"),
                Map.entry("postSubsampleP", "0.5"), Map.entry("seed", "42"), Map.entry("smoothing", "1"),
                Map.entry("strokeThickness", "2")), all.toQuery());
        assertEquals(PlotRequest.builder(FID, "FSC-A").plotType(PlotRequest.PlotType.HISTOGRAM).build().toQuery()
                .get("plotType"), "histogram");
    }

    @Test
    void bad_plots_are_refused_naming_the_option() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlotRequest.builder(FID, "FSC-A").build())
                .getMessage().contains("yChannel"));
        assertThrows(IllegalArgumentException.class, () -> PlotRequest.builder("A1.fcs", "FSC-A"));
        assertThrows(IllegalArgumentException.class,
                () -> PlotRequest.builder(FID, "A").yChannel("B").width(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> PlotRequest.builder(FID, "A").yChannel("B").smoothing(11).build());
        assertThrows(IllegalArgumentException.class,
                () -> PlotRequest.builder(FID, "A").yChannel("B").color("red").build());
        assertThrows(IllegalArgumentException.class, () -> PlotRequest.builder(FID, "A").axisFlag("zAxisQ", true));
        assertThrows(IllegalArgumentException.class, () -> PlotRequest.builder(FID, "A").postSubsampleP(2));
        assertThrows(IllegalArgumentException.class,
                () -> PlotRequest.builder(FID, "A").yChannel("B").preSubsampleN(5).preSubsampleP(0.5).build());
    }
}
