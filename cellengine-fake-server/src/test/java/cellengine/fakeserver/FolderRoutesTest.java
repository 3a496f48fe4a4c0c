package cellengine.fakeserver;

import static jakarta.json.JsonValue.ValueType.ARRAY;
import static jakarta.json.JsonValue.ValueType.NULL;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FolderRoutesTest {

    private static final Map<String, ValueType> NEW_FOLDER = Map.of(
            "_id", STRING, "name", STRING, "created", STRING, "deleted", NULL, "creator", STRING,
            "path", ARRAY, "permissions", ARRAY, "__v", NUMBER);

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private static FakeUser other;

    @BeforeAll
    static void start() {
        other = fake.server().addUser("folk@example.com", "pw");
    }

    private static JsonObject create(String name) {
        return fake.api().post("/folders", "{\"name\":\"" + name + "\"}").expect(201).object();
    }

    @Test
    void create_answers_201_with_every_folder_field_and_the_creator_as_a_string() {
        JsonObject f = create("F");
        assertEquals(NEW_FOLDER.keySet(), f.keySet());
        NEW_FOLDER.forEach((field, type) -> assertEquals(type, f.get(field).getValueType(), field));
        assertEquals("F", f.getString("name"));
        assertEquals(fake.server().userId(), f.getString("creator"));
        assertEquals(f.getString("creator"),
                f.getJsonArray("permissions").getJsonObject(0).getJsonObject("grantee").getString("_id"));
        assertTrue(f.getString("created").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
    }

    @Test
    void create_needs_a_non_empty_name_and_takes_a_path() {
        assertEquals("\"name\" is required.", fake.api().post("/folders", "{}").expect(400).error());
        assertEquals("\"name\" is not allowed to be empty.", fake.api().post("/folders", "{\"name\":\"\"}")
                .expect(400).error());
        String parent = create("parent").getString("_id");
        JsonObject child = fake.api().post("/folders", "{\"name\":\"child\",\"path\":[\"" + parent + "\"]}")
                .expect(201).object();
        assertEquals(List.of(parent), List.of(child.getJsonArray("path").getString(0)));
        assertTrue(fake.api().post("/folders", "{\"name\":\"x\",\"path\":[\"nope\"]}").expect(400).error()
                .startsWith("\"path[0]\" must be a 24-character lowercase hex id"));
    }

    @Test
    void get_list_and_patch_answer_200() {
        String id = create("A").getString("_id");
        create("B");
        assertEquals("A", fake.api().get("/folders/" + id).expect(200).object().getString("name"));
        assertEquals(List.of("A", "B"), fake.api().get("/folders").expect(200).strings("name"));
        assertEquals("A2", fake.api().patch("/folders/" + id + "/", "{\"name\":\"A2\"}").expect(200).object()
                .getString("name"));
        assertEquals("\"name\" must be a string, was null.",
                fake.api().patch("/folders/" + id, "{\"name\":null}").expect(400).error());
        fake.api().get("/folders/0123456789abcdef01234567").expect(404);
    }

    @Test
    void delete_is_soft_and_patch_with_null_deleted_restores() {
        String id = create("D").getString("_id");
        assertEquals("", fake.api().delete("/folders/" + id).expect(204).body);
        fake.api().get("/folders/" + id).expect(404);
        assertFalse(fake.api().get("/folders").expect(200).array().getJsonObject(0).isNull("deleted"));
        assertEquals(1, fake.api().get("/folders?query=" + Api.q("ne(deleted,null)")).expect(200).array().size());
        assertEquals(0, fake.api().get("/folders?query=" + Api.q("eq(deleted,null)")).expect(200).array().size());
        assertTrue(fake.api().patch("/folders/" + id, "{\"deleted\":null}").expect(200).object().isNull("deleted"));
        fake.api().get("/folders/" + id).expect(200);
    }

    @Test
    void delete_of_an_already_deleted_folder_answers_204_and_leaves_it_deleted() {
        String id = create("Twice").getString("_id");
        String deleted = fake.api().patch("/folders/" + id, "{\"deleted\":\"2024-10-25T18:00:00Z\"}")
                .expect(200).object().getString("deleted");
        fake.api().delete("/folders/" + id).expect(204);
        fake.api().get("/folders/" + id).expect(404);
        assertEquals(deleted, fake.api().get("/folders").expect(200).array().getJsonObject(0).getString("deleted"));
        fake.api().delete("/folders/" + id).expect(204);
        fake.api().delete("/folders/0123456789abcdef01234567").expect(404);
    }

    @Test
    void another_users_folder_is_403_and_absent_from_their_list() {
        String id = create("Private").getString("_id");
        Api theirs = fake.api().withToken(other.token());
        theirs.get("/folders/" + id).expect(403);
        theirs.patch("/folders/" + id, "{\"name\":\"x\"}").expect(403);
        theirs.delete("/folders/" + id).expect(403);
        assertEquals(0, theirs.get("/folders").expect(200).array().size());
        theirs.post("/folders", "{\"name\":\"Theirs\"}").expect(201);
        assertEquals(List.of("Private"), fake.api().get("/folders").expect(200).strings("name"));
    }
}
