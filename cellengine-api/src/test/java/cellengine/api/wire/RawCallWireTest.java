package cellengine.api.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.ApiException;
import cellengine.api.model.RawResponse;
import cellengine.api.param.RawRequest;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The raw calls, Python's {@code _get/_post/_patch/_delete(url, …, params, raw)}, against a scripted peer. */
class RawCallWireTest extends PeerTest {

    private static Map<String, Object> params() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("createPopulation", false);
        q.put("ids", List.of("a", "b"));
        q.put("skipped", null);
        return q;
    }

    @Test
    void every_verb_sends_query_parameters_as_python_params_does() {
        peer.script(r -> Reply.json(200, "{\"ok\":true}"));
        client.post("/experiments/e1/gates", Map.of("name", "g"), params());
        client.patch("/experiments/e1/gates", Map.of("name", "g"), Map.of("gid", "5d64abe2ca9df61349ed8e88"));
        client.delete("/experiments/e1/populations/p 1", Map.of("deleteBranch", true));
        List<RecordedRequest> sent = peer.requests();
        assertEquals(List.of("POST", "PATCH", "DELETE"), sent.stream().map(RecordedRequest::method).toList());
        assertEquals("createPopulation=false&ids=a&ids=b", sent.get(0).rawQuery(), "booleans lower-case, lists "
                + "repeated, nulls left out");
        assertEquals("{\"name\":\"g\"}", sent.get(0).bodyText());
        assertEquals("gid=5d64abe2ca9df61349ed8e88", sent.get(1).rawQuery());
        assertEquals("/api/v1/experiments/e1/populations/p%201", sent.get(2).rawPath());
        assertEquals("deleteBranch=true", sent.get(2).rawQuery());
    }

    @Test
    void send_returns_the_bytes_status_and_headers_of_any_answer() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        peer.script(r -> Reply.of(200, "image/png", png));
        RawResponse answer = client.send(RawRequest.get("/experiments/e1/plot").query("xChannel", "FSC-A").build());
        assertArrayEquals(png, answer.bytes());
        assertEquals(200, answer.status());
        assertEquals("image/png", answer.headers().firstValue("content-type").orElseThrow());
        assertEquals("xChannel=FSC-A", peer.only().rawQuery());
        ApiException notJson = assertThrows(ApiException.class, answer::json);
        assertTrue(notJson.getMessage().contains("not JSON") && notJson.getMessage().contains("/plot"),
                notJson.getMessage());

        peer.script(r -> Reply.json(200, "a,b\r\n1,2\r\n".replace("a,b", "\"a\",\"b\"")));
        String csv = client.send(RawRequest.post("/experiments/e1/bulkstatistics").body(Map.of("format", "csv"))
                .build()).text();
        assertEquals("\"a\",\"b\"\r\n1,2\r\n", csv);

        peer.script(r -> Reply.empty(204));
        RawResponse empty = client.send(RawRequest.delete("/folders/f1").build());
        assertEquals(204, empty.status());
        assertEquals(0, empty.bytes().length);
        assertEquals(JsonValue.NULL, empty.json(), "an empty body reads as JSON null");
    }

    @Test
    void a_raw_request_is_checked_when_built_and_derives_copies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RawRequest.builder("TRACE", "/x"));
        assertTrue(e.getMessage().contains("TRACE"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RawRequest.get("/x").callTimeout(java.time.Duration.ZERO));
        RawRequest a = RawRequest.builder("post", "/experiments").body(Map.of("name", "n")).query("q", 1).build();
        RawRequest b = a.toBuilder().idempotent(true).query("r", 2).build();
        assertEquals("POST", b.method());
        assertEquals(Map.of("q", 1, "r", 2), b.query());
        assertEquals(Map.of("q", 1), a.query(), "the original is unchanged");
        assertTrue(b.idempotent() && !a.idempotent());
        assertEquals("RawRequest[POST /experiments [q], with a body]", a.toString());
    }
}
