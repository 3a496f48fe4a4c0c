package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.NotFoundException;
import cellengine.api.model.Folder;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for the low-level {@code get}, {@code post}, {@code patch} and {@code delete} calls, which reach any
 * route with JSON-P values.
 *
 * @since 0.1
 */
public abstract class RawCallVerification extends VerificationSupport {

    /** Creates the rules; a subclass names the target. */
    protected RawCallVerification() {
    }

    /** Rule {@code RAW-GET-1}: get(path) returns the bare JSON array of a list route. */
    @Test
    @DisplayName("RAW-GET-1 get(path) returns the bare JSON array of a list route")
    public void required_rawGet1_listIsBareArray() {
        Folder f = newFolder(uniqueName("raw"));
        JsonValue list = client().get("/folders");
        assertEquals(JsonValue.ValueType.ARRAY, list.getValueType(), "GET /folders body type");
        assertTrue(list.asJsonArray().stream().anyMatch(v -> v.asJsonObject().getString("_id").equals(f.id())),
                () -> "GET /folders did not list " + f.id());
    }

    /** Rule {@code RAW-GET-2}: get(path, query) sends query parameters, form-encoded. */
    @Test
    @DisplayName("RAW-GET-2 get(path, query) sends query parameters, form-encoded")
    public void required_rawGet2_queryParameters() {
        Folder f = newFolder(uniqueName("raw \"q\""));
        JsonArray found = client().get("/folders", Map.of("query", "eq(_id,\"" + f.id() + "\")", "limit", 5))
                .asJsonArray();
        assertEquals(1, found.size(), () -> "eq(_id) matched " + found);
    }

    /** Rule {@code RAW-POST-1}: post(path, body) creates and returns the JSON object. */
    @Test
    @DisplayName("RAW-POST-1 post(path, body) creates and returns the JSON object")
    public void required_rawPost1_creates() {
        String name = uniqueName("raw");
        JsonObject created = client().post("/folders", Map.of("name", name)).asJsonObject();
        String id = created.getString("_id");
        deleteAfterwards(() -> client().deleteFolder(id));
        assertEquals(name, created.getString("name"), "name");
    }

    /** Rule {@code RAW-PATCH-1}: patch(path, body) updates and returns the JSON object. */
    @Test
    @DisplayName("RAW-PATCH-1 patch(path, body) updates and returns the JSON object")
    public void required_rawPatch1_updates() {
        Folder f = newFolder(uniqueName("raw"));
        String renamed = uniqueName("renamed");
        JsonObject updated = client().patch("/folders/" + f.id(), Map.of("name", renamed)).asJsonObject();
        assertEquals(renamed, updated.getString("name"), "name after PATCH");
    }

    /** Rule {@code RAW-DELETE-1}: delete(path) deletes. */
    @Test
    @DisplayName("RAW-DELETE-1 delete(path) deletes")
    public void required_rawDelete1_deletes() {
        Folder f = newFolder(uniqueName("raw"));
        client().delete("/folders/" + f.id());
        assertThrows(NotFoundException.class, () -> client().get("/folders/" + f.id()), "GET after raw DELETE");
    }

    /** Rule {@code RAW-ERR-1}: a raw call to an unknown id answers 404 with the server's message. */
    @Test
    @DisplayName("RAW-ERR-1 a raw call to an unknown id answers 404 with the server's message")
    public void required_rawErr1_unknownIdIs404() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> client().get("/experiments/" + UNKNOWN_ID));
        assertEquals(404, e.status(), "status");
        assertTrue(e.serverMessage() != null && !e.serverMessage().isBlank(), "the server's error text is kept");
    }
}
