package cellengine.api.param;

import cellengine.api.model.CompensationId;
import cellengine.api.model.Compensations;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventExportTest {

    private static final String POP = "5d64abe2ca9df61349ed8e86";
    private static final String COMP = "5d64abe2ca9df61349ed8e84";

    @Test
    void nothing_set_sends_nothing() {
        assertEquals(Map.of(), EventExport.fcs().toQuery());
        assertEquals(ExportFormat.FCS, new EventExport(null, null, null, null, null, null, null, null, null, null,
                null, null).format());
    }

    @Test
    void every_option_is_sent_with_its_reference_name_and_form() {
        Map<String, String> q = EventExport.tsv().withPopulation(POP, CompensationId.of(COMP)).withCompensatedQ(true)
                .withHeaders(false).withPreSubsampleN(100).withPostSubsampleP(0.0001).withSeed(-3L)
                .withAddEventNumber(false).toQuery();
        assertEquals("{populationId=" + POP + ", compensationId=" + COMP + ", compensatedQ=true, headers=false, "
                + "preSubsampleN=100, postSubsampleP=0.0001, seed=-3, addEventNumber=false}", q.toString());
    }

    @Test
    void int_literals_work_for_seeds_and_fractions_and_null_clears_an_option() {
        EventExport e = EventExport.fcs().withSeed(42).withPreSubsampleP(1).withPostSubsampleP(0);
        assertEquals("{preSubsampleP=1, postSubsampleP=0, seed=42}", e.toQuery().toString());
        assertEquals(Map.of(), e.withSeed((Long) null).withPreSubsampleP((Double) null).withPostSubsampleP(null)
                .toQuery());
        assertEquals(7L, ZipExport.fcs().withSeed(7).seed());
    }

    @Test
    void special_compensations_are_sent_as_numbers() {
        assertEquals("-2", EventExport.fcs().withCompensationId(Compensations.PER_FILE).toQuery()
                .get("compensationId"));
        assertEquals("0", EventExport.fcs().withCompensationId(CompensationId.uncompensated()).toQuery()
                .get("compensationId"));
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withCompensationId(-3));
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withCompensationId("not-an-id"));
    }

    @Test
    void n_and_p_for_one_stage_are_refused_in_either_order() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventExport.fcs().withPreSubsampleN(10).withPreSubsampleP(0.5));
        assertTrue(e.getMessage().contains("preSubsampleN") && e.getMessage().contains("preSubsampleP"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EventExport.fcs().withPostSubsampleP(0.5).withPostSubsampleN(10));
        EventExport.fcs().withPreSubsampleN(10).withPostSubsampleP(0.5).validated();
    }

    @Test
    void fractions_outside_zero_to_one_and_negative_counts_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withPreSubsampleP(1.5));
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withPostSubsampleP(-0.1));
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withPostSubsampleP(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventExport.fcs().withPreSubsampleN(-1));
        assertTrue(e.getMessage().contains("preSubsampleN"), e.getMessage());
        EventExport.fcs().withPreSubsampleP(0.0).withPostSubsampleP(1.0).validated();
    }

    @Test
    void a_population_without_a_compensation_is_refused_before_sending_naming_both() {
        EventExport pending = EventExport.fcs().withPopulationId(POP);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pending::toQuery);
        assertTrue(e.getMessage().contains("populationId") && e.getMessage().contains("compensationId"),
                e.getMessage());
        assertEquals("0", pending.withCompensationId(0).toQuery().get("compensationId"));
    }

    @Test
    void format_specific_options_are_refused_for_the_other_format() {
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withHeaders(true));
        assertThrows(IllegalArgumentException.class, () -> EventExport.tsv().withOriginal(true));
        assertThrows(IllegalArgumentException.class,
                () -> EventExport.tsv().withHeaders(true).withFormat(ExportFormat.FCS));
    }

    @Test
    void a_malformed_population_id_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> EventExport.fcs().withPopulationId("Ungated"));
    }

    @Test
    void zip_export_needs_a_compensation_with_populations_and_names_its_format() {
        ZipExport zip = ZipExport.tsv(true).withPopulationIds(java.util.List.of(POP));
        assertThrows(IllegalArgumentException.class, zip::toJson);
        assertEquals("tsv (with header)", zip.formatName());
        assertEquals("fcs", ZipExport.fcs().formatName());
        assertThrows(IllegalArgumentException.class, () -> ZipExport.fcs().withPreSubsampleN(1).withPreSubsampleP(0.1));
    }
}
