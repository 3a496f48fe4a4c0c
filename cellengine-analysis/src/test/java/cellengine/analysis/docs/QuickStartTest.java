package cellengine.analysis.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import cellengine.analysis.gate.FileGating;
import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.GateSet;
import cellengine.analysis.gate.RectangleGeometry;
import cellengine.analysis.population.PopulationExpression;
import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.ChannelStatistics;
import cellengine.analysis.stats.EventTable;
import cellengine.analysis.stats.Statistics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the quick start of docs/analysis.md line for line, and checks its answers by hand. */
class QuickStartTest {

    @Test
    void the_documented_quick_start_reads_compensates_gates_and_computes_statistics(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("sample.fcs");
        // Four events; FITC-A spills 10% into PE-A. Events 0 and 1 sit inside the gate, 2 and 3 outside.
        double[] fsc = {100, 200, 5, 300_000};
        double[] ssc = {100, 400, 5, 100};
        double[] fitc = {1000, 2000, 50, 10};
        double[] pe = {100 + 500, 200 + 700, 5, 1};
        FcsWriter.builder().parameter("FSC-A", null, 262144).parameter("SSC-A", null, 262144)
                .parameter("FITC-A", "CD3", 262144).parameter("PE-A", "CD4", 262144)
                .spillover(new Spillover(List.of("FITC-A", "PE-A"), new double[] {1, 0.1, 0, 1}))
                .write(file, fsc, ssc, fitc, pe);

        // --- docs/analysis.md, "Quick start" ---
        FcsData data = FcsReader.read(file);
        EventTable events = data.toEventTable();                          // scale values, one column per $PnN
        CompensationMatrix comp = CompensationMatrix.from(data.spillover().orElseThrow());
        Map<String, Scale> scales = Map.of(
                "FSC-A", new LinearScale(1, 262144), "SSC-A", new LinearScale(1, 262144),
                "PE-A", new ArcSinhScale(-200, 262144, 150));
        GateSet gates = GateSet.of(List.of(GateDefinition.simple("gid-singlets", "FSC-A", "SSC-A",
                new RectangleGeometry(10, 100_000, 10, 100_000))));      // in scaled space
        FileGating gating = FileGating.compensate(events, comp, scales, gates, "file-1");
        long[] singlets = gating.population(PopulationExpression.parse(Map.of("$and", List.of("gid-singlets"))));

        Double percent = Statistics.percentOfUngated(singlets, events.eventCount());
        ChannelStatistics pe4 = ChannelStatistics.of(gating.events(), "PE-A", singlets);
        System.out.printf("%.1f%% singlets, PE-A mean %.1f, median %.1f%n", percent, pe4.mean(), pe4.median());
        // --- end of the quick start ---

        assertEquals(50.0, percent, 1e-12, "two of four events are in the rectangle");
        // Compensated PE = PE - 0.1 * FITC for this matrix: events 0 and 1 give 500 and 700.
        assertEquals(600.0, pe4.mean(), 1e-3, "mean of compensated PE-A over the gate");
        assertEquals(600.0, pe4.median(), 1e-3, "median of two values");
    }
}
