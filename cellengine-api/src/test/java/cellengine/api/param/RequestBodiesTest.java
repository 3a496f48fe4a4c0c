package cellengine.api.param;

import cellengine.api.internal.json.Json;
import cellengine.api.model.ActiveCompensation;
import cellengine.api.model.Experiment;
import cellengine.api.model.Folder;
import cellengine.api.model.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestBodiesTest {

    private static final String ID = "5d64abe2ca9df61349ed8e79";
    private static final String FOLDER = "5d64abe2ca9df61349ed8e70";

    private static Experiment experiment(String json) {
        return Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Experiment.class);
    }

    @Test
    void experiment_create_sends_only_the_keys_that_were_set() {
        assertEquals("{\"name\":\"x\"}", ExperimentCreate.named("x").toJson().toString());
        JsonObject body = ExperimentCreate.builder().name("x").tags(List.of("a")).path(List.of(FOLDER))
                .comments("hello").build().toJson();
        assertEquals(Set.of("name", "tags", "path", "comments"), body.keySet());
        assertEquals("hello\n", body.getJsonArray("comments").getJsonObject(0).getString("insert"),
                "comments are sent as Quill operations, not a plain string");
    }

    @Test
    void experiment_update_sends_explicit_nulls_for_keys_set_to_null() {
        ExperimentUpdate update = ExperimentUpdate.builder().deleted(null).name("n").build();
        assertEquals("{\"deleted\":null,\"name\":\"n\"}", update.toJson().toString());
        assertEquals(JsonValue.NULL, update.changes().get("deleted"));
    }

    @Test
    void experiment_update_writes_timestamps_and_special_compensations_on_the_wire_format() {
        JsonObject body = ExperimentUpdate.builder()
                .deleted(Instant.parse("2024-10-25T18:00:00.123456Z"))
                .activeCompensation(ActiveCompensation.FILE_INTERNAL)
                .locked(true).build().toJson();
        assertEquals("2024-10-25T18:00:00.123Z", body.getString("deleted"));
        assertEquals(-1, body.getInt("activeCompensation"));
        assertEquals(JsonValue.TRUE, body.get("locked"));
    }

    @Test
    void experiment_update_diff_holds_only_the_changed_fields() {
        Experiment before = experiment("{\"_id\":\"" + ID + "\",\"name\":\"a\",\"tags\":[\"t\"],"
                + "\"locked\":false,\"primaryResearcher\":{\"_id\":\"5d64abe2ca9df61349ed8e7a\"}}");
        Experiment after = before.withName("b").withTags(List.of()).withPrimaryResearcher(
                User.ofId("5d64abe2ca9df61349ed8e7b"));
        ExperimentUpdate diff = ExperimentUpdate.diff(before, after);
        assertEquals(Set.of("name", "tags", "primaryResearcher"), diff.keys());
        assertEquals("5d64abe2ca9df61349ed8e7b", diff.toJson().getString("primaryResearcher"),
                "the primary researcher is sent as a user id");
        assertTrue(ExperimentUpdate.diff(before, before).isEmpty());
    }

    @Test
    void undeleting_by_diff_sends_deleted_null() {
        Experiment deleted = Json.read(("{\"_id\":\"" + ID + "\",\"deleted\":\"2024-10-25T18:00:00.000Z\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Experiment.class);
        assertEquals("{\"deleted\":null}", ExperimentUpdate.diff(deleted, deleted.withDeleted(null)).toJson()
                .toString());
    }

    @Test
    void diff_of_two_different_experiments_is_refused() {
        Experiment a = Json.read(("{\"_id\":\"" + ID + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Experiment.class);
        Experiment b = Json.read("{\"_id\":\"5d64abe2ca9df61349ed8e7f\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Experiment.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperimentUpdate.diff(a, b));
        assertTrue(e.getMessage().contains(ID), e.getMessage());
    }

    @Test
    void ids_in_paths_and_researchers_are_validated_naming_the_parameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExperimentUpdate.builder().path(List.of("not-an-id")));
        assertTrue(e.getMessage().startsWith("path must hold 24-character hex ids"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ExperimentUpdate.builder().primaryResearcher("ada"));
        assertTrue(e.getMessage().startsWith("primaryResearcher"), e.getMessage());
    }

    @Test
    void folder_update_and_create_send_only_set_keys() {
        assertEquals("{\"name\":\"f\"}", FolderCreate.named("f").toJson().toString());
        assertEquals("{\"deleted\":null}", FolderUpdate.builder().deleted(null).build().toJson().toString());
        Folder before = new Folder(FOLDER, "a", null, null, "u", List.of(), List.of(), 0);
        assertEquals("{\"path\":[\"" + ID + "\"]}", FolderUpdate.diff(before, before.withPath(List.of(ID)))
                .toJson().toString());
        assertThrows(IllegalStateException.class, () -> FolderCreate.builder().build());
    }

    @Test
    void clone_options_send_an_empty_object_by_default() {
        assertEquals("{}", CloneOptions.defaults().toJson().toString());
        assertEquals("{\"name\":\"copy\",\"path\":[\"" + FOLDER + "\"]}",
                CloneOptions.named("copy").toBuilder().path(List.of(FOLDER)).build().toJson().toString());
    }

    @Test
    void list_options_form_the_query_in_a_stable_order_and_reject_bad_ranges() {
        ListOptions options = ListOptions.builder().sort("name").limit(2).skip(0).fields("+name")
                .query("eq(name,\"x\")").build();
        assertEquals(List.of("query", "fields", "limit", "skip", "sort"), List.copyOf(options.toQuery().keySet()));
        assertEquals("2", options.toQuery().get("limit"));
        assertTrue(ListOptions.none().toQuery().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ListOptions.builder().limit(0));
        assertThrows(IllegalArgumentException.class, () -> ListOptions.builder().skip(-1));
    }

    @Test
    void active_compensation_accepts_special_codes_and_ids_only() {
        assertEquals(ActiveCompensation.PER_FILE, ActiveCompensation.ofCode(-2));
        assertThrows(IllegalArgumentException.class, () -> ActiveCompensation.ofCode(3));
        assertThrows(IllegalArgumentException.class, () -> ActiveCompensation.of("comp"));
        assertEquals(java.util.Optional.of(ID), ActiveCompensation.of(ID).compensationId());
        assertEquals("{\"activeCompensation\":\"" + ID + "\"}",
                ExperimentUpdate.builder().activeCompensation(ID).build().toJson().toString());
        assertEquals("{\"activeCompensation\":0}",
                ExperimentUpdate.builder().activeCompensation(0).build().toJson().toString());
    }
}
