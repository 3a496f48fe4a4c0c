package cellengine.api.model;

import cellengine.analysis.compensation.MissingChannelsException;
import cellengine.analysis.fcs.Spillover;
import cellengine.analysis.stats.EventTable;
import cellengine.api.CellEngineException;
import cellengine.api.internal.json.Json;
import cellengine.api.param.CompensationCreate;
import cellengine.api.param.FcsFileCreate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local compensation math against hand-computed inverses, and the FCS file fields that feed it. */
class CompensationModelTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_reference_example_subtracts_two_percent_of_blue_from_violet() {
        // S = [[1, 0.02], [0, 1]], S⁻¹ = [[1, -0.02], [0, 1]] (docs/semantics.md#the-spill-matrix)
        Compensation comp = Json.read(utf8("{\"_id\":\"c\",\"experimentId\":\"e\",\"name\":\"test_comp\","
                + "\"channels\":[\"Blue530-A\",\"Vio450-A\"],\"spillMatrix\":[1,0.02,0,1],\"__v\":0}"),
                Compensation.class);
        EventTable raw = EventTable.of(List.of("FSC-A", "Blue530-A", "Vio450-A"),
                new double[][] {{5, 6}, {3307.04, 100}, {200, 50}}, 2);
        EventTable out = comp.apply(raw);
        assertArrayEquals(new double[] {3307.04, 100}, out.column("Blue530-A"), 1e-9);
        assertArrayEquals(new double[] {200 - 0.02 * 3307.04, 50 - 0.02 * 100}, out.column("Vio450-A"), 1e-9);
        assertSame(raw.column("FSC-A"), out.column("FSC-A"));
    }

    @Test
    void a_three_channel_matrix_matches_its_hand_computed_inverse() {
        // S = [[1, .1, 0], [0, 1, .2], [0, 0, 1]]; by back substitution
        // S⁻¹ = [[1, -.1, .02], [0, 1, -.2], [0, 0, 1]], and c = x · S⁻¹.
        Compensation comp = new Compensation("c", "e", "tri", List.of("A", "B", "C"),
                new double[] {1, 0.1, 0, 0, 1, 0.2, 0, 0, 1}, 0);
        assertArrayEquals(new double[] {1, -0.1, 0.02, 0, 1, -0.2, 0, 0, 1}, comp.matrix().inverse(), 1e-12);
        double a = 1000;
        double b = 300;
        double c = 50;
        EventTable out = comp.apply(EventTable.of(List.of("A", "B", "C"), new double[][] {{a}, {b}, {c}}, 1));
        assertEquals(a, out.column("A")[0], 1e-9);
        assertEquals(-0.1 * a + b, out.column("B")[0], 1e-9);
        assertEquals(0.02 * a - 0.2 * b + c, out.column("C")[0], 1e-9);
    }

    @Test
    void compensating_events_that_lack_a_channel_names_it() {
        Compensation comp = new Compensation("c", "e", "n", List.of("A", "B"), new double[] {1, 0, 0, 1}, null);
        MissingChannelsException e = assertThrows(MissingChannelsException.class,
                () -> comp.apply(EventTable.of(List.of("A"), new double[][] {{1}}, 1)));
        assertEquals(List.of("B"), e.missing());
    }

    @Test
    void the_matrix_is_copied_in_and_out_and_compared_by_value() {
        double[] m = {1, 0, 0, 1};
        Compensation comp = new Compensation("c", "e", "n", List.of("A", "B"), m, null);
        m[1] = 9;
        comp.spillMatrix()[2] = 9;
        assertArrayEquals(new double[] {1, 0, 0, 1}, comp.spillMatrix());
        assertEquals(comp, new Compensation("c", "e", "n", List.of("A", "B"), new double[] {1, 0, 0, 1}, null));
        Compensation empty = Json.read(utf8("{\"_id\":\"c\"}"), Compensation.class);
        assertEquals(0, empty.spillMatrix().length);
        assertEquals(List.of(), empty.channels());
    }

    @Test
    void spill_string_parses_into_a_spillover_and_a_file_internal_compensation() {
        FcsFile file = Json.read(utf8("{\"_id\":\"f\",\"filename\":\"A1.fcs\",\"hasFileInternalComp\":true,"
                + "\"spillString\":\"2, Blue530-A ,Vio450-A,1,0.02,0,1e0\",\"annotations\":[]}"), FcsFile.class);
        Spillover s = file.spillover().orElseThrow();
        assertEquals(List.of("Blue530-A", "Vio450-A"), s.parameterNames());
        assertArrayEquals(new double[] {1, 0.02, 0, 1}, s.matrix());
        Compensation internal = file.fileInternalCompensation();
        assertEquals("", internal.id());
        assertEquals(s.parameterNames(), internal.channels());
    }

    @Test
    void missing_or_malformed_spill_strings_say_what_to_do() {
        FcsFile listed = Json.read(utf8("{\"_id\":\"f\",\"filename\":\"A1.fcs\",\"hasFileInternalComp\":true}"),
                FcsFile.class);
        IllegalStateException e = assertThrows(IllegalStateException.class, listed::spillover);
        assertTrue(e.getMessage().contains("getFileInternalCompensation(experimentId, id)"), e.getMessage());
        FcsFile none = Json.read(utf8("{\"_id\":\"f\",\"hasFileInternalComp\":false}"), FcsFile.class);
        assertTrue(none.spillover().isEmpty());
        IllegalStateException noComp = assertThrows(IllegalStateException.class, none::fileInternalCompensation);
        assertEquals("FCS File 'f' does not have an internal compensation.", noComp.getMessage());
        FcsFile bad = Json.read(utf8("{\"_id\":\"f\",\"spillString\":\"2,A,B,1,0,0\"}"), FcsFile.class);
        CellEngineException badE = assertThrows(CellEngineException.class, bad::spillover,
                "server data that cannot be read is the SDK's error, not the caller's state");
        assertTrue(badE.getMessage().contains("needs 7 comma-separated fields, but has 6"), badE.getMessage());
    }

    @Test
    void an_fcs_file_tolerates_old_and_sparse_records() {
        FcsFile old = Json.read(utf8("{\"_id\":\"f\",\"deleted\":false,\"annotations\":[{\"name\":\"plate\","
                + "\"value\":\"96 Well\",\"type\":\"any\"}],\"unknown\":[1,2]}"), FcsFile.class);
        assertNull(old.deleted());
        assertNull(old.compensation());
        assertEquals(List.of(), old.panel());
        assertEquals("96 Well", old.annotation("plate").orElseThrow().valueAsString());
        assertTrue(old.data().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, old::headerKeywords);
        assertTrue(e.getMessage().contains("getFcsFile"), e.getMessage());
        FcsFile withId = Json.read(utf8("{\"_id\":\"f\",\"compensation\":\"5d64abe2ca9df61349ed8e84\"}"),
                FcsFile.class);
        assertEquals(CompensationId.of("5d64abe2ca9df61349ed8e84"), withId.compensation());
    }

    @Test
    void compensation_create_checks_its_shape_like_the_python_client() {
        assertThrows(IllegalArgumentException.class, () -> CompensationCreate.of("c", List.of(), new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> CompensationCreate.of("c", List.of("A", "A"), new double[4]));
        assertThrows(IllegalArgumentException.class,
                () -> CompensationCreate.of("c", List.of("A"), new double[] {Double.POSITIVE_INFINITY}));
        CompensationCreate fromFile = CompensationCreate.of("copy",
                new Spillover(List.of("A", "B"), new double[] {1, 0.5, 0, 1}));
        assertEquals("{\"name\":\"copy\",\"channels\":[\"A\",\"B\"],\"spillMatrix\":[1.0,0.5,0.0,1.0]}",
                fromFile.toJson().toString());
    }

    @Test
    void compensation_ids_convert_to_and_from_active_compensations() {
        for (CompensationId id : List.of(CompensationId.uncompensated(), CompensationId.fileInternal(),
                CompensationId.perFile(), CompensationId.of("5d64abe2ca9df61349ed8e84"))) {
            assertEquals(id, CompensationId.from(id.toActiveCompensation()));
        }
        assertEquals("-1", CompensationId.ofCode(Compensations.FILE_INTERNAL).toQueryValue());
    }

    @Test
    void fcs_file_create_requires_a_source_and_hides_s3_keys() {
        assertThrows(IllegalStateException.class, () -> FcsFileCreate.builder().filename("x").build());
        FcsFileCreate s3 = FcsFileCreate.builder().fromS3("bucket.s3.amazonaws.com", "/a.fcs", "AKIA", "s3cr3t")
                .build();
        assertTrue(s3.toJson().toString().contains("s3cr3t"));
        assertTrue(!s3.toString().contains("s3cr3t") && !s3.toString().contains("AKIA"), s3.toString());
        assertThrows(IllegalStateException.class, () -> FcsFileCreate.builder().fromS3("h", "/p", null, null)
                .fcsFile("5d64abe2ca9df61349ed8e84").build());
    }
}
