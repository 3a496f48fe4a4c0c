package cellengine.api.param;

import cellengine.api.model.CompensationId;
import cellengine.api.model.Compensations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventExportTest {

    private static final String POP = "5d64abe2ca9df61349ed8e86";
    private static final String COMP = "5d64abe2ca9df61349ed8e84";

    private static EventExport.Builder fcs() {
        return EventExport.builder(ExportFormat.FCS);
    }

    @Test
    void nothing_set_sends_nothing() {
        assertEquals(Map.of(), EventExport.fcs().toQuery());
        assertEquals(ExportFormat.FCS, EventExport.fcs().format());
        assertEquals(ExportFormat.TSV, EventExport.tsv().format());
    }

    @Test
    void every_option_is_sent_with_its_reference_name_and_form() {
        Map<String, String> q = EventExport.builder(ExportFormat.TSV).population(POP, CompensationId.of(COMP))
                .compensatedQ(true).headers(false).preSubsampleN(100).postSubsampleP(0.0001).seed(-3L)
                .addEventNumber(false).build().toQuery();
        assertEquals("{populationId=" + POP + ", compensationId=" + COMP + ", compensatedQ=true, headers=false, "
                + "preSubsampleN=100, postSubsampleP=0.0001, seed=-3, addEventNumber=false}", q.toString());
    }

    @Test
    void int_literals_work_for_seeds_and_fractions() {
        EventExport e = fcs().seed(42).preSubsampleP(1).postSubsampleP(0).build();
        assertEquals("{preSubsampleP=1, postSubsampleP=0, seed=42}", e.toQuery().toString());
        assertEquals(7L, ZipExport.builder(ExportFormat.FCS).seed(7).build().seed());
    }

    @Test
    void to_builder_derives_a_changed_copy_and_leaves_the_original_alone() {
        EventExport first = fcs().population(POP, CompensationId.fileInternal()).preSubsampleN(10).seed(1).build();
        EventExport second = first.toBuilder().seed(2).build();
        assertEquals("1", first.toQuery().get("seed"));
        assertEquals("2", second.toQuery().get("seed"));
        assertEquals(POP, second.populationId());
        assertEquals(first, first.toBuilder().build());
        assertEquals(first.hashCode(), first.toBuilder().build().hashCode());
        assertNotEquals(first, second);
        ZipExport zip = ZipExport.tsv(false).toBuilder().fcsFileIds(List.of(POP)).build();
        assertEquals(zip, zip.toBuilder().build());
        assertEquals("tsv (without header)", zip.formatName());
    }

    @Test
    void special_compensations_are_sent_as_numbers() {
        assertEquals("-2", fcs().compensationId(Compensations.PER_FILE).build().toQuery().get("compensationId"));
        assertEquals("0", fcs().compensationId(CompensationId.uncompensated()).build().toQuery()
                .get("compensationId"));
        assertThrows(IllegalArgumentException.class, () -> fcs().compensationId(-3));
        assertThrows(IllegalArgumentException.class, () -> fcs().compensationId("not-an-id"));
    }

    @Test
    void n_and_p_for_one_stage_are_refused_in_either_order() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fcs().preSubsampleN(10).preSubsampleP(0.5).build());
        assertTrue(e.getMessage().contains("preSubsampleN") && e.getMessage().contains("preSubsampleP"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fcs().postSubsampleP(0.5).postSubsampleN(10).build());
        fcs().preSubsampleN(10).postSubsampleP(0.5).build();
    }

    @Test
    void fractions_outside_zero_to_one_and_negative_counts_are_refused_when_set() {
        assertThrows(IllegalArgumentException.class, () -> fcs().preSubsampleP(1.5));
        assertThrows(IllegalArgumentException.class, () -> fcs().postSubsampleP(-0.1));
        assertThrows(IllegalArgumentException.class, () -> fcs().postSubsampleP(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fcs().preSubsampleN(-1));
        assertTrue(e.getMessage().contains("preSubsampleN"), e.getMessage());
        fcs().preSubsampleP(0.0).postSubsampleP(1.0).build();
    }

    @Test
    void a_population_without_a_compensation_is_refused_when_built_naming_both() {
        EventExport.Builder pending = fcs().populationId(POP);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pending::build);
        assertTrue(e.getMessage().contains("populationId") && e.getMessage().contains("compensationId"),
                e.getMessage());
        assertEquals("0", pending.compensationId(0).build().toQuery().get("compensationId"));
    }

    @Test
    void format_specific_options_are_refused_for_the_other_format() {
        assertThrows(IllegalArgumentException.class, () -> fcs().headers(true));
        assertThrows(IllegalArgumentException.class, () -> EventExport.builder(ExportFormat.TSV).original(true));
        assertThrows(IllegalArgumentException.class, () -> ZipExport.builder(ExportFormat.FCS).headers(true));
    }

    @Test
    void a_malformed_population_id_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> fcs().populationId("Ungated"));
        assertThrows(IllegalArgumentException.class, () -> ZipExport.builder(ExportFormat.FCS)
                .populationIds(List.of("Ungated")));
    }

    @Test
    void zip_export_needs_a_compensation_with_populations_and_names_its_format() {
        ZipExport.Builder zip = ZipExport.builder(ExportFormat.TSV).populationIds(List.of(POP));
        assertThrows(IllegalArgumentException.class, zip::build);
        assertEquals("tsv (with header)", zip.compensationId(CompensationId.uncompensated()).build().formatName());
        assertEquals("fcs", ZipExport.fcs().formatName());
        assertThrows(IllegalArgumentException.class,
                () -> ZipExport.builder(ExportFormat.FCS).preSubsampleN(1).preSubsampleP(0.1).build());
    }
}
