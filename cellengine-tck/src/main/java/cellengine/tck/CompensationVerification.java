package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import cellengine.api.BadRequestException;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.model.Compensation;
import cellengine.api.model.FcsFile;
import cellengine.api.param.CompensationUpdate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for compensations (cellengine-api.md §2.5, §3.7; semantics.md §4).
 *
 * @since 0.1
 */
public abstract class CompensationVerification extends ExperimentScopedSupport {

    /** Creates the rules; a subclass names the target. */
    protected CompensationVerification() {
    }

    private static final List<String> CHANNELS = List.of("FITC-A", "PE-A");
    private static final double[] SPILL = {1, 0.25, 0.05, 1};

    /** Rule {@code COMP-POST-1}: postCompensation stores name, channels and the row-major spill matrix. */
    @Test
    @DisplayName("COMP-POST-1 postCompensation stores name, channels and the row-major spill matrix")
    public void required_compPost1_roundTrip() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        assertEquals("comp a", c.name(), "name");
        assertEquals(CHANNELS, c.channels(), "channels");
        assertArrayEquals(SPILL, c.spillMatrix(), 0, "spillMatrix");
        assertEquals(eid(), c.experimentId(), "experimentId");
    }

    /** Rule {@code COMP-POST-2}: a spill matrix of the wrong size answers 400. */
    @Test
    @DisplayName("COMP-POST-2 a spill matrix of the wrong size answers 400")
    public void required_compPost2_wrongSizeIsBadRequest() {
        assertThrows(BadRequestException.class, () -> client().post("/experiments/" + eid() + "/compensations",
                Map.of("name", "bad", "channels", CHANNELS, "spillMatrix", List.of(1, 0, 0))));
    }

    /** Rule {@code COMP-POST-3}: postCompensation(CompensationCreate) stores a matrix taken from a file's spillover. */
    @Test
    @DisplayName("COMP-POST-3 postCompensation(CompensationCreate) stores a matrix taken from a file's spillover")
    public void required_compPost3_fromBody() {
        Compensation c = client().postCompensation(eid(),
                cellengine.api.param.CompensationCreate.of("from file", TckData.SPILLOVER));
        assertEquals(TckData.SPILLOVER.parameterNames(), c.channels(), "channels");
        assertArrayEquals(TckData.SPILLOVER.matrix(), c.spillMatrix(), 0, "spillMatrix");
    }

    /** Rule {@code COMP-LIST-1}: getCompensations lists stored compensations. */
    @Test
    @DisplayName("COMP-LIST-1 getCompensations lists stored compensations")
    public void required_compList1_lists() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        assertEquals(List.of(c.id()), client().getCompensations(eid()).stream().map(Compensation::id).toList());
    }

    /** Rule {@code COMP-GET-1}: getCompensation returns a stored compensation; an unknown id answers 404. */
    @Test
    @DisplayName("COMP-GET-1 getCompensation returns a stored compensation; an unknown id answers 404")
    public void required_compGet1_byIdAndUnknown() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        assertEquals(c.name(), client().getCompensation(eid(), c.id()).name(), "by id");
        assertThrows(NotFoundException.class, () -> client().getCompensation(eid(), UNKNOWN_ID), "unknown id");
    }

    /** Rule {@code COMP-BYNAME-1}: getCompensationByName finds one match, fails on zero and on two. */
    @Test
    @DisplayName("COMP-BYNAME-1 getCompensationByName finds one match, fails on zero and on two")
    public void required_compByName1_zeroOneTwo() {
        Compensation c = client().postCompensation(eid(), "only", CHANNELS, SPILL);
        assertEquals(c.id(), client().getCompensationByName(eid(), "only").id(), "one match");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getCompensationByName(eid(), "none")).matchCount(), "zero");
        client().postCompensation(eid(), "twice", CHANNELS, SPILL);
        client().postCompensation(eid(), "twice", CHANNELS, SPILL);
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getCompensationByName(eid(), "twice")).matchCount(), "two");
    }

    /** Rule {@code COMP-UPDATE-1}: updateCompensation changes the name and the spill matrix. */
    @Test
    @DisplayName("COMP-UPDATE-1 updateCompensation changes the name and the spill matrix")
    public void required_compUpdate1_changes() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        double[] changed = {1, 0.5, 0, 1};
        Compensation updated = client().updateCompensation(eid(), c.id(),
                CompensationUpdate.builder().name("comp b").spillMatrix(changed).build());
        assertEquals("comp b", updated.name(), "name");
        assertArrayEquals(changed, client().getCompensation(eid(), c.id()).spillMatrix(), 0, "after GET");
    }

    /** Rule {@code COMP-DELETE-1}: deleteCompensation deletes permanently: GET answers 404. */
    @Test
    @DisplayName("COMP-DELETE-1 deleteCompensation deletes permanently: GET answers 404")
    public void required_compDelete1_deletes() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        client().deleteCompensation(eid(), c.id());
        assertThrows(NotFoundException.class, () -> client().getCompensation(eid(), c.id()));
    }

    /**
     * Rule {@code COMP-APPLY-1}: a compensation applies locally as events × S⁻¹ on its channels only.
     *
     * @throws IOException when a file of the rule cannot be written or read
     */
    @Test
    @DisplayName("COMP-APPLY-1 a compensation applies locally as events × S⁻¹ on its channels only")
    public void required_compApply1_local() throws IOException {
        TckData data = TckData.generate("local.fcs", 50, 11);
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        FcsData events = FcsReader.read(new ByteArrayInputStream(data.bytes()));
        cellengine.analysis.stats.EventTable compensated = c.apply(events);
        for (int e = 0; e < data.eventCount(); e++) {
            double[] expected = data.compensatedFitcPe(e, SPILL);
            assertEquals(expected[0], compensated.column("FITC-A")[e], 1e-6, "FITC-A of event " + e);
            assertEquals(expected[1], compensated.column("PE-A")[e], 1e-6, "PE-A of event " + e);
            assertEquals(data.column("FSC-A")[e], compensated.column("FSC-A")[e], 0, "FSC-A untouched");
        }
    }

    /**
     * Rule {@code COMP-INTERNAL-1}: getFileInternalCompensation gives a file's own spill matrix whatever record the
     * caller holds; a file without one fails with the Python client's message.
     */
    @Test
    @DisplayName("COMP-INTERNAL-1 getFileInternalCompensation gives a file's own spill matrix whatever record the "
            + "caller holds; a file without one fails with the Python client's message")
    public void required_compInternal1_onDemand() {
        FcsFile file = upload(TckData.generate("internal.fcs", 10, 12));
        Compensation internal = client().getFileInternalCompensation(eid(), file.id());
        assertEquals(TckData.SPILLOVER.parameterNames(), internal.channels(), "channels of the file's spillover");
        assertArrayEquals(TckData.SPILLOVER.matrix(), internal.spillMatrix(), 1e-12, "the file's spill matrix");
        FcsFile plain = upload(TckData.generate("plain.fcs", 10, 13, null));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client().getFileInternalCompensation(eid(), plain.id()));
        assertEquals("FCS File '" + plain.id() + "' does not have an internal compensation.", e.getMessage());
    }
}
