package cellengine.fakeserver;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    /** Calls below the origin (not /api/v1) without any token. */
    private static Reply adminCall(String method, String path, String json) {
        return call(fake.server(), method, path, json);
    }

    private static Reply call(FakeCellEngine target, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build();
        try {
            return new Reply(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    @Test
    void a_fault_armed_over_http_needs_no_token_and_acts_like_the_java_one() {
        Reply armed = adminCall("POST", "/_fake/faults", "{\"method\":\"GET\",\"path\":\"/api/v1/folders\","
                + "\"times\":2,\"fault\":\"status\",\"status\":429,\"retryAfterSeconds\":5}").expect(201);
        assertEquals("next 2 GET /api/v1/folders: respond 429 (Retry-After: 5)", armed.object().getString("fault"));
        assertEquals("5", fake.api().get("/folders").expect(429).header("Retry-After"));
        Reply listed = adminCall("GET", "/_fake/faults", null).expect(200);
        assertEquals(1, listed.array().getJsonObject(0).getInt("remaining"));
        assertEquals(1, listed.array().getJsonObject(0).getInt("triggered"));
        adminCall("DELETE", "/_fake/faults", null).expect(204);
        fake.api().get("/folders").expect(200);
        assertEquals(0, adminCall("GET", "/_fake/faults", null).expect(200).array().size());
    }

    @Test
    void retry_after_dates_are_taken_as_iso_instants_or_http_dates() {
        adminCall("POST", "/_fake/faults", "{\"path\":\"/api/v1/folders\",\"fault\":\"status\",\"status\":503,"
                + "\"retryAfterDate\":\"2025-03-01T09:05:07Z\"}").expect(201);
        assertEquals("Sat, 01 Mar 2025 09:05:07 GMT", fake.api().get("/folders").expect(503).header("Retry-After"));
        adminCall("POST", "/_fake/faults", "{\"path\":\"/api/v1/folders\",\"fault\":\"status\",\"status\":503,"
                + "\"retryAfterDate\":\"Sat, 01 Mar 2025 09:05:08 GMT\"}").expect(201);
        assertEquals("Sat, 01 Mar 2025 09:05:08 GMT", fake.api().get("/folders").expect(503).header("Retry-After"));
    }

    @Test
    void every_kind_of_fault_can_be_armed_over_http() {
        for (String body : new String[] {"{\"path\":\"/x\",\"fault\":\"delay\",\"millis\":1}",
                "{\"path\":\"/x\",\"fault\":\"reset\"}", "{\"path\":\"/x\",\"fault\":\"cut-body\"}",
                "{\"path\":\"/x\",\"fault\":\"stall-body\",\"millis\":5,\"afterHandling\":true}"}) {
            adminCall("POST", "/_fake/faults", body).expect(201);
        }
        assertEquals(4, fake.server().faults().armed().size());
    }

    @Test
    void a_bad_fault_is_a_400_naming_the_field() {
        assertEquals("\"fault\" is required: one of ", adminCall("POST", "/_fake/faults", "{\"path\":\"/x\"}")
                .expect(400).error().substring(0, 28));
        assertTrue(adminCall("POST", "/_fake/faults", "{\"path\":\"/x\",\"fault\":\"explode\"}").expect(400)
                .error().startsWith("\"fault\" must be one of"));
        assertEquals("\"status\" is required for a status fault.",
                adminCall("POST", "/_fake/faults", "{\"path\":\"/x\",\"fault\":\"status\"}").expect(400).error());
        assertEquals("\"times\" must be an integer, was a string.", adminCall("POST", "/_fake/faults",
                "{\"path\":\"/x\",\"fault\":\"reset\",\"times\":\"2\"}").expect(400).error());
        assertEquals("Invalid fault: times must be 1 or more, was 0", adminCall("POST", "/_fake/faults",
                "{\"path\":\"/x\",\"fault\":\"reset\",\"times\":0}").expect(400).error());
        assertTrue(adminCall("POST", "/_fake/faults", "{\"path\":\"/x\",\"fault\":\"reset\",\"colour\":1}")
                .expect(400).error().startsWith("\"colour\" is not allowed."));
        assertEquals(400, adminCall("POST", "/_fake/faults", "{not json").status);
    }

    @Test
    void no_mutation_of_a_valid_fault_is_answered_with_a_5xx() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String valid : List.of("{\"method\":\"GET\",\"path\":\"/api/v1/folders\",\"times\":2,"
                + "\"fault\":\"status\",\"status\":429,\"retryAfterSeconds\":5}",
                "{\"path\":\"/x\",\"fault\":\"status\",\"status\":503,\"retryAfterDate\":\"2025-03-01T09:05:07Z\"}",
                "{\"path\":\"/x\",\"fault\":\"stall-body\",\"millis\":5,\"afterHandling\":true}",
                "{\"path\":\"/x\",\"fault\":\"delay\",\"millis\":1}")) {
            for (JsonValue mutated : BodyMutationFuzzTest.mutations(Json.createReader(new StringReader(valid))
                    .readValue(), 1)) {
                Reply reply = adminCall("POST", "/_fake/faults", mutated.toString());
                sent++;
                if (reply.status >= 500 || reply.status >= 400 && !reply.hasReferenceErrorShape()) {
                    failures.add(mutated + " answered " + reply.status + ": " + reply.body);
                }
                adminCall("DELETE", "/_fake/faults", null).expect(204);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + sent + " mutated faults answered wrongly");
        assertTrue(sent > 100, sent + " sent");
        fake.api().get("/folders").expect(200);
    }

    @Test
    void reset_over_http_deletes_the_data_and_the_faults() {
        fake.api().post("/folders", "{\"name\":\"gone\"}").expect(201);
        fake.server().faults().next(9).on("GET", "/api/v1/experiments").respond(500);
        adminCall("POST", "/_fake/reset", null).expect(204);
        assertEquals(0, fake.api().get("/folders").expect(200).array().size());
        fake.api().get("/experiments").expect(200);
    }

    @Test
    void the_admin_api_can_be_turned_off() {
        try (FakeCellEngine closed = FakeCellEngine.start(c -> c.adminApi = false)) {
            Reply reply = call(closed, "POST", "/_fake/reset", null);
            assertEquals(404, reply.status);
            assertTrue(reply.error().startsWith("No route for POST /_fake/reset"), reply.body);
        }
    }
}
