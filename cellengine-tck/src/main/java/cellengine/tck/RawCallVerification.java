package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.NotFoundException;
import cellengine.api.model.Folder;
import cellengine.api.model.RawResponse;
import cellengine.api.param.RawRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;

/**
 * Rules for the low-level {@code get}, {@code post}, {@code patch} and {@code delete} calls, which reach any
 * route with JSON-P values.
 */
@RuleGroup(reference = "docs/wire.md#request-encoding, docs/wire.md#responses", check = "path joining under `/api/v1`, query form-encoding, JSON-P body handling")
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
            statement = "delete(path) deletes", reference = "docs/wire.md#experiments, docs/semantics.md#deletion",
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

    @Rule(id = "RAW-QUERY-1", statement = "post, patch and delete send query parameters too, as Python's params",
            reference = "docs/wire.md#request-encoding, docs/wire.md#responses, docs/wire.md#populations", check = "query form-encoding on every verb")
    void every_verb_takes_parameters() {
        String eid = newExperiment(uniqueName("raw")).id();
        String gid = cellengine.api.ObjectIds.generate();
        JsonValue created = client().post("/experiments/" + eid + "/gates", Map.of("type", "RectangleGate",
                "gid", gid, "name", "raw rect", "xChannel", "FSC-A", "yChannel", "SSC-A", "tailoredPerFile", false,
                "model", Map.of("locked", false, "label", List.of(2, 2),
                        "rectangle", Map.of("x1", 1, "x2", 3, "y1", 1, "y2", 3))), Map.of("createPopulation", false));
        assertEquals(gid, created.asJsonObject().getString("gid"), "the gate came back");
        assertTrue(client().getPopulations(eid).isEmpty(), "createPopulation=false was sent as a query parameter");
        client().patch("/experiments/" + eid + "/gates", Map.of("name", "renamed"), Map.of("gid", gid));
        assertEquals("renamed", client().get("/experiments/" + eid + "/gates").asJsonArray().getJsonObject(0)
                .getString("name"), "PATCH ?gid= renamed the family");
        client().delete("/experiments/" + eid + "/gates", Map.of("gid", gid));
        assertTrue(client().getGates(eid).isEmpty(), "DELETE ?gid= deleted the family");
    }

    @Rule(id = "RAW-SEND-1", statement = "send gives any answer's status, headers and bytes, as Python's raw=True",
            check = "raw bytes, headers and status of any answer")
    void send_gives_bytes() {
        Folder f = newFolder(uniqueName("raw"));
        RawResponse answer = client().send(RawRequest.get("/folders/" + f.id()).build());
        assertEquals(200, answer.status(), "status");
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type " + answer.headers());
        assertEquals(f.id(), answer.json().asJsonObject().getString("_id"), "the bytes are the folder's JSON");
        assertEquals(answer.text(), new String(answer.bytes(), java.nio.charset.StandardCharsets.UTF_8), "text");
        RawResponse deleted = client().send(RawRequest.delete("/folders/" + f.id()).build());
        assertTrue(deleted.status() / 100 == 2, () -> "DELETE answered " + deleted.status());
        assertThrows(NotFoundException.class, () -> client().send(RawRequest.get("/folders/" + f.id()).build()),
                "an error status is thrown, not returned");
    }
}
