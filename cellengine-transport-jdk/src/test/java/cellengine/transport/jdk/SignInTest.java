package cellengine.transport.jdk;

import cellengine.api.BadRequestException;
import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.UnauthorizedException;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The password flow of docs/wire.md#authentication: lazy sign-in, one-time codes, and the token kept afterwards. */
class SignInTest {

    private static final String SIGNED_IN = "{\"token\":\"tok-session-9\",\"userId\":\"" + Fixtures.USER_ID
            + "\",\"admin\":false,\"flags\":{}}";
    private static ScriptedPeer server;

    @BeforeAll
    static void start() {
        server = ScriptedPeer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static CellEngineBuilder passwordClient(String password) {
        return CellEngine.builder().baseUrl(server.baseUrl()).credentials("ada", password.toCharArray());
    }

    /** Answers sign-in as a server with 2FA would: 400 until an otp of 123456 arrives. */
    private static Reply twoFactor(RecordedRequest r) {
        if (r.rawPath().equals("/api/v1/signin")) {
            return r.bodyText().contains("\"otp\":\"123456\"") ? Reply.json(200, SIGNED_IN)
                    : Reply.json(400, "{\"error\":\"\\\"otp\\\" is required.\"}");
        }
        return "token=tok-session-9".equals(r.header("Cookie")) ? Reply.json(200, "[]")
                : Reply.text(401, "Unauthorized");
    }

    @Test
    void the_first_call_signs_in_and_later_calls_present_the_returned_token() {
        server.script(r -> r.rawPath().equals("/api/v1/signin") ? Reply.json(200, SIGNED_IN)
                : Reply.json(200, "[]"));
        try (CellEngine client = passwordClient("pa\"ss\\word").build()) {
            assertFalse(client.authenticated());
            client.getExperiments();
            client.getFolders();
            assertTrue(client.authenticated());
            assertEquals(Fixtures.USER_ID, client.userId().orElseThrow());
        }
        List<RecordedRequest> all = server.requests();
        assertEquals(3, all.size());
        RecordedRequest signIn = all.get(0);
        assertEquals("POST", signIn.method());
        assertEquals("/api/v1/signin", signIn.rawPath());
        assertEquals("{\"username\":\"ada\",\"password\":\"pa\\\"ss\\\\word\"}", signIn.bodyText());
        assertEquals("application/json", signIn.header("Content-Type"));
        assertNull(signIn.header("Cookie"), "sign-in carries no credentials cookie");
        assertEquals("token=tok-session-9", all.get(1).header("Cookie"));
        assertEquals("token=tok-session-9", all.get(2).header("Cookie"));
    }

    @Test
    void a_required_one_time_code_is_asked_for_once_and_sent_with_the_retry() {
        server.script(SignInTest::twoFactor);
        AtomicInteger asked = new AtomicInteger();
        try (CellEngine client = passwordClient("pw").otpSupplier(() -> {
            asked.incrementAndGet();
            return "123456";
        }).build()) {
            client.signIn();
            client.getExperiments();
        }
        assertEquals(1, asked.get());
        List<RecordedRequest> all = server.requests();
        assertEquals(3, all.size());
        assertEquals("{\"username\":\"ada\",\"password\":\"pw\"}", all.get(0).bodyText());
        assertEquals("{\"username\":\"ada\",\"password\":\"pw\",\"otp\":\"123456\"}", all.get(1).bodyText());
    }

    @Test
    void a_required_one_time_code_without_a_supplier_says_how_to_provide_one() {
        server.script(SignInTest::twoFactor);
        try (CellEngine client = passwordClient("pw").build()) {
            BadRequestException e = assertThrows(BadRequestException.class, client::getExperiments);
            assertTrue(e.getMessage().contains("\"otp\" is required."), e.getMessage());
            assertTrue(e.getMessage().contains("otpSupplier"), e.getMessage());
            assertFalse(client.authenticated());
        }
    }

    @Test
    void a_wrong_password_is_unauthorized_and_the_next_call_tries_again() {
        server.script(r -> Reply.text(401, "Unauthorized"));
        try (CellEngine client = passwordClient("wrong").build()) {
            UnauthorizedException e = assertThrows(UnauthorizedException.class, client::getExperiments);
            assertTrue(e.url().endsWith("/api/v1/signin"), e.url());
            assertThrows(UnauthorizedException.class, client::getExperiments);
        }
        assertEquals(2, server.requests().size());
        assertTrue(server.requests().stream().allMatch(r -> r.rawPath().equals("/api/v1/signin")));
    }

    @Test
    void a_token_only_in_set_cookie_is_used() {
        server.script(r -> r.rawPath().equals("/api/v1/signin")
                ? Reply.json(200, "{\"userId\":\"" + Fixtures.USER_ID + "\"}")
                        .withHeader("Set-Cookie", "token=from-cookie; Path=/; HttpOnly")
                : Reply.json(200, "[]"));
        try (CellEngine client = passwordClient("pw").build()) {
            client.getFolders();
        }
        assertEquals("token=from-cookie", server.requests().get(1).header("Cookie"));
    }

    @Test
    void concurrent_first_calls_sign_in_once() throws Exception {
        server.script(r -> r.rawPath().equals("/api/v1/signin") ? Reply.json(200, SIGNED_IN).delayedBy(Duration.ofMillis(200))
                : Reply.json(200, "[]"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (CellEngine client = passwordClient("pw").build()) {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> client.getExperiments().size());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertEquals(0, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long signIns = server.requests().stream().filter(r -> r.rawPath().equals("/api/v1/signin")).count();
        assertEquals(1, signIns);
        assertEquals(7, server.requests().size());
    }

    @Test
    void the_token_flow_never_signs_in() {
        server.script(r -> Reply.json(200, "[]"));
        try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token("t0").build()) {
            client.signIn();
            client.getExperiments();
        }
        assertEquals("/api/v1/experiments", server.only().rawPath());
    }
}
