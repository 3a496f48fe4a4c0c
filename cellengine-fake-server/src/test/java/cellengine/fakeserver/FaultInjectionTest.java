package cellengine.fakeserver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    @Test
    void the_next_n_matching_calls_get_the_status_and_then_the_route_answers_again() {
        Faults.Fault fault = fake.server().faults().next(2).on("GET", "/api/v1/experiments").respond(503);
        assertEquals("Injected fault: next 2 GET /api/v1/experiments: respond 503",
                fake.api().get("/experiments").expect(503).error());
        fake.api().get("/experiments").expect(503);
        fake.api().get("/experiments").expect(200);
        assertEquals(2, fault.triggered());
        assertEquals(0, fault.remaining());
        assertTrue(fake.server().faults().armed().isEmpty());
    }

    @Test
    void a_faulted_answer_still_carries_the_request_id() {
        fake.server().faults().once().on("GET", "/api/v1/folders").respond(500);
        Reply reply = fake.api().send("GET", "/folders", null, "X-Request-Id", "rid-123").expect(500);
        assertEquals("rid-123", reply.header("X-Request-Id"));
    }

    @Test
    void other_methods_and_paths_are_not_affected() {
        fake.server().faults().next(5).on("GET", "/api/v1/experiments/*").respond(503);
        fake.api().get("/experiments").expect(200);
        fake.api().post("/experiments", "{\"name\":\"x\"}").expect(201);
        fake.api().get("/experiments/5f0c3b9e2a1d4c0012345678").expect(503);
        fake.api().get("/experiments/5f0c3b9e2a1d4c0012345678/clone").expect(405);
        assertEquals(1, fake.server().faults().armed().get(0).triggered());
    }

    @Test
    void a_double_star_matches_any_rest_of_the_path() {
        fake.server().faults().next(2).on("*", "/api/v1/**").respond(502);
        fake.api().get("/folders").expect(502);
        fake.api().post("/experiments", "{}").expect(502);
        fake.api().get("/folders").expect(200);
    }

    @Test
    void retry_after_is_sent_in_seconds_or_as_an_http_date() {
        fake.server().faults().once().on("GET", "/api/v1/folders").respondRetryAfter(429, Duration.ofSeconds(3));
        assertEquals("3", fake.api().get("/folders").expect(429).header("Retry-After"));
        fake.server().faults().once().on("GET", "/api/v1/folders")
                .respondRetryAfter(503, Instant.parse("2025-03-01T09:05:07Z"));
        assertEquals("Sat, 01 Mar 2025 09:05:07 GMT", fake.api().get("/folders").expect(503).header("Retry-After"));
    }

    @Test
    void a_delay_holds_the_answer_then_handles_normally() {
        fake.server().faults().once().on("GET", "/api/v1/folders").delay(Duration.ofMillis(300));
        long start = System.nanoTime();
        fake.api().get("/folders").expect(200);
        assertTrue(System.nanoTime() - start >= 300_000_000L, "the answer waited for the delay");
    }

    @Test
    void a_reset_connection_gives_no_answer_changes_nothing_and_the_next_call_works() {
        // A POST: java.net.http itself repeats an idempotent request once when the connection dies before any byte.
        fake.server().faults().once().on("POST", "/api/v1/folders").resetConnection();
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> fake.api().post("/folders", "{\"name\":\"never\"}"));
        assertTrue(fake.server().faults().armed().isEmpty(), "the fault was used up by the failed call: " + e);
        assertEquals(0, fake.api().get("/folders").expect(200).array().size(), "the route never ran");
        fake.api().post("/folders", "{\"name\":\"now\"}").expect(201);
    }

    @Test
    void a_cut_body_promises_the_full_length_and_breaks_off_halfway() throws Exception {
        fake.api().post("/folders", "{\"name\":\"some folder with a long enough name\"}").expect(201);
        fake.server().faults().once().on("GET", "/api/v1/folders").cutBody();
        HttpResponse<InputStream> response = raw("/api/v1/folders");
        assertEquals(200, response.statusCode(), "status and headers arrive");
        long promised = Long.parseLong(response.headers().firstValue("Content-Length").orElseThrow());
        try (InputStream body = response.body()) {
            IOException e = assertThrows(IOException.class, body::readAllBytes);
            assertTrue(promised > 0, e.toString());
        }
        fake.api().get("/folders").expect(200);
    }

    @Test
    void a_stalled_body_arrives_whole_after_the_stall() {
        fake.api().post("/folders", "{\"name\":\"stalled\"}").expect(201);
        fake.server().faults().once().on("GET", "/api/v1/folders").stallBody(Duration.ofMillis(200));
        assertEquals("stalled", fake.api().get("/folders").expect(200).array().getJsonObject(0).getString("name"));
    }

    @Test
    void clearing_the_faults_ends_a_running_stall_at_once() throws Exception {
        fake.server().faults().once().on("GET", "/api/v1/folders").stallBody(Duration.ofMinutes(5));
        HttpResponse<InputStream> response = raw("/api/v1/folders");
        fake.server().faults().clear();
        try (InputStream body = response.body()) {
            assertEquals("[]", new String(body.readAllBytes()));
        }
    }

    @Test
    void after_handling_the_change_is_committed_although_the_client_sees_a_failure() {
        fake.server().faults().once().on("POST", "/api/v1/experiments").afterHandling().respond(503);
        fake.api().post("/experiments", "{\"name\":\"committed\"}").expect(503);
        assertEquals(1, fake.api().get("/experiments").expect(200).array().size());
    }

    @Test
    void after_handling_a_reset_loses_the_answer_of_a_committed_create() {
        fake.server().faults().once().on("POST", "/api/v1/folders").afterHandling().resetConnection();
        assertThrows(UncheckedIOException.class, () -> fake.api().post("/folders", "{\"name\":\"lost answer\"}"));
        assertEquals(1, fake.api().get("/folders").expect(200).array().size());
    }

    @Test
    void reset_clears_the_faults_with_the_data() {
        fake.server().faults().next(3).on("GET", "/api/v1/folders").respond(500);
        fake.server().reset();
        fake.api().get("/folders").expect(200);
    }

    @Test
    void plans_reject_bad_values_naming_them() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fake.server().faults().next(0)).getMessage()
                .startsWith("times"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> fake.server().faults().once().on("GET", "api/v1").respond(503)).getMessage().startsWith("path"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> fake.server().faults().once().respond(200)).getMessage().startsWith("status"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> fake.server().faults().once().on("GET", "/_fake/faults").respond(500)).getMessage()
                .contains("admin API"));
    }

    private static HttpResponse<InputStream> raw(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create(fake.server().baseUrl() + path))
                .header("Authorization", "Bearer " + fake.server().token()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }
}
