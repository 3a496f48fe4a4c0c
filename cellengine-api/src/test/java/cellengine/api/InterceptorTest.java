package cellengine.api;

import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportResponse;
import cellengine.testing.wire.ManualClock;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public {@link Interceptor}: its order, its place inside the retry loop, short-circuits and its rules. */
class InterceptorTest {

    private static final String TOKEN = "tok-interceptor-91a";

    private final ManualClock time = new ManualClock();
    private final ScriptedTransport transport = new ScriptedTransport();

    private CellEngineBuilder builder() {
        return CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN).transport(transport)
                .retryPolicy(policy(time).build());
    }

    private static Interceptor header(String name, String value) {
        return chain -> chain.proceed(chain.request().withHeaders(chain.request().headers().toBuilder()
                .set(name, value).build()));
    }

    @Test
    void a_gateway_header_added_by_an_interceptor_reaches_the_transport_with_the_standard_headers_and_auth() {
        List<Headers> seen = new CopyOnWriteArrayList<>();
        transport.thenStatus(200, "[]");
        try (CellEngine client = builder().addInterceptor(header("X-Gateway-Key", "gw-1"))
                .addInterceptor(chain -> {
                    seen.add(chain.request().headers());
                    return chain.proceed(chain.request());
                }).build()) {
            client.get("/experiments");
        }
        Headers sent = transport.sent.get(0).request().headers();
        assertEquals("gw-1", sent.firstValue("X-Gateway-Key").orElseThrow());
        // Interceptors run after the standard headers and auth, so they see (and may sign) the whole request.
        Headers atSecond = seen.get(0);
        assertEquals("gw-1", atSecond.firstValue("X-Gateway-Key").orElseThrow(), "the first added runs first");
        assertEquals("token=" + TOKEN, atSecond.firstValue("Cookie").orElseThrow());
        assertTrue(atSecond.firstValue("User-Agent").orElseThrow().startsWith("cellengine-java/"));
        assertTrue(atSecond.contains("X-Request-Id"));
    }

    @Test
    void interceptors_run_on_every_attempt_inside_the_retry_loop_and_see_the_attempt_number() {
        List<Integer> attempts = new ArrayList<>();
        transport.thenStatus(503, "{\"error\":\"busy\"}").thenStatus(503, "{\"error\":\"busy\"}")
                .thenStatus(200, "[]");
        try (CellEngine client = builder().addInterceptor(chain -> {
            attempts.add(chain.attempt());
            return chain.proceed(chain.request());
        }).build()) {
            client.get("/experiments");
        }
        assertEquals(List.of(1, 2, 3), attempts);
        assertEquals(3, transport.attempts());
    }

    @Test
    void an_interceptor_may_answer_without_calling_the_server() {
        try (CellEngine client = builder().addInterceptor(chain -> TransportResponse.of(200,
                Headers.builder().set("Content-Type", "application/json").build(),
                new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)))).build()) {
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, client.get("/experiments"));
        }
        assertEquals(0, transport.attempts(), "a short-circuit never reaches the transport");
    }

    @Test
    void a_short_circuit_answer_is_judged_by_its_status_like_any_other() {
        Interceptor refuse = chain -> TransportResponse.of(403, Headers.empty(),
                new ByteArrayInputStream("{\"error\":\"blocked by policy\"}".getBytes(StandardCharsets.UTF_8)));
        try (CellEngine client = builder().addInterceptor(refuse).build()) {
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> client.get("/experiments"));
            assertTrue(e.getMessage().contains("blocked by policy"), e.getMessage());
        }
    }

    @Test
    void an_io_failure_thrown_by_an_interceptor_is_a_transport_exception_and_is_retried() {
        int[] calls = {0};
        transport.thenStatus(200, "[]");
        try (CellEngine client = builder().addInterceptor(chain -> {
            if (calls[0]++ == 0) {
                throw new IOException("signing service unreachable");
            }
            return chain.proceed(chain.request());
        }).build()) {
            client.get("/experiments");
        }
        assertEquals(2, calls[0]);
        assertEquals(1, transport.attempts());
    }

    @Test
    void calling_proceed_twice_is_an_error_naming_the_interceptor() {
        transport.thenStatus(200, "[]").thenStatus(200, "[]");
        Interceptor twice = new Interceptor() {
            @Override
            public TransportResponse intercept(Chain chain) throws IOException, InterruptedException {
                chain.proceed(chain.request()).close();
                return chain.proceed(chain.request());
            }
        };
        try (CellEngine client = builder().addInterceptor(twice).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.get("/experiments"));
            assertTrue(e.getMessage().contains(twice.getClass().getName()), e.getMessage());
        }
    }

    @Test
    void sign_in_requests_of_the_password_flow_pass_through_the_interceptors_too() {
        transport.thenStatus(200, "{\"token\":\"tok-session-1\",\"userId\":\"5d38a6f79fae87499999a74b\"}")
                .thenStatus(200, "[]");
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9")
                .credentials("ada", "pw-interceptor".toCharArray()).transport(transport)
                .retryPolicy(policy(time).build()).addInterceptor(header("X-Gateway-Key", "gw-2")).build()) {
            client.get("/experiments");
        }
        assertEquals("/api/v1/signin", transport.sent.get(0).request().uri().getPath());
        for (ScriptedTransport.Sent sent : transport.sent) {
            assertEquals("gw-2", sent.request().headers().firstValue("X-Gateway-Key").orElseThrow());
        }
    }

    /** {@return a retry policy on the manual clock, without jitter, so each backoff is exactly its ceiling} */
    private static RetryPolicy.Builder policy(ManualClock time) {
        return RetryPolicy.builder().clock(time).sleeper(time::sleep).jitter(() -> 1.0);
    }
}
