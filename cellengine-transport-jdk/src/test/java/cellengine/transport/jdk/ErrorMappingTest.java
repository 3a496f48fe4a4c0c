package cellengine.transport.jdk;

import cellengine.api.ApiException;
import cellengine.api.BadRequestException;
import cellengine.api.CellEngine;
import cellengine.api.ConflictException;
import cellengine.api.ForbiddenException;
import cellengine.api.NotFoundException;
import cellengine.api.RetryPolicy;
import cellengine.api.ServerErrorException;
import cellengine.api.TooManyRequestsException;
import cellengine.api.TransportException;
import cellengine.api.UnauthorizedException;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static cellengine.transport.jdk.Fixtures.EXPERIMENT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How answers other than a good 2xx become exceptions. */
class ErrorMappingTest {

    private static ScriptedPeer server;
    private static CellEngine client;

    @BeforeAll
    static void start() {
        server = ScriptedPeer.start();
        client = CellEngine.builder().baseUrl(server.baseUrl()).token("tok-errors")
                .requestTimeout(Duration.ofMillis(500)).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static ApiException failGet(Reply reply) {
        server.script(r -> reply);
        return assertThrows(ApiException.class, () -> client.getExperiment(EXPERIMENT_ID));
    }

    @Test
    void each_documented_status_maps_to_its_exception_type() {
        Map<Integer, Class<? extends ApiException>> expected = Map.of(400, BadRequestException.class,
                401, UnauthorizedException.class, 403, ForbiddenException.class, 404, NotFoundException.class,
                409, ConflictException.class, 429, TooManyRequestsException.class,
                500, ServerErrorException.class, 503, ServerErrorException.class);
        expected.forEach((status, type) -> {
            ApiException e = failGet(Reply.json(status, "{\"error\":\"reason " + status + "\"}"));
            assertEquals(type, e.getClass(), "status " + status);
            assertEquals(status, e.status());
            assertEquals("reason " + status, e.serverMessage());
        });
        ApiException teapot = failGet(Reply.json(418, "{\"error\":\"teapot\"}"));
        assertEquals(ApiException.class, teapot.getClass());
    }

    @Test
    void the_message_names_method_url_status_server_text_and_request_id() {
        ApiException e = failGet(Reply.json(404, "{\"error\":\"Experiment not found.\"}"));
        String sentId = server.only().header("X-Request-Id");
        String url = server.baseUrl() + "/api/v1/experiments/" + EXPERIMENT_ID;
        assertEquals("GET " + url + " answered 404: Experiment not found. (request id " + sentId + ")",
                e.getMessage());
        assertEquals("GET", e.method());
        assertEquals(url, e.url());
        assertEquals(sentId, e.requestId().orElseThrow());
    }

    @Test
    void a_request_id_echoed_by_the_server_is_kept() {
        ApiException e = failGet(Reply.json(500, "{\"error\":\"boom\"}").withHeader("X-Request-Id", "srv-42"));
        assertEquals("srv-42", e.requestId().orElseThrow());
    }

    @Test
    void a_plain_text_401_keeps_its_text() {
        UnauthorizedException e = (UnauthorizedException) failGet(Reply.text(401, "Unauthorized"));
        assertEquals("Unauthorized", e.serverMessage());
        assertTrue(e.getMessage().contains("answered 401: Unauthorized"), e.getMessage());
    }

    @Test
    void a_401_points_at_the_token_setting_without_showing_the_token() {
        UnauthorizedException e = (UnauthorizedException) failGet(Reply.text(401, "Unauthorized"));
        assertTrue(e.getMessage().contains("Check the token: CellEngine.builder().token(...) or "
                + "CELLENGINE_AUTH_TOKEN"), e.getMessage());
        assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
        assertFalse(e.getMessage().contains("tok-errors"), e.getMessage());
    }

    @Test
    void a_401_on_sign_in_points_at_the_user_name_and_password_without_showing_the_password() {
        server.script(r -> Reply.json(401, "{\"error\":\"Incorrect username or password.\"}"));
        try (CellEngine signingIn = CellEngine.builder().baseUrl(server.baseUrl())
                .credentials("ada", "pw-secret-1".toCharArray()).retryPolicy(RetryPolicy.none()).build()) {
            UnauthorizedException e = assertThrows(UnauthorizedException.class, signingIn::signIn);
            assertTrue(e.getMessage().contains("Check the user name and password: CellEngine.builder()"
                    + ".credentials(...), or CELLENGINE_USERNAME and CELLENGINE_PASSWORD"), e.getMessage());
            assertFalse(e.getMessage().contains("pw-secret-1"), e.getMessage());
            assertFalse(e.getMessage().contains("CELLENGINE_AUTH_TOKEN"), e.getMessage());
        }
    }

    @Test
    void retry_after_is_read_from_a_429() {
        TooManyRequestsException e = (TooManyRequestsException) failGet(
                Reply.json(429, "{\"error\":\"slow down\"}").withHeader("Retry-After", "7"));
        assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
        TooManyRequestsException none = (TooManyRequestsException) failGet(Reply.json(429, "{\"error\":\"x\"}"));
        assertTrue(none.retryAfter().isEmpty());
    }

    @Test
    void a_2xx_body_that_is_not_json_is_an_api_exception_naming_the_problem() {
        ApiException e = failGet(Reply.text(200, "<html>maintenance</html>"));
        assertEquals(ApiException.class, e.getClass());
        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("answered 200 but the body is not valid JSON"), e.getMessage());
    }

    @Test
    void an_empty_2xx_body_where_json_is_expected_is_an_api_exception() {
        ApiException e = failGet(Reply.empty(200));
        assertTrue(e.getMessage().contains("the body is empty where JSON was expected"), e.getMessage());
    }

    @Test
    void json_of_the_wrong_shape_is_an_api_exception() {
        server.script(r -> Reply.json(200, "{\"not\":\"a list\"}"));
        ApiException e = assertThrows(ApiException.class, () -> client.getExperiments());
        assertTrue(e.getMessage().contains("expected a JSON array, found an object"), e.getMessage());
        ApiException wrongType = failGet(Reply.json(200, "[1,2]"));
        assertTrue(wrongType.getMessage().contains("does not bind to Experiment"), wrongType.getMessage());
    }

    @Test
    void redirects_are_not_followed() {
        ApiException e = failGet(Reply.empty(302).withHeader("Location", "https://elsewhere.example/api/v1/x"));
        assertEquals(302, e.status());
        assertTrue(e.getMessage().contains("redirect to https://elsewhere.example/api/v1/x not followed"),
                e.getMessage());
        assertEquals(1, server.requests().size(), "the redirect target was never requested");
    }

    @Test
    void a_server_slower_than_the_request_timeout_is_a_transport_exception() {
        server.script(r -> Reply.json(200, "[]").delayedBy(Duration.ofMillis(3000)));
        TransportException e = assertThrows(TransportException.class, () -> client.getFolders());
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals("GET", e.method());
        assertTrue(e.getMessage().startsWith("GET " + server.baseUrl() + "/api/v1/folders got no answer"),
                e.getMessage());
    }

    @Test
    void a_refused_connection_is_a_transport_exception_naming_method_and_url() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CellEngine closedPort = CellEngine.builder().baseUrl("http://127.0.0.1:" + port).token("t").build()) {
            TransportException e = assertThrows(TransportException.class, closedPort::getExperiments);
            assertTrue(e.getMessage().startsWith("GET http://127.0.0.1:" + port + "/api/v1/experiments"),
                    e.getMessage());
            assertInstanceOf(java.io.IOException.class, e.getCause());
        }
    }
}
