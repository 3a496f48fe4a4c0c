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

/**
 * Rules for compensations (docs/wire.md#compensations, docs/wire.md#compensation-fields;
 * docs/semantics.md#compensation).
 */
@RuleGroup(reference = "docs/wire.md#compensations, docs/wire.md#compensation-fields; docs/semantics.md#compensation",
        check = "the row-major spill matrix, its validation, and the local inverse")
abstract class CompensationVerification extends ExperimentScopedSupport {

    private static final List<String> CHANNELS = List.of("FITC-A", "PE-A");
    private static final double[] SPILL = {1, 0.25, 0.05, 1};

    @Rule(id = "COMP-POST-1", statement = "postCompensation stores name, channels and the row-major spill matrix")
    void round_trip() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        assertEquals("comp a", c.name(), "name");
        assertEquals(CHANNELS, c.channels(), "channels");
        assertArrayEquals(SPILL, c.spillMatrix(), 0, "spillMatrix");
        assertEquals(eid(), c.experimentId(), "experimentId");
    }

    @Rule(id = "COMP-POST-2", statement = "a spill matrix of the wrong size answers 400")
    void wrong_size_is_bad_request() {
        assertThrows(BadRequestException.class, () -> client().post("/experiments/" + eid() + "/compensations",
                Map.of("name", "bad", "channels", CHANNELS, "spillMatrix", List.of(1, 0, 0))));
    }

    @Rule(id = "COMP-POST-3",
            statement = "postCompensation(CompensationCreate) stores a matrix taken from a file's spillover")
    void from_body() {
        Compensation c = client().postCompensation(eid(),
                cellengine.api.param.CompensationCreate.of("from file", TckData.SPILLOVER));
        assertEquals(TckData.SPILLOVER.parameterNames(), c.channels(), "channels");
        assertArrayEquals(TckData.SPILLOVER.matrix(), c.spillMatrix(), 0, "spillMatrix");
    }

    @Rule(id = "COMP-LIST-1", statement = "getCompensations lists stored compensations")
    void lists() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        assertEquals(List.of(c.id()), client().getCompensations(eid()).stream().map(Compensation::id).toList());
    }

    @Rule(id = "COMP-GET-1", statement = "getCompensation returns a stored compensation; an unknown id answers 404")
    void by_id_and_unknown() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        assertEquals(c.name(), client().getCompensation(eid(), c.id()).name(), "by id");
        assertThrows(NotFoundException.class, () -> client().getCompensation(eid(), UNKNOWN_ID), "unknown id");
    }

    @Rule(id = "COMP-BYNAME-1", statement = "getCompensationByName finds one match, fails on zero and on two")
    void zero_one_two() {
        Compensation c = client().postCompensation(eid(), "only", CHANNELS, SPILL);
        assertEquals(c.id(), client().getCompensationByName(eid(), "only").id(), "one match");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getCompensationByName(eid(), "none")).matchCount(), "zero");
        client().postCompensation(eid(), "twice", CHANNELS, SPILL);
        client().postCompensation(eid(), "twice", CHANNELS, SPILL);
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getCompensationByName(eid(), "twice")).matchCount(), "two");
    }

    @Rule(id = "COMP-UPDATE-1", statement = "updateCompensation changes the name and the spill matrix")
    void changes() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        double[] changed = {1, 0.5, 0, 1};
        Compensation updated = client().updateCompensation(eid(), c.id(),
                CompensationUpdate.builder().name("comp b").spillMatrix(changed).build());
        assertEquals("comp b", updated.name(), "name");
        assertArrayEquals(changed, client().getCompensation(eid(), c.id()).spillMatrix(), 0, "after GET");
    }

    @Rule(id = "COMP-DELETE-1", statement = "deleteCompensation deletes permanently: GET answers 404")
    void deletes() {
        Compensation c = client().postCompensation(eid(), "comp a", CHANNELS, SPILL);
        client().deleteCompensation(eid(), c.id());
        assertThrows(NotFoundException.class, () -> client().getCompensation(eid(), c.id()));
    }

    @Rule(id = "COMP-APPLY-1", statement = "a compensation applies locally as events × S⁻¹ on its channels only")
    void local() throws IOException {
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

    @Rule(id = "COMP-INTERNAL-1", statement = "getFileInternalCompensation gives a file's own spill matrix whatever "
            + "record the caller holds; a file without one fails with the Python client's message",
            reference = "docs/wire.md#fcs-files, docs/wire.md#fcs-file-fields; docs/semantics.md#compensation", check = "GET of one FCS file returns spillString; the spill-string "
            + "parser")
    void file_internal_on_demand() {
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
