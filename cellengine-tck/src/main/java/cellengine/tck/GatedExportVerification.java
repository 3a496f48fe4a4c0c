package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cellengine.analysis.fcs.FcsData;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Population;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExportFormat;

/**
 * Rules for exporting a population's events (docs/wire.md#event-export; docs/semantics.md#selecting-events).
 */
@RuleGroup(reference = "docs/wire.md#event-export, docs/wire.md#tsv-output; docs/semantics.md#event-export",
        check = "export query parameters, subsampling, compensation choice and TSV layout")
abstract class GatedExportVerification extends GatingSupport {

    @Rule(id = "EXPORT-POP-1",
            statement = "an export with populationId holds exactly the population's events, numbered from the original"
                    + " file")
    void members() {
        uploadGrid();
        Population rect = createRectangle("rect", null).populations().get(0);
        FcsData events = client().getEvents(eid(), gridFile.id(), EventExport.builder(ExportFormat.FCS)
                .population(rect.id(), CompensationId.uncompensated()).addEventNumber(true).build());
        int[] expected = members(e -> GatingFixtures.inRectangle(x(e), y(e)));
        assertEquals(expected.length, events.eventCount(), "exported events");
        double[] numbers = events.column("Event Number");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] + 1, numbers[i], 0, "event number " + i);
        }
        assertArrayEquals(values("SSC-A", expected), events.column("SSC-A"), 0, "SSC-A of the members");
    }

    @Rule(id = "EXPORT-POP-2", statement = "a gated export without a compensation id answers 400")
    void needs_compensation() {
        uploadGrid();
        Population rect = createRectangle("rect", null).populations().get(0);
        assertThrows(cellengine.api.BadRequestException.class, () -> client().get("/experiments/" + eid()
                + "/fcsfiles/" + gridFile.id() + ".tsv", java.util.Map.of("populationId", rect.id())));
    }
}
