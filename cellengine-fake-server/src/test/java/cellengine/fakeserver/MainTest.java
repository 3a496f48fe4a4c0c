package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void arguments_set_port_host_and_seed_with_port_8080_by_default() {
        assertEquals(8080, Main.parse(new String[0]).port);
        FakeConfig c = Main.parse(new String[] {"--port", "0", "--host", "0.0.0.0", "--seed", "7"});
        assertEquals(0, c.port);
        assertEquals("0.0.0.0", c.host);
        assertEquals(7L, c.seed);
        assertNull(Main.parse(new String[] {"--help"}));
    }

    @Test
    void bad_arguments_name_the_problem() {
        assertEquals("Unknown argument: --prot",
                assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--prot", "1"})).getMessage());
        assertEquals("--port needs a value",
                assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port"})).getMessage());
        assertEquals("--port needs an integer, was \"x\"",
                assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port", "x"})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port", "-3"}))
                .getMessage().startsWith("port must be"));
    }

    @Test
    void the_banner_prints_url_credentials_and_a_working_token() {
        try (FakeCellEngine server = FakeCellEngine.start()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Main.describe(server, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String banner = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(banner.startsWith("Fake CellEngine listening on " + server.baseUrl() + "\n"), banner);
            assertTrue(banner.contains("username: " + server.username()));
            assertTrue(banner.contains("password: " + server.password()));
            assertTrue(banner.contains("token:    " + server.token()));
        }
    }
}
