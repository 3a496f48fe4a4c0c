package cellengine.junit;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.scale.ArcSinhScale;
import cellengine.api.CellEngine;
import cellengine.api.Upload;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Population;
import cellengine.api.model.RectangleGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.Gates;
import cellengine.api.param.StatisticsRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate coordinates are in the channel's scaled space: a rectangle given with raw bounds on an arcsinh channel
 * matches nothing, while the same numbers marked {@code inRawUnits(scaleSet)} match exactly the events whose raw
 * values lie inside them, as the fake server counts them.
 */
@FakeCellEngineTest
class RawUnitGatesTest {

    private static final int EVENTS = 400;

    @Test
    void a_rectangle_in_raw_units_on_an_arcsinh_channel_matches_the_events_inside_its_raw_bounds(CellEngine client)
            throws IOException {
        double[] fsc = new double[EVENTS];
        double[] fitc = new double[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            fsc[i] = 1000 + 250.0 * i;          // 1,000 … 100,750 (linear)
            fitc[i] = -150 + 300.0 * i;         // -150 … 119,550 (arcsinh, cofactor 150)
        }
        ByteArrayOutputStream fcs = new ByteArrayOutputStream();
        FcsWriter.builder().parameter("FSC-A", null, 262144).parameter("FITC-A", null, 262144).write(fcs, fsc, fitc);
        String eid = client.postExperiment("raw units").id();
        FcsFile file = client.uploadFcsFile(eid, Upload.of("raw.fcs", fcs.toByteArray()));
        ScaleSet scales = client.getScaleset(eid);
        assertEquals(new ArcSinhScale(-200, 262144, 150), scales.scaleFor("FITC-A"));

        double x1 = 20000;
        double x2 = 80000;
        double y1 = 1000;
        double y2 = 50000;
        long inside = 0;
        for (int i = 0; i < EVENTS; i++) {
            if (fsc[i] >= x1 && fsc[i] <= x2 && fitc[i] >= y1 && fitc[i] <= y2) {
                inside++;
            }
        }
        assertTrue(inside > 50, "the data must put events inside the gate, has " + inside);

        var raw = client.postGate(eid, Gates.rectangle("FSC-A", "FITC-A", "raw bounds", x1, x2, y1, y2)
                .inRawUnits(scales).build());
        RectangleGate sent = (RectangleGate) raw.gate();
        assertEquals(Math.log(y2 / 150 + Math.sqrt(y2 / 150 * y2 / 150 + 1)), sent.rectangle().y2(), 1e-9,
                "the server received the scaled bound");
        Population asGiven = client.postGate(eid, Gates.rectangle("FSC-A", "FITC-A", "scaled bounds", x1, x2, y1,
                y2).build()).population();

        Map<String, Long> counts = new HashMap<>();
        for (StatisticsRow row : client.getStatistics(eid, StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT).fcsFileIds(file.id())
                .populationIds(raw.population().id(), asGiven.id()).build()).rows()) {
            counts.put(row.population(), row.eventCount());
        }
        assertEquals(inside, counts.get("raw bounds"), "raw bounds converted through the arcsinh scale");
        assertEquals(0L, counts.get("scaled bounds"), "the same numbers read as scaled values lie above every "
                + "event (asinh(119550 / 150) is about 7.4)");
    }
}
