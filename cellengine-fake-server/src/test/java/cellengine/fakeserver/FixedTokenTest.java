package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A fixed token for the default user: from the config, the --token flag or CELLENGINE_FAKE_TOKEN. */
class FixedTokenTest {

    private static final String TOKEN = "container-token-0123456789abcdef";

    @Test
    void a_configured_token_authenticates_the_default_user_and_sign_in_still_issues_new_ones() {
        try (FakeCellEngine server = FakeCellEngine.start(c -> c.token = TOKEN)) {
            assertEquals(TOKEN, server.token());
            Api.of(server).get("/experiments").expect(200);
            String issued = Api.of(server).post("/signin", "{\"username\":\"" + server.username()
                    + "\",\"password\":\"" + server.password() + "\"}").expect(200).object().getString("token");
            assertFalse(issued.equals(TOKEN));
        }
    }

    @Test
    void the_flag_wins_over_the_environment_variable_and_neither_means_random() {
        assertEquals("from-the-variable-1234", Main.parse(new String[0], "from-the-variable-1234").token);
        assertEquals(TOKEN, Main.parse(new String[] {"--token", TOKEN}, "from-the-variable-1234").token);
        assertNull(Main.parse(new String[0], null).token);
        assertNull(Main.parse(new String[0], "  ").token);
    }

    @Test
    void a_malformed_token_is_refused_without_echoing_it() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Main.parse(new String[] {"--token", "short;secret"}, null));
        assertTrue(e.getMessage().startsWith("token must be"), e.getMessage());
        assertFalse(e.getMessage().contains("short;secret"), "the token is not echoed");
    }

    @Test
    void the_health_probe_accepts_a_running_server_and_rejects_a_closed_port() {
        String url;
        try (FakeCellEngine server = FakeCellEngine.start()) {
            url = server.baseUrl() + "/api/v1/experiments";
            assertTrue(cellengine.fakeserver.internal.HealthProbeAccess.healthy(url), "401 counts as alive");
        }
        assertFalse(cellengine.fakeserver.internal.HealthProbeAccess.healthy(url));
    }
}
