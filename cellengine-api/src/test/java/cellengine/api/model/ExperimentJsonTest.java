package cellengine.api.model;

import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentJsonTest {

    static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/fixtures", name));
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void abridged_new_experiment_response_binds_every_listed_field() throws IOException {
        Experiment e = Json.read(fixture("experiment-new-abridged.json"), Experiment.class);
        assertEquals("5d64abe2ca9df61349ed8e79", e.id());
        assertEquals("X", e.name());
        assertEquals(List.of(CommentOp.text("\n")), e.comments());
        assertEquals(Instant.parse("2024-10-25T18:00:00Z"), e.created());
        assertNull(e.deleted());
        assertEquals("5d64abe2ca9df61349ed8e7a", e.uploader().id());
        assertEquals("5d64abe2ca9df61349ed8e7a", e.primaryResearcher().id());
        assertEquals(ActiveCompensation.UNCOMPENSATED, e.activeCompensation());
        assertFalse(e.locked());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, e.retentionPolicy().getJsonArray("history"));
        assertEquals(1, e.permissions().size());
        assertEquals("5d64abe2ca9df61349ed8e7a", e.permissions().get(0).grantee().id());
        assertTrue(e.tags().isEmpty() && e.path().isEmpty() && e.revisions().isEmpty());
    }

    @Test
    void full_experiment_binds_every_field_and_ignores_unknown_ones() throws IOException {
        Experiment e = Json.read(fixture("experiment-full.json"), Experiment.class);
        assertEquals("Pilot \"run\" 7", e.name());
        assertEquals(3, e.version());
        assertEquals(2, e.comments().size());
        assertEquals(JsonValue.TRUE, e.comments().get(0).attributes().get("bold"));
        assertEquals(Instant.parse("2019-08-30T09:01:02.123456Z"), e.deepUpdated());
        assertEquals(Instant.parse("2019-09-01T00:00:00Z"), e.deleted());
        assertEquals(new User("5d64abe2ca9df61349ed8e7a", "ada", "ada@example.com", "Ada", "Lovelace",
                "Ada Lovelace"), e.uploader());
        assertEquals("Grace Hopper", e.primaryResearcher().fullName());
        assertEquals(List.of("5d64abe2ca9df61349ed8e70", "5d64abe2ca9df61349ed8e71"), e.path());
        assertEquals("LSRFortessa", e.data().getString("instrument"));
        assertEquals(List.of("instrument", "plates"), e.dataOrder());
        assertEquals(ActiveCompensation.of("5d64abe2ca9df61349ed8e72"), e.activeCompensation());
        assertTrue(e.locked());
        assertTrue(e.publicAccess());
        assertEquals(30, e.retentionPolicy().getJsonArray("history").getJsonObject(0).getInt("days"));
        assertEquals("5d64abe2ca9df61349ed8e73", e.cloneSourceExperiment());
        assertNull(e.revisionSourceExperiment());
        assertEquals("5d64abe2ca9df61349ed8e74", e.analysisSourceExperiment());
        assertEquals("flowCut", e.analysisTask());
        assertEquals(new Revision("5d64abe2ca9df61349ed8e75", "before gating",
                Instant.parse("2019-08-30T09:01:02.003Z")), e.revisions().get(0));
        assertTrue(e.perFileCompensationsEnabled());
        assertEquals(List.of("pilot", "t-cells"), e.tags());
        assertEquals(JsonValue.NULL, e.sortingSpec().getJsonArray("plate").get(1));
        assertEquals(2, e.colorSpec().size());
        assertEquals("default", e.savedStatisticsExports().getJsonObject(0).getString("name"));
        assertEquals(1, e.palettes().size());
        assertEquals("grace", e.permissions().get(1).grantee().username());
        assertEquals(2, e.annotationNameOrder().size());
        assertTrue(e.annotationValidators().containsKey("plate"));
        assertEquals(1, e.annotationTableSortColumns().size());
        assertEquals("keyword", ((JsonObject) e.annotationSources()).getString("plate"));
        assertEquals(120, ((JsonObject) e.annotationTableColumnWidths()).getInt("plate"));
    }

    @Test
    void full_experiment_round_trips_through_json() throws IOException {
        Experiment e = Json.read(fixture("experiment-full.json"), Experiment.class);
        String written = Json.writeEntity(e);
        Experiment again = Json.read(bytes(written), Experiment.class);
        // the wire format keeps milliseconds; everything else survives exactly
        assertEquals(e, again.withDeepUpdated(e.deepUpdated()));
        assertEquals(Instant.parse("2019-08-30T09:01:02.123Z"), again.deepUpdated());
        JsonObject object = Json.readValue(bytes(written)).asJsonObject();
        assertEquals("5d64abe2ca9df61349ed8e79", object.getString("_id"));
        assertTrue(object.containsKey("public"), "the public flag is written under its wire name");
        assertEquals(3, object.getInt("__v"));
        assertEquals("2019-08-30T09:01:02.123Z", object.getString("deepUpdated"),
                "timestamps are written as yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        assertEquals("5d64abe2ca9df61349ed8e72", object.getString("activeCompensation"));
    }

    @Test
    void special_active_compensation_is_written_as_a_number() throws IOException {
        Experiment e = Json.read(fixture("experiment-new-abridged.json"), Experiment.class)
                .withActiveCompensation(ActiveCompensation.PER_FILE);
        JsonObject object = Json.readValue(bytes(Json.writeEntity(e))).asJsonObject();
        assertEquals(-2, object.getInt("activeCompensation"));
    }

    @Test
    void missing_fields_leave_lists_and_objects_empty_and_booleans_false() {
        Experiment e = Json.read(bytes("{\"_id\":\"5d64abe2ca9df61349ed8e79\"}"), Experiment.class);
        assertNull(e.name());
        assertNull(e.created());
        assertTrue(e.comments().isEmpty());
        assertTrue(e.tags().isEmpty());
        assertTrue(e.permissions().isEmpty());
        assertTrue(e.revisions().isEmpty());
        assertTrue(e.data().isEmpty());
        assertTrue(e.colorSpec().isEmpty());
        assertFalse(e.locked());
        assertNull(e.activeCompensation());
    }

    @Test
    void explicit_null_lists_become_empty() {
        Experiment e = Json.read(bytes("{\"tags\":null,\"path\":null,\"data\":null}"), Experiment.class);
        assertEquals(List.of(), e.tags());
        assertEquals(List.of(), e.path());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, e.data());
    }

    @Test
    void timestamps_are_read_in_every_iso_form_the_clients_send() {
        String[][] cases = {
            {"2019-08-29T14:40:58.566Z", "2019-08-29T14:40:58.566Z"},
            {"2019-08-29T14:40:58Z", "2019-08-29T14:40:58Z"},
            {"2019-08-29T14:40:58.566123Z", "2019-08-29T14:40:58.566123Z"},
            {"2019-08-29T16:40:58.566+02:00", "2019-08-29T14:40:58.566Z"},
            {"2024-10-25T18:00:00.123456", "2024-10-25T18:00:00.123456Z"},
        };
        for (String[] c : cases) {
            Experiment e = Json.read(bytes("{\"created\":\"" + c[0] + "\"}"), Experiment.class);
            assertEquals(Instant.parse(c[1]), e.created(), c[0]);
        }
    }

    @Test
    void a_list_answer_holding_null_is_refused_naming_the_element_instead_of_throwing_npe() {
        MalformedJsonException e = assertThrows(MalformedJsonException.class,
                () -> Json.readList(bytes("[{\"_id\":\"5d64abe2ca9df61349ed8e79\"},null]"), Experiment.class));
        assertTrue(e.getMessage().contains("element 1 of the array is null"), e.getMessage());
    }

    @Test
    void an_unparseable_timestamp_is_a_malformed_body_naming_the_text() {
        MalformedJsonException e = assertThrows(MalformedJsonException.class,
                () -> Json.read(bytes("{\"created\":\"yesterday\"}"), Experiment.class));
        assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
    }

    @Test
    void with_methods_change_one_field_and_keep_the_rest() throws IOException {
        Experiment e = Json.read(fixture("experiment-full.json"), Experiment.class);
        Experiment renamed = e.withName("Y").withTag("new").withLocked(false);
        assertEquals("Y", renamed.name());
        assertEquals(List.of("pilot", "t-cells", "new"), renamed.tags());
        assertFalse(renamed.locked());
        assertEquals(e.permissions(), renamed.permissions());
        assertEquals(e.created(), renamed.created());
    }

    @Test
    void folder_binds_every_field_and_round_trips() throws IOException {
        Folder f = Json.read(fixture("folder.json"), Folder.class);
        assertEquals("5d64abe2ca9df61349ed8e80", f.id());
        assertEquals("Project A", f.name());
        assertEquals("5d64abe2ca9df61349ed8e7a", f.creator());
        assertEquals(List.of("5d64abe2ca9df61349ed8e81"), f.path());
        assertEquals(f.creator(), f.permissions().get(0).grantee().id());
        assertEquals(0, f.version());
        assertEquals(f, Json.read(bytes(Json.writeEntity(f)), Folder.class));
    }

    @Test
    void a_list_of_experiments_binds_and_a_non_list_is_refused() throws IOException {
        String one = new String(fixture("experiment-new-abridged.json"), StandardCharsets.UTF_8);
        List<Experiment> list = Json.readList(bytes("[" + one + "," + one + "]"), Experiment.class);
        assertEquals(2, list.size());
        MalformedJsonException e = assertThrows(MalformedJsonException.class,
                () -> Json.readList(bytes(one), Experiment.class));
        assertTrue(e.getMessage().contains("expected a JSON array, found an object"), e.getMessage());
    }
}
