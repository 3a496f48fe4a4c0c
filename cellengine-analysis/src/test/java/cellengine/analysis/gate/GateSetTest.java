package cellengine.analysis.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateSetTest {

    private static final GateDefinition GLOBAL = new GateDefinition("g1", List.of(), null, false, "FSC-A", "SSC-A",
            new RectangleGeometry(0, 10, 0, 10));
    private static final GateDefinition FOR_FILE_A = GLOBAL.tailoredTo("fileA", new RectangleGeometry(0, 5, 0, 5));
    private static final GateDefinition QUAD = GateDefinition.compound("q", List.of("q-ur", "q-ul", "q-ll", "q-lr"),
            "FSC-A", "SSC-A", QuadrantGeometry.axisAligned(1, 1));
    private static final GateDefinition QUAD_FOR_B = new GateDefinition("q", List.of("b-ur", "b-ul", "b-ll", "b-lr"),
            "fileB", true, "FSC-A", "SSC-A", QuadrantGeometry.axisAligned(2, 2));

    @Test
    void a_file_with_its_own_member_gets_it_and_other_files_get_the_global_gate() {
        GateSet set = GateSet.of(List.of(GLOBAL, FOR_FILE_A));
        assertEquals(FOR_FILE_A, set.select("g1", "fileA").orElseThrow());
        assertEquals(GLOBAL, set.select("g1", "fileB").orElseThrow());
        assertEquals(GLOBAL, set.select("g1", null).orElseThrow());
    }

    @Test
    void selection_ignores_the_global_gates_tailored_per_file_flag_d8() {
        // GLOBAL has tailoredPerFile = false, yet file A's member is chosen.
        assertEquals(false, GLOBAL.tailoredPerFile());
        GateSet set = GateSet.of(List.of(FOR_FILE_A, GLOBAL));
        assertEquals(new GateRegion(FOR_FILE_A, 0), set.resolve("g1", "fileA").orElseThrow());
    }

    @Test
    void a_family_with_only_tailored_members_has_no_gate_for_other_files() {
        GateSet set = GateSet.of(List.of(FOR_FILE_A));
        assertTrue(set.resolve("g1", "fileB").isEmpty());
        assertTrue(set.resolve("g1", "fileA").isPresent());
    }

    @Test
    void sector_gids_resolve_through_the_family_to_the_member_selected_for_the_file() {
        GateSet set = GateSet.of(List.of(QUAD, QUAD_FOR_B));
        assertEquals(new GateRegion(QUAD, QuadrantGeometry.LL), set.resolve("q-ll", "fileA").orElseThrow());
        // File B's member lists other sector gids; both sets of gids resolve to its sectors, by index.
        assertEquals(new GateRegion(QUAD_FOR_B, QuadrantGeometry.LL), set.resolve("q-ll", "fileB").orElseThrow());
        assertEquals(new GateRegion(QUAD_FOR_B, QuadrantGeometry.UL), set.resolve("b-ul", "fileB").orElseThrow());
        assertEquals(new GateRegion(QUAD, QuadrantGeometry.UL), set.resolve("b-ul", "fileC").orElseThrow());
    }

    @Test
    void a_compound_gates_top_level_gid_and_unknown_gids_resolve_to_nothing() {
        GateSet set = GateSet.of(List.of(QUAD, GLOBAL));
        assertTrue(set.resolve("q", null).isEmpty());
        assertTrue(set.resolve("nope", "fileA").isEmpty());
        assertTrue(GateSet.empty().resolve("g1", null).isEmpty());
    }

    @Test
    void inconsistent_families_are_rejected() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> GateSet.of(List.of(GLOBAL, GLOBAL)));
        assertTrue(twice.getMessage().contains("two global members"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GateSet.of(List.of(FOR_FILE_A, FOR_FILE_A)));
        GateDefinition clash = GateDefinition.compound("other", List.of("q-ur", "x", "y", "z"), "FSC-A", "SSC-A",
                QuadrantGeometry.axisAligned(0, 0));
        assertThrows(IllegalArgumentException.class, () -> GateSet.of(List.of(QUAD, clash)));
        GateDefinition sectorNamedLikeGate = GateDefinition.compound("s", List.of("g1", "s-r"), "FSC-A", null,
                new SplitGeometry(0));
        assertThrows(IllegalArgumentException.class, () -> GateSet.of(List.of(GLOBAL, sectorNamedLikeGate)));
    }

    @Test
    void gate_definitions_check_sector_gids_and_channels_against_the_geometry() {
        assertThrows(IllegalArgumentException.class, () -> GateDefinition.compound("s", List.of("only-one"),
                "FSC-A", null, new SplitGeometry(0)));
        assertThrows(IllegalArgumentException.class, () -> new GateDefinition("r", List.of("x"), null, false,
                "FSC-A", "SSC-A", new RectangleGeometry(0, 1, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> GateDefinition.simple("r", "FSC-A", null,
                new RectangleGeometry(0, 1, 0, 1)));
        assertEquals(null, GateDefinition.simple("r", "FSC-A", null, new RangeGeometry(0, 1)).yChannel());
    }
}
