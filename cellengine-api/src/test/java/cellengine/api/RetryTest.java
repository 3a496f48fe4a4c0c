package cellengine.api;

import cellengine.api.param.RawRequest;
import cellengine.api.spi.Headers;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.testing.wire.ManualClock;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryTest {

    private static final String TOKEN = "tok-retry-5c1e";

    private final ManualClock time = new ManualClock();
    private final ScriptedTransport transport = new ScriptedTransport();

    private CellEngine client(Consumer<RetryPolicy.Builder> policy) {
        RetryPolicy.Builder b = policy(time);
        policy.accept(b);
        return CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN).transport(transport)
                .retryPolicy(b.build()).build();
    }

    private CellEngine client() {
        return client(b -> { });
    }

    @Test
    void a_get_answered_503_twice_then_200_succeeds_after_two_backoffs() {
        transport.thenStatus(503, "{\"error\":\"busy\"}").thenStatus(503, "{\"error\":\"busy\"}")
                .thenStatus(200, "[]");
        try (CellEngine client = client()) {
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, client.get("/experiments"));
        }
        assertEquals(3, transport.attempts());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), time.sleeps());
    }

    @Test
    void every_attempt_of_a_call_carries_the_same_request_id() {
        transport.thenStatus(502, "{}").thenStatus(200, "[]");
        try (CellEngine client = client()) {
            client.get("/experiments");
        }
        String first = transport.sent.get(0).request().headers().firstValue("X-Request-Id").orElseThrow();
        assertEquals(first, transport.sent.get(1).request().headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void full_jitter_scales_each_backoff_ceiling_by_the_random_number() {
        transport.thenStatus(500, "{}").thenStatus(500, "{}").thenStatus(200, "[]");
        try (CellEngine client = client(b -> b.jitter(() -> 0.25))) {
            client.get("/experiments");
        }
        assertEquals(List.of(Duration.ofMillis(125), Duration.ofMillis(250)), time.sleeps());
    }

    @Test
    void backoff_ceilings_double_up_to_the_maximum() {
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(500)).build();
        assertEquals(Duration.ofMillis(100), policy.backoffCeiling(1));
        assertEquals(Duration.ofMillis(200), policy.backoffCeiling(2));
        assertEquals(Duration.ofMillis(400), policy.backoffCeiling(3));
        assertEquals(Duration.ofMillis(500), policy.backoffCeiling(4));
        assertEquals(Duration.ofMillis(500), policy.backoffCeiling(60));
    }

    @Test
    void retry_after_in_seconds_replaces_the_backoff() {
        transport.thenStatus(429, "{\"error\":\"slow down\"}", "Retry-After", "7").thenStatus(200, "[]");
        try (CellEngine client = client()) {
            client.get("/folders");
        }
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void retry_after_as_an_http_date_is_read_against_the_injected_clock() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ManualClock.START.plusSeconds(42).atOffset(ZoneOffset.UTC));
        transport.thenStatus(503, "{}", "Retry-After", date).thenStatus(200, "[]");
        try (CellEngine client = client()) {
            client.get("/folders");
        }
        assertEquals(List.of(Duration.ofSeconds(42)), time.sleeps());
    }

    @Test
    void a_retry_after_beyond_the_cap_ends_the_call_and_is_exposed_on_the_exception() {
        transport.thenStatus(429, "{\"error\":\"quota\"}", "Retry-After", "300");
        try (CellEngine client = client(b -> b.maxRetryAfter(Duration.ofSeconds(60)))) {
            TooManyRequestsException e = assertThrows(TooManyRequestsException.class,
                    () -> client.get("/experiments"));
            assertEquals(Duration.ofSeconds(300), e.retryAfter().orElseThrow());
            assertTrue(e.getMessage().contains("retry after 300 s"), e.getMessage());
        }
        assertEquals(1, transport.attempts());
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void when_attempts_run_out_the_last_failure_is_thrown_with_the_earlier_ones_suppressed() {
        for (int i = 0; i < 4; i++) {
            transport.thenStatus(503, "{\"error\":\"down " + i + "\"}", "Retry-After", "1", "X-Request-Id",
                    "srv-" + i);
        }
        try (CellEngine client = client()) {
            ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.get("/experiments"));
            assertEquals(503, e.status());
            assertEquals("down 3", e.serverMessage());
            assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
            assertEquals("srv-3", e.requestId().orElseThrow(), "the server's request id wins");
            assertTrue(e.getMessage().contains("(request id srv-3)"), e.getMessage());
            assertEquals(3, e.getSuppressed().length);
            assertEquals("down 0", ((ApiException) e.getSuppressed()[0]).serverMessage());
        }
        assertEquals(4, transport.attempts());
    }

    @Test
    void retry_policy_none_makes_exactly_one_attempt() {
        transport.thenStatus(503, "{}").thenStatus(200, "[]");
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).retryPolicy(RetryPolicy.none()).build()) {
            assertThrows(ServerErrorException.class, () -> client.get("/experiments"));
        }
        assertEquals(1, transport.attempts());
    }

    @Test
    void statuses_outside_the_retryable_set_are_not_retried() {
        transport.thenStatus(400, "{\"error\":\"\\\"name\\\" must be a string.\"}").thenStatus(200, "[]");
        transport.thenStatus(404, "{\"error\":\"no such\"}");
        try (CellEngine client = client()) {
            assertThrows(BadRequestException.class, () -> client.get("/experiments"));
        }
        assertEquals(1, transport.attempts());
    }

    @Test
    void a_post_is_not_retried_after_a_503_unless_marked_idempotent() {
        transport.thenStatus(503, "{}").thenStatus(201, "{}");
        try (CellEngine client = client()) {
            assertThrows(ServerErrorException.class, () -> client.post("/experiments", Map.of("name", "a")));
        }
        assertEquals(1, transport.attempts());
    }

    @Test
    void a_post_marked_idempotent_is_retried_with_the_same_body() {
        transport.thenStatus(503, "{}").thenFailure(new IOException("connection reset"))
                .thenStatus(200, "{\"ok\":true}");
        try (CellEngine client = client()) {
            JsonValue answer = client.send(RawRequest.post("/experiments/abc/gates/reset").body(Map.of("k", "v"))
                    .idempotent(true).build()).json();
            assertEquals("{\"ok\":true}", answer.toString());
        }
        assertEquals(3, transport.attempts());
        transport.sent.forEach(s -> assertEquals("{\"k\":\"v\"}", s.body()));
    }

    @Test
    void a_patch_marked_idempotent_is_retried() {
        transport.thenStatus(504, "{}").thenStatus(200, "{}");
        try (CellEngine client = client()) {
            client.send(RawRequest.patch("/folders/x").body(Map.of("name", "n")).idempotent(true).build());
        }
        assertEquals(2, transport.attempts());
    }

    @Test
    void a_one_shot_body_is_never_retried_even_when_marked_idempotent() {
        transport.thenStatus(503, "{}").thenStatus(200, "{}");
        RequestBody once = RequestBody.ofStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), 2,
                "application/json");
        try (CellEngine client = client()) {
            assertThrows(ServerErrorException.class, () -> client.send(RawRequest.post("/x").body(once)
                    .idempotent(true).build()));
        }
        assertEquals(1, transport.attempts());
    }

    @Test
    void a_refused_connection_is_retried_even_for_a_post_because_nothing_was_sent() {
        transport.thenFailure(new ConnectException("Connection refused")).thenStatus(201, "{\"_id\":\"e\"}");
        try (CellEngine client = client()) {
            client.post("/experiments", Map.of("name", "once"));
        }
        assertEquals(2, transport.attempts());
    }

    @Test
    void a_broken_connection_is_retried_for_a_get_but_not_for_a_post() {
        transport.thenFailure(new IOException("Connection reset")).thenStatus(200, "[]");
        try (CellEngine client = client()) {
            client.get("/experiments");
        }
        assertEquals(2, transport.attempts());

        ScriptedTransport postTransport = new ScriptedTransport()
                .thenFailure(new IOException("Connection reset")).thenStatus(201, "{}");
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(postTransport).retryPolicy(policy(time).build()).build()) {
            TransportException e = assertThrows(TransportException.class,
                    () -> client.post("/experiments", Map.of("name", "x")));
            assertTrue(e.getMessage().startsWith("POST http://127.0.0.1:9/api/v1/experiments got no answer: "
                    + "IOException: Connection reset (request id "), e.getMessage());
            assertTrue(e.requestId().isPresent());
        }
        assertEquals(1, postTransport.attempts());
    }

    @Test
    void the_call_timeout_stops_retries_that_it_could_not_cover() {
        transport.thenStatus(503, "{}").thenStatus(503, "{}").thenStatus(200, "[]");
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).callTimeout(Duration.ofMillis(1200))
                .retryPolicy(policy(time).build()).build()) {
            ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.get("/experiments"));
            assertEquals(1, e.getSuppressed().length);
        }
        assertEquals(2, transport.attempts(), "500 ms fit in 1.2 s, a further 1 s did not");
        assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
    }

    @Test
    void each_attempt_waits_for_headers_no_longer_than_the_call_timeout_leaves() {
        transport.then(r -> {
            time.advance(Duration.ofMillis(700));
            throw new SocketTimeoutException("timed out");
        }).thenStatus(200, "[]");
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).callTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(30))
                .retryPolicy(policy(time).build()).build()) {
            client.get("/experiments");
        }
        List<Duration> timeouts = transport.sent.stream().map(s -> s.request().timeout()).toList();
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofMillis(800)), timeouts);
    }

    @Test
    void a_call_whose_deadline_passes_during_an_attempt_names_the_call_timeout() {
        transport.then(r -> {
            time.advance(Duration.ofSeconds(3));
            throw new SocketTimeoutException("request timed out");
        });
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).callTimeout(Duration.ofSeconds(2)).retryPolicy(policy(time).build())
                .build()) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("/experiments"));
            assertTrue(e.getMessage().contains("exceeded the call timeout of 2 s (1 attempt)"), e.getMessage());
        }
    }

    @Test
    void an_interrupt_while_waiting_to_retry_ends_the_call_and_keeps_the_flag() {
        transport.thenStatus(503, "{}").thenStatus(200, "[]");
        RetryPolicy policy = policy(time).sleeper(d -> {
            throw new InterruptedException();
        }).build();
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).retryPolicy(policy).build()) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("/experiments"));
            assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
            assertTrue(e.getMessage().contains("interrupted while waiting to retry"), e.getMessage());
            assertInstanceOf(ServerErrorException.class, e.getSuppressed()[0]);
        }
        assertEquals(1, transport.attempts());
    }

    @Test
    void a_stalled_body_fails_with_the_read_timeout_instead_of_hanging() {
        transport.then(r -> TransportResponse.of(200, Headers.empty(),
                new StallingStream("[1,".getBytes(StandardCharsets.UTF_8))));
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).readTimeout(Duration.ofMillis(150)).retryPolicy(RetryPolicy.none())
                .build()) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("/experiments"));
            assertTrue(e.getMessage().contains("failed while reading the 200 response: SocketTimeoutException: "
                    + "no response body bytes arrived for 150 ms (the read timeout)"), e.getMessage());
        }
    }

    @Test
    void a_body_still_arriving_when_the_call_timeout_runs_out_fails_naming_the_call_timeout() {
        transport.then(r -> TransportResponse.of(200, Headers.empty(),
                new StallingStream("[".getBytes(StandardCharsets.UTF_8))));
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                .transport(transport).callTimeout(Duration.ofMillis(200)).retryPolicy(policy(time).build())
                .build()) {
            TransportException e = assertThrows(TransportException.class, () -> client.get("/experiments"));
            assertTrue(e.getMessage().contains("SocketTimeoutException: the call timeout ran out while reading the "
                    + "response body"), e.getMessage());
        }
        assertEquals(1, transport.attempts(), "no time was left for a retry");
    }

    @Test
    void a_custom_status_set_replaces_the_defaults() {
        transport.thenStatus(503, "{}").thenStatus(200, "[]");
        try (CellEngine client = client(b -> b.retryableStatuses(Set.of(500)))) {
            assertThrows(ServerErrorException.class, () -> client.get("/experiments"));
        }
        assertEquals(1, transport.attempts());
    }

    @Test
    void policy_builder_rejects_bad_values_naming_the_parameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0))
                .getMessage().startsWith("maxAttempts"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1))).getMessage()
                .startsWith("initialBackoff"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().retryableStatuses(Set.of(302))).getMessage()
                .startsWith("retryableStatuses"));
        assertTrue(assertThrows(IllegalStateException.class, () -> RetryPolicy.builder()
                .initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(1)).build()).getMessage()
                .contains("initialBackoff"));
        assertFalse(RetryPolicy.none().retries());
        assertEquals(RetryPolicy.defaults().toString(), RetryPolicy.defaults().toBuilder().build().toString());
    }

    @Test
    void the_typed_methods_that_read_or_delete_are_retried() {
        String id = "5f0c3b9e2a1d4c0012345678";
        transport.thenStatus(503, "{}").thenStatus(204, "");
        try (CellEngine client = client()) {
            client.deleteExperiment(id);
        }
        assertEquals(2, transport.attempts());
        TransportRequest sent = transport.sent.get(1).request();
        assertEquals("DELETE", sent.method());
    }

    /** Gives some bytes, then blocks until closed from another thread, as a stalled connection does. */
    private static final class StallingStream extends java.io.InputStream {
        private final byte[] prefix;
        private int position;
        private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

        StallingStream(byte[] prefix) {
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            if (position < prefix.length) {
                return prefix[position++] & 0xff;
            }
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
            throw new IOException("stream closed");
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    /** {@return a retry policy on the manual clock, without jitter, so each backoff is exactly its ceiling} */
    private static RetryPolicy.Builder policy(ManualClock time) {
        return RetryPolicy.builder().clock(time).sleeper(time::sleep).jitter(() -> 1.0);
    }
}
