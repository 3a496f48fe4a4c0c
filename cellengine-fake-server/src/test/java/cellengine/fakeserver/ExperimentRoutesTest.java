package cellengine.fakeserver;

import static jakarta.json.JsonValue.ValueType.ARRAY;
import static jakarta.json.JsonValue.ValueType.NULL;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.OBJECT;
import static jakarta.json.JsonValue.ValueType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.testing.wire.ManualClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExperimentRoutesTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2024-10-25T18:00:00.123Z"));
    private static final Map<String, ValueType> NEW_EXPERIMENT = new LinkedHashMap<>();

    static {
        for (String f : List.of("_id", "name", "created", "updated", "deepUpdated")) {
            NEW_EXPERIMENT.put(f, STRING);
        }
        for (String f : List.of("comments", "path", "dataOrder", "revisions", "tags", "colorSpec",
                "savedStatisticsExports", "permissions", "annotationNameOrder", "annotationTableSortColumns")) {
            NEW_EXPERIMENT.put(f, ARRAY);
        }
        for (String f : List.of("uploader", "primaryResearcher", "data", "retentionPolicy", "sortingSpec",
                "palettes", "annotationValidators")) {
            NEW_EXPERIMENT.put(f, OBJECT);
        }
        for (String f : List.of("deleted", "cloneSourceExperiment", "revisionSourceExperiment",
                "analysisSourceExperiment", "analysisTask")) {
            NEW_EXPERIMENT.put(f, NULL);
        }
        NEW_EXPERIMENT.put("activeCompensation", NUMBER);
        NEW_EXPERIMENT.put("__v", NUMBER);
        NEW_EXPERIMENT.put("locked", ValueType.FALSE);
        NEW_EXPERIMENT.put("public", ValueType.FALSE);
        NEW_EXPERIMENT.put("perFileCompensationsEnabled", ValueType.FALSE);
    }

    @RegisterExtension
    static final RunningFake fake = new RunningFake(c -> c.clock = CLOCK);

    private static FakeUser other;

    @BeforeAll
    static void start() {
        other = fake.server().addUser("other@example.com", "other-password");
    }

    private static JsonObject create(String name) {
        return fake.api().post("/experiments", "{\"name\":\"" + name + "\"}").expect(201).object();
    }

    @Test
    void create_answers_201_with_every_field_of_a_new_experiment() {
        JsonObject e = create("X");
        for (Map.Entry<String, ValueType> field : NEW_EXPERIMENT.entrySet()) {
            assertTrue(e.containsKey(field.getKey()), () -> "missing " + field.getKey() + " in " + e);
            assertEquals(field.getValue(), e.get(field.getKey()).getValueType(), () -> "type of " + field.getKey());
        }
        assertTrue(e.getString("_id").matches("[0-9a-f]{24}"), e.getString("_id"));
        assertEquals("X", e.getString("name"));
        assertTrue(e.getString("created").matches(TIMESTAMP), e.getString("created"));
        assertEquals(CLOCK.instant(), Instant.parse(e.getString("created")));
        assertEquals(e.getString("created"), e.getString("updated"));
        assertEquals(e.getString("created"), e.getString("deepUpdated"));
        assertEquals("[{\"insert\":\"\\n\"}]", e.get("comments").toString());
        assertEquals("{\"history\":[]}", e.get("retentionPolicy").toString());
        assertEquals(0, e.getInt("activeCompensation"));
        assertEquals(0, e.getInt("__v"));
        JsonObject uploader = e.getJsonObject("uploader");
        for (String f : List.of("_id", "username", "email", "firstName", "lastName", "fullName", "id")) {
            assertEquals(STRING, uploader.get(f).getValueType(), "uploader." + f);
        }
        assertEquals(fake.server().userId(), uploader.getString("_id"));
        assertEquals(fake.server().userId(), uploader.getString("id"));
        assertEquals(fake.server().username(), uploader.getString("username"));
        assertEquals(uploader, e.getJsonObject("primaryResearcher"));
        assertEquals(fake.server().userId(),
                e.getJsonArray("permissions").getJsonObject(0).getJsonObject("grantee").getString("_id"));
    }

    @Test
    void create_without_a_name_is_an_untitled_experiment() {
        assertEquals("Untitled Experiment", fake.api().post("/experiments", "{}").expect(201).object()
                .getString("name"));
        assertEquals("Untitled Experiment", fake.api().post("/experiments", null).expect(201).object()
                .getString("name"));
    }

    @Test
    void create_takes_tags_path_and_comments_given_as_a_plain_string() {
        String folder = fake.api().post("/folders", "{\"name\":\"F\"}").expect(201).object().getString("_id");
        JsonObject e = fake.api().post("/experiments", "{\"name\":\"T\",\"tags\":[\"a\",\"b\"],\"path\":[\"" + folder
                + "\"],\"comments\":\"hello\"}").expect(201).object();
        assertEquals("[\"a\",\"b\"]", e.get("tags").toString());
        assertEquals("[\"" + folder + "\"]", e.get("path").toString());
        assertEquals("[{\"insert\":\"hello\"}]", e.get("comments").toString());
    }

    @Test
    void create_rejects_a_wrong_type_naming_the_field() {
        assertEquals("\"name\" must be a string, was a number.",
                fake.api().post("/experiments", "{\"name\":5}").expect(400).error());
        assertEquals("\"tags[1]\" must be a string, was a boolean.",
                fake.api().post("/experiments", "{\"tags\":[\"a\",true]}").expect(400).error());
    }

    @Test
    void get_by_id_returns_the_stored_experiment() {
        JsonObject created = create("G");
        assertEquals(created, fake.api().get("/experiments/" + created.getString("_id")).expect(200).object());
        assertEquals(created, fake.api().get("/experiments/" + created.getString("_id") + "/").expect(200).object());
    }

    @Test
    void get_of_an_unknown_or_malformed_id_is_404_with_an_error_body() {
        String missing = fake.api().get("/experiments/0123456789abcdef01234567").expect(404).error();
        assertTrue(missing.contains("0123456789abcdef01234567"), missing);
        assertTrue(fake.api().get("/experiments/not-an-id").expect(404).error().contains("not a 24-character"));
    }

    @Test
    void list_returns_a_bare_array_of_the_callers_experiments() {
        create("A");
        create("B");
        assertEquals(List.of("A", "B"), fake.api().get("/experiments").expect(200).strings("name"));
        assertEquals(List.of("A", "B"), fake.api().get("/experiments/").expect(200).strings("name"));
    }

    @Test
    void patch_changes_only_the_fields_sent_and_bumps_updated() {
        JsonObject created = create("P");
        CLOCK.advance(Duration.ofSeconds(5));
        JsonObject patched = fake.api().patch("/experiments/" + created.getString("_id"),
                "{\"name\":\"P2\",\"locked\":true,\"tags\":[\"t\"],\"activeCompensation\":-1}")
                .expect(200).object();
        assertEquals("P2", patched.getString("name"));
        assertTrue(patched.getBoolean("locked"));
        assertEquals(-1, patched.getInt("activeCompensation"));
        assertEquals("[\"t\"]", patched.get("tags").toString());
        assertEquals(created.getString("created"), patched.getString("created"));
        assertEquals(CLOCK.instant(), Instant.parse(patched.getString("updated")));
        assertNotEquals(created.getString("updated"), patched.getString("updated"));
        assertEquals(created.keySet(), patched.keySet());
    }

    @Test
    void patch_rejects_wrong_types_naming_the_field() {
        String id = create("W").getString("_id");
        assertEquals("\"locked\" must be a boolean, was a string.",
                fake.api().patch("/experiments/" + id, "{\"locked\":\"yes\"}").expect(400).error());
        assertEquals("\"name\" is not allowed to be empty.",
                fake.api().patch("/experiments/" + id, "{\"name\":\" \"}").expect(400).error());
        assertTrue(fake.api().patch("/experiments/" + id, "{\"activeCompensation\":3}").expect(400).error()
                .startsWith("\"activeCompensation\" must be 0, -1, -2 or a compensation _id"));
        assertTrue(fake.api().patch("/experiments/" + id, "{\"deleted\":\"yesterday\"}").expect(400).error()
                .startsWith("\"deleted\" must be an ISO-8601 timestamp"));
        assertEquals("W", fake.api().get("/experiments/" + id).expect(200).object().getString("name"));
    }

    @Test
    void patch_takes_primary_researcher_as_a_user_id_and_answers_the_user_object() {
        String id = create("R").getString("_id");
        JsonObject patched = fake.api().patch("/experiments/" + id,
                "{\"primaryResearcher\":\"" + other.userId() + "\"}").expect(200).object();
        assertEquals(other.userId(), patched.getJsonObject("primaryResearcher").getString("_id"));
        assertEquals("other@example.com", patched.getJsonObject("primaryResearcher").getString("username"));
        assertTrue(fake.api().patch("/experiments/" + id, "{\"primaryResearcher\":\"0123456789abcdef01234567\"}")
                .expect(400).error().contains("names no known user"));
    }

    @Test
    void delete_answers_204_with_an_empty_body_and_soft_deletes() {
        String id = create("D").getString("_id");
        Reply deleted = fake.api().delete("/experiments/" + id).expect(204);
        assertEquals("", deleted.body);
        assertTrue(fake.api().get("/experiments/" + id).expect(404).error().contains("was deleted"));
        JsonObject listed = fake.api().get("/experiments").expect(200).array().getJsonObject(0);
        assertEquals(id, listed.getString("_id"));
        assertTrue(listed.getString("deleted").matches(TIMESTAMP), listed.toString());
    }

    /**
     * The official Python toolkit's integration suite soft-deletes with {@code PATCH {"deleted": <date>}} and its
     * teardown then DELETEs the experiment: the service answers 204 and the experiment stays deleted as it was.
     */
    @Test
    void delete_of_an_already_deleted_experiment_answers_204_and_leaves_it_deleted() {
        String id = create("Twice").getString("_id");
        String deleted = fake.api().patch("/experiments/" + id, "{\"deleted\":\"2024-10-25T18:00:00.123456\"}")
                .expect(200).object().getString("deleted");
        assertEquals("", fake.api().delete("/experiments/" + id).expect(204).body);
        fake.api().get("/experiments/" + id).expect(404);
        assertEquals(deleted, fake.api().get("/experiments").expect(200).array().getJsonObject(0).getString("deleted"));
        fake.api().delete("/experiments/" + id).expect(204);
        fake.api().get("/experiments/" + id).expect(404);
        fake.api().delete("/experiments/0123456789abcdef01234567").expect(404);
    }

    @Test
    void patch_still_works_on_a_deleted_experiment_and_null_restores_it() {
        String id = create("U").getString("_id");
        fake.api().delete("/experiments/" + id).expect(204);
        JsonObject renamed = fake.api().patch("/experiments/" + id, "{\"name\":\"U2\"}").expect(200).object();
        assertEquals("U2", renamed.getString("name"));
        assertFalse(renamed.isNull("deleted"));
        JsonObject restored = fake.api().patch("/experiments/" + id, "{\"deleted\":null}").expect(200).object();
        assertTrue(restored.isNull("deleted"));
        assertEquals("U2", fake.api().get("/experiments/" + id).expect(200).object().getString("name"));
    }

    @Test
    void patch_deleted_accepts_naive_offset_and_zulu_timestamps_and_stores_the_millisecond_form() {
        String id = create("T").getString("_id");
        Map<String, String> forms = Map.of(
                "2024-10-25T18:00:00.123456", "2024-10-25T18:00:00.123Z",
                "2024-10-25T18:00:00.123456Z", "2024-10-25T18:00:00.123Z",
                "2024-10-25T20:00:00+02:00", "2024-10-25T18:00:00.000Z",
                "2024-10-25T18:00:00Z", "2024-10-25T18:00:00.000Z");
        for (Map.Entry<String, String> form : forms.entrySet()) {
            JsonObject e = fake.api().patch("/experiments/" + id, "{\"deleted\":\"" + form.getKey() + "\"}")
                    .expect(200).object();
            assertEquals(form.getValue(), e.getString("deleted"), form.getKey());
            fake.api().get("/experiments/" + id).expect(404);
        }
    }

    @Test
    void clone_answers_201_with_a_copy_named_with_suffix_1() {
        JsonObject source = fake.api().post("/experiments", "{\"name\":\"S\",\"tags\":[\"k\"]}").expect(201).object();
        CLOCK.advance(Duration.ofSeconds(1));
        JsonObject clone = fake.api().post("/experiments/" + source.getString("_id") + "/clone", "{}").expect(201)
                .object();
        assertNotEquals(source.getString("_id"), clone.getString("_id"));
        assertEquals("S-1", clone.getString("name"));
        assertEquals("[\"k\"]", clone.get("tags").toString());
        assertEquals(source.getString("_id"), clone.getString("cloneSourceExperiment"));
        assertNotEquals(source.getString("created"), clone.getString("created"));
        assertEquals(clone, fake.api().get("/experiments/" + clone.getString("_id")).expect(200).object());
        assertEquals(NEW_EXPERIMENT.keySet(), clone.keySet());
    }

    @Test
    void clone_takes_a_name_and_a_path() {
        String folder = fake.api().post("/folders", "{\"name\":\"F\"}").expect(201).object().getString("_id");
        String id = create("S").getString("_id");
        JsonObject clone = fake.api().post("/experiments/" + id + "/clone",
                "{\"name\":\"copy\",\"path\":[\"" + folder + "\"]}").expect(201).object();
        assertEquals("copy", clone.getString("name"));
        assertEquals("[\"" + folder + "\"]", clone.get("path").toString());
        fake.api().post("/experiments/0123456789abcdef01234567/clone", "{}").expect(404);
    }

    @Test
    void revision_appends_the_description_and_bumps_deep_updated() {
        JsonObject source = create("V");
        CLOCK.advance(Duration.ofMinutes(1));
        JsonObject saved = fake.api().post("/experiments/" + source.getString("_id") + "/revision",
                "{\"description\":\"first\"}").expect(200).object();
        assertEquals("first", saved.getJsonArray("revisions").getJsonObject(0).getString("description"));
        assertNotEquals(source.getString("deepUpdated"), saved.getString("deepUpdated"));
        JsonObject again = fake.api().post("/experiments/" + source.getString("_id") + "/revision",
                "{\"description\":\"second\"}").expect(200).object();
        assertEquals(2, again.getJsonArray("revisions").size());
        assertEquals("\"description\" is required.",
                fake.api().post("/experiments/" + source.getString("_id") + "/revision", "{}").expect(400).error());
    }

    @Test
    void malformed_bodies_are_400_naming_the_problem() {
        String truncated = fake.api().post("/experiments", "{\"name\":").expect(400).error();
        assertTrue(truncated.startsWith("Request body is not valid JSON"), truncated);
        assertTrue(fake.api().post("/experiments", "{\"name\":\"a\"} trailing").expect(400).error()
                .contains("unexpected content after the JSON value"));
        assertEquals("Request body must be a JSON object, was an array.",
                fake.api().post("/experiments", "[1]").expect(400).error());
        String id = create("M").getString("_id");
        fake.api().patch("/experiments/" + id, "nonsense").expect(400);
        assertEquals(0, fake.api().get("/experiments?query=" + Api.q("eq(name,\"a\")")).expect(200).array().size());
    }

    @Test
    void another_users_experiment_is_403_and_absent_from_their_list() {
        String id = create("Mine").getString("_id");
        Api theirs = fake.api().withToken(other.token());
        assertTrue(theirs.get("/experiments/" + id).expect(403).error().contains(id));
        theirs.patch("/experiments/" + id, "{\"name\":\"stolen\"}").expect(403);
        theirs.delete("/experiments/" + id).expect(403);
        theirs.post("/experiments/" + id + "/clone", "{}").expect(403);
        assertEquals(0, theirs.get("/experiments").expect(200).array().size());
        assertEquals("Mine", fake.api().get("/experiments/" + id).expect(200).object().getString("name"));
    }

    @Test
    void granting_permission_by_patch_lets_the_grantee_see_the_experiment() {
        String id = create("Shared").getString("_id");
        fake.api().patch("/experiments/" + id, "{\"permissions\":[{\"grantee\":{\"_id\":\"" + fake.server().userId()
                + "\"}},{\"grantee\":{\"_id\":\"" + other.userId() + "\"}}]}").expect(200);
        assertEquals("Shared", fake.api().withToken(other.token()).get("/experiments/" + id).expect(200).object()
                .getString("name"));
        JsonValue bad = fake.api().patch("/experiments/" + id, "{\"permissions\":[{\"grantee\":{}}]}").expect(400)
                .json();
        assertNotNull(bad.asJsonObject().getString("error"));
    }
}
