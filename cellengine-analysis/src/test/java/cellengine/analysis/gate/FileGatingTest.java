package cellengine.analysis.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.population.PopulationExpression;
import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.Bitsets;
import cellengine.analysis.stats.ChannelStatistics;
import cellengine.analysis.stats.EventTable;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FileGatingTest {

    private static final Map<String, Scale> SCALES = Map.of(
            "FSC-A", new LinearScale(0, 1000),
            "SSC-A", new LogScale(1, 10000),
            "PE-A", new ArcSinhScale(-200, 10000, 150),
            "FITC-A", new LinearScale(-100, 10000));

    @Test
    void events_beyond_a_scale_are_clamped_onto_its_boundary_and_a_gate_edge_there_includes_them() {
        double[] fsc = {-50, 0, 500, 1000, 5000};
        double[] ssc = {0.5, 10, 100, 1000, 1e9};
        EventTable table = EventTable.of(List.of("FSC-A", "SSC-A"), new double[][] {fsc, ssc}, 5);
        // Edges at f(minimum) and f(maximum): [0, 1000] on x, [log10(1), log10(10000)] = [0, 4] on y.
        GateSet gates = GateSet.of(List.of(GateDefinition.simple("r", "FSC-A", "SSC-A",
                new RectangleGeometry(0, 1000, 0, 4))));
        FileGating gating = FileGating.of(table, SCALES, gates, null);
        assertEquals(5, Bitsets.count(gating.members("r")));
        assertArrayEquals(new double[] {0, 0, 500, 1000, 1000}, gating.scaled("FSC-A"));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, gating.scaled("SSC-A"), 1e-12);
        // Statistics use the unclamped, unscaled values.
        assertSame(fsc, gating.events().column("FSC-A"));
    }

    @Test
    void gating_uses_compensated_values_and_statistics_see_them_unscaled() {
        double[] pe = {1000, 1000, 1000};
        double[] fitc = {100, 300, 50};
        EventTable raw = EventTable.of(List.of("PE-A", "FITC-A"), new double[][] {pe, fitc}, 3);
        // 20% of PE spills into FITC: compensated FITC = FITC - 0.2 * PE = -100, 100, -150.
        CompensationMatrix comp = CompensationMatrix.of(List.of("PE-A", "FITC-A"), new double[] {1, 0.2, 0, 1});
        GateSet gates = GateSet.of(List.of(GateDefinition.simple("pos", "FITC-A", null, new RangeGeometry(0,
                10000))));
        FileGating gating = FileGating.compensate(raw, comp, SCALES, gates, null);
        long[] positive = gating.members("pos");
        assertArrayEquals(new int[] {1}, Bitsets.toIndexes(positive));
        assertEquals(100, ChannelStatistics.of(gating.events(), "FITC-A", positive).mean(), 1e-12);
        // Event 2's compensated value -150 is clamped to -100 for gating only.
        assertEquals(-100, gating.scaled("FITC-A")[2]);
        assertEquals(-150, gating.events().column("FITC-A")[2], 1e-12);
    }

    @Test
    void tailored_gates_sector_gids_and_populations_are_evaluated_for_the_file() {
        double[] fsc = {100, 100, 900, 900, 500};
        double[] pe = {-100, 5000, -100, 5000, 0};
        EventTable table = EventTable.of(List.of("FSC-A", "PE-A"), new double[][] {fsc, pe}, 5);
        GateDefinition quad = GateDefinition.compound("q", List.of("ur", "ul", "ll", "lr"), "FSC-A", "PE-A",
                QuadrantGeometry.axisAligned(500, 0));
        GateDefinition split = GateDefinition.compound("s", List.of("left", "right"), "FSC-A", null,
                new SplitGeometry(300));
        GateDefinition splitForFile = split.tailoredTo("f1", new SplitGeometry(950));
        GateSet gates = GateSet.of(List.of(quad, split, splitForFile));
        FileGating global = FileGating.of(table, SCALES, gates, null);
        FileGating file = FileGating.of(table, SCALES, gates, "f1");
        assertArrayEquals(new int[] {3, 4}, Bitsets.toIndexes(global.members("ur")));
        assertArrayEquals(new int[] {1}, Bitsets.toIndexes(global.members("ul")));
        assertArrayEquals(new int[] {0}, Bitsets.toIndexes(global.members("ll")));
        assertArrayEquals(new int[] {2}, Bitsets.toIndexes(global.members("lr")));
        assertArrayEquals(new int[] {0, 1}, Bitsets.toIndexes(global.members("left")));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Bitsets.toIndexes(file.members("left")));
        assertEquals(0, Bitsets.count(global.members("q")), "a compound gate's own gid matches no events");
        PopulationExpression rightAndUpper = PopulationExpression.parse(Map.of("$and", List.of("right",
                Map.of("$or", List.of("ur", "ul")))));
        assertArrayEquals(new int[] {3, 4}, Bitsets.toIndexes(global.population(rightAndUpper)));
        assertEquals(0, Bitsets.count(file.population(rightAndUpper)));
    }

    @Test
    void a_gate_on_a_channel_the_file_lacks_contains_no_events_but_a_missing_scale_is_an_error() {
        EventTable table = EventTable.of(List.of("FSC-A", "Other"), new double[][] {{1, 2}, {3, 4}}, 2);
        GateSet gates = GateSet.of(List.of(
                GateDefinition.simple("r", "FSC-A", "SSC-A", new RectangleGeometry(0, 10, 0, 10)),
                GateDefinition.simple("o", "Other", null, new RangeGeometry(0, 10))));
        FileGating gating = FileGating.of(table, SCALES, gates, null);
        assertEquals(0, Bitsets.count(gating.members("r")));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> gating.members("o"));
        assertEquals(true, e.getMessage().contains("'Other'"), e.getMessage());
    }
}
