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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for the low-level {@code get}, {@code post}, {@code patch}, {@code delete} and {@code send} calls, which
 * reach any route with JSON-P values or bytes.
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

    /**
     * Rule {@code RAW-QUERY-1}: post, patch and delete send query parameters too, as Python's {@code params}.
     */
    @Test
    @DisplayName("RAW-QUERY-1 post, patch and delete send query parameters too, as Python's params")
    public void required_rawQuery1_everyVerbTakesParameters() {
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

    /**
     * Rule {@code RAW-SEND-1}: send gives any answer's status, headers and bytes, as Python's {@code raw=True}.
     */
    @Test
    @DisplayName("RAW-SEND-1 send gives any answer's status, headers and bytes, as Python's raw=True")
    public void required_rawSend1_bytes() {
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
