package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cellengine.analysis.fcs.FcsData;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Population;
import cellengine.api.param.EventExport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for exporting a population's events (cellengine-api.md §4.5; semantics.md §10.1) and for the higher-level
 * experiment view.
 *
 * @since 0.1
 */
public abstract class GatedExportVerification extends GatingSupport {

    /** Creates the rules; a subclass names the target. */
    protected GatedExportVerification() {
    }

    /**
     * Rule {@code EXPORT-POP-1}: an export with populationId holds exactly the population's events, numbered from the
     * original file.
     */
    @Test
    @DisplayName("EXPORT-POP-1 an export with populationId holds exactly the population's events, numbered from the original file")
    public void required_exportPop1_members() {
        uploadGrid();
        Population rect = createRectangle("rect", null).populations().get(0);
        FcsData events = client().getEvents(eid(), gridFile.id(), EventExport.fcs().withPopulationId(rect.id())
                .withCompensationId(CompensationId.uncompensated()).withAddEventNumber(true));
        int[] expected = members(e -> GatingFixtures.inRectangle(x(e), y(e)));
        assertEquals(expected.length, events.eventCount(), "exported events");
        double[] numbers = events.column("Event Number");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] + 1, numbers[i], 0, "event number " + i);
        }
        assertArrayEquals(values("SSC-A", expected), events.column("SSC-A"), 0, "SSC-A of the members");
    }

    /** Rule {@code EXPORT-POP-2}: a gated export without a compensation id answers 400. */
    @Test
    @DisplayName("EXPORT-POP-2 a gated export without a compensation id answers 400")
    public void required_exportPop2_needsCompensation() {
        uploadGrid();
        Population rect = createRectangle("rect", null).populations().get(0);
        assertThrows(cellengine.api.BadRequestException.class, () -> client().get("/experiments/" + eid()
                + "/fcsfiles/" + gridFile.id() + ".tsv", java.util.Map.of("populationId", rect.id())));
    }

    /** Rule {@code VIEW-1}: the experiment view, by name or by id, reaches files, gates, populations and statistics. */
    @Test
    @DisplayName("VIEW-1 the experiment view, by name or by id, reaches files, gates, populations and statistics")
    public void required_view1_higherLevel() {
        uploadGrid();
        createRectangle("rect", null);
        var view = client().experimentByName(experiment.name());
        assertEquals(gridFile.id(), view.getFcsFileByName("grid.fcs").id(), "getFcsFileByName(name)");
        assertEquals(1, view.getGates().size(), "getGates()");
        assertEquals("rect", view.getPopulationByName("rect").name(), "getPopulationByName(name)");
        assertEquals(1, view.getPopulations().size(), "getPopulations()");
        var rows = client().experiment(eid()).getStatistics(cellengine.api.param.StatisticsRequest.builder()
                .statistics(cellengine.api.model.Statistic.EVENT_COUNT)
                .populationIds(view.getPopulationByName("rect").id()).build()).rows();
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e))).length, rows.get(0).eventCount(),
                "getStatistics bound to the experiment by id");
    }
}
