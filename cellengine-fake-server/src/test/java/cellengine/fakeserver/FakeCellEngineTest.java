package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding API: start, defaults, seeds, users, reset and close. Each test owns its servers. */
class FakeCellEngineTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-10-25T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void start_listens_on_a_free_loopback_port_with_a_ready_token_for_the_default_user() {
        try (FakeCellEngine server = FakeCellEngine.start()) {
            assertEquals("http://127.0.0.1:" + server.port(), server.baseUrl());
            assertTrue(server.port() > 0);
            assertEquals(FakeConfig.DEFAULT_USERNAME, server.username());
            assertEquals(FakeConfig.DEFAULT_PASSWORD, server.password());
            assertTrue(server.userId().matches("[0-9a-f]{24}"), server.userId());
            assertTrue(server.token().matches("[0-9a-f]{48}"), "token format");
            Api.of(server).get("/experiments").expect(200);
            assertEquals(server.defaultUser(), server.user("DEMO@example.com").orElseThrow());
        }
    }

    @Test
    void the_same_seed_and_a_fixed_clock_give_the_same_ids_and_tokens() {
        List<String> first = idsAndToken(42L);
        assertEquals(first, idsAndToken(42L));
        assertNotEquals(first, idsAndToken(43L));
        assertTrue(first.get(0).startsWith(Long.toHexString(FIXED.instant().getEpochSecond())), first.get(0));
    }

    private static List<String> idsAndToken(long seed) {
        try (FakeCellEngine server = FakeCellEngine.start(c -> {
            c.seed = seed;
            c.clock = FIXED;
        })) {
            String experiment = Api.of(server).post("/experiments", "{}").expect(201).object().getString("_id");
            return List.of(server.userId(), server.token(), experiment);
        }
    }

    @Test
    void configured_users_and_credentials_are_used() {
        try (FakeCellEngine server = FakeCellEngine.start(c -> {
            c.username = "lab@example.org";
            c.password = "secret-1";
            c.addUser("second@example.org", "secret-2");
        })) {
            assertEquals("lab@example.org", server.username());
            FakeUser second = server.user("second@example.org").orElseThrow();
            Api.of(server).withToken(second.token()).get("/folders").expect(200);
            Api.of(server).withToken(null).post("/signin",
                    "{\"username\":\"lab@example.org\",\"password\":\"secret-1\"}").expect(200);
            assertThrows(IllegalArgumentException.class, () -> server.addUser("SECOND@example.org", "x"));
        }
    }

    @Test
    void bad_options_are_rejected_naming_the_option() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> FakeCellEngine.start(c -> c.port = 70000));
        assertTrue(port.getMessage().startsWith("port must be"), port.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FakeCellEngine.start(c -> c.clock = null))
                .getMessage().startsWith("clock"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FakeCellEngine.start(c -> c.password = ""))
                .getMessage().startsWith("password"));
    }

    @Test
    void a_taken_port_is_an_illegal_state_naming_the_address() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> FakeCellEngine.start(c -> c.port = taken.getLocalPort()));
            assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void reset_deletes_all_data_but_keeps_users_and_tokens() {
        try (FakeCellEngine server = FakeCellEngine.start()) {
            FakeUser added = server.addUser("kept@example.com", "pw");
            Api api = Api.of(server);
            api.post("/experiments", "{}").expect(201);
            api.post("/folders", "{\"name\":\"f\"}").expect(201);
            server.reset();
            assertEquals(0, api.get("/experiments").expect(200).array().size());
            assertEquals(0, api.get("/folders").expect(200).array().size());
            api.withToken(added.token()).get("/experiments").expect(200);
        }
    }

    @Test
    void close_frees_the_port_and_is_idempotent() {
        FakeCellEngine server = FakeCellEngine.start();
        Api api = Api.of(server);
        api.get("/experiments").expect(200);
        server.close();
        server.close();
        assertThrows(UncheckedIOException.class, () -> api.get("/experiments"));
    }
}
