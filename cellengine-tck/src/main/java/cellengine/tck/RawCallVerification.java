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

/**
 * Rules for the low-level {@code get}, {@code post}, {@code patch} and {@code delete} calls, which reach any
 * route with JSON-P values.
 */
@RuleGroup(reference = "§1.4, §1.5", check = "path joining under `/api/v1`, query form-encoding, JSON-P body handling")
abstract class RawCallVerification extends VerificationSupport {

    @Rule(id = "RAW-GET-1", statement = "get(path) returns the bare JSON array of a list route")
    void list_is_bare_array() {
        Folder f = newFolder(uniqueName("raw"));
        JsonValue list = client().get("/folders");
        assertEquals(JsonValue.ValueType.ARRAY, list.getValueType(), "GET /folders body type");
        assertTrue(list.asJsonArray().stream().anyMatch(v -> v.asJsonObject().getString("_id").equals(f.id())),
                () -> "GET /folders did not list " + f.id());
    }

    @Rule(id = "RAW-GET-2", statement = "get(path, query) sends query parameters, form-encoded")
    void query_parameters() {
        Folder f = newFolder(uniqueName("raw \"q\""));
        JsonArray found = client().get("/folders", Map.of("query", "eq(_id,\"" + f.id() + "\")", "limit", 5))
                .asJsonArray();
        assertEquals(1, found.size(), () -> "eq(_id) matched " + found);
    }

    @Rule(id = "RAW-POST-1", statement = "post(path, body) creates and returns the JSON object")
    void creates() {
        String name = uniqueName("raw");
        JsonObject created = client().post("/folders", Map.of("name", name)).asJsonObject();
        String id = created.getString("_id");
        deleteAfterwards(() -> client().deleteFolder(id));
        assertEquals(name, created.getString("name"), "name");
    }

    @Rule(id = "RAW-PATCH-1", statement = "patch(path, body) updates and returns the JSON object")
    void updates() {
        Folder f = newFolder(uniqueName("raw"));
        String renamed = uniqueName("renamed");
        JsonObject updated = client().patch("/folders/" + f.id(), Map.of("name", renamed)).asJsonObject();
        assertEquals(renamed, updated.getString("name"), "name after PATCH");
    }

    @Rule(id = "RAW-DELETE-1",
            statement = "delete(path) deletes", reference = "§2.2, semantics §11.1",
            check = "soft delete: GET by id 404, list keeps the item with `deleted` set")
    void deletes() {
        Folder f = newFolder(uniqueName("raw"));
        client().delete("/folders/" + f.id());
        assertThrows(NotFoundException.class, () -> client().get("/folders/" + f.id()), "GET after raw DELETE");
    }

    @Rule(id = "RAW-ERR-1", statement = "a raw call to an unknown id answers 404 with the server's message")
    void unknown_id_is_404() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> client().get("/experiments/" + UNKNOWN_ID));
        assertEquals(404, e.status(), "status");
        assertTrue(e.serverMessage() != null && !e.serverMessage().isBlank(), "the server's error text is kept");
    }
}
