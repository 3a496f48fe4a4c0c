package cellengine.example.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.TransportException;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportProvider;
import cellengine.api.spi.Transports;
import cellengine.fakeserver.FakeCellEngine;
import cellengine.transport.jdk.JdkTransport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery picks the example provider by name; the transport logs each exchange and never a secret. */
class LoggingTransportTest {

    private static FakeCellEngine server;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void discovery_finds_the_provider_in_its_module_and_picks_it_only_by_name() {
        TransportProvider chosen = Transports.select("logging");
        assertEquals(LoggingTransportProvider.class, chosen.getClass());
        assertEquals("cellengine.example.logging", chosen.getClass().getModule().getName(),
                "found as a named module through `provides`");
        assertEquals("jdk", Transports.select(null).name(), "the JDK transport keeps the higher priority");
        String described = Transports.describe();
        assertTrue(described.contains("logging (priority 10, " + LoggingTransportProvider.class.getName()),
                described);
    }

    @Test
    void a_client_built_with_the_name_uses_the_logging_transport_against_the_fake_server() {
        try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token())
                .transportName("logging").build()) {
            client.postFolder("Logged");
            assertEquals("Logged", client.getFolderByName("Logged").name());
            assertTrue(client.toString().contains("logging -> jdk"), client.toString());
        }
    }

    @Test
    void each_exchange_is_one_line_without_query_or_headers() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LoggingTransport transport = new LoggingTransport(new JdkTransport(TransportConfig.defaults()),
                lines::add);
             CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token())
                     .transport(transport).build()) {
            client.getFolders();
            client.getExperiments(cellengine.api.param.ListOptions.builder().limit(1).build());
        }
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("GET http://127\\.0\\.0\\.1:\\d+/api/v1/folders -> 200 in \\d+ ms"),
                lines.get(0));
        assertFalse(String.join("\n", lines).contains(server.token()), "no token in the log");
        assertFalse(lines.get(1).contains("limit"), "no query string in the log: " + lines.get(1));
    }

    @Test
    void a_failed_exchange_is_logged_and_rethrown() {
        List<String> lines = new CopyOnWriteArrayList<>();
        FakeCellEngine stopped = FakeCellEngine.start();
        String baseUrl = stopped.baseUrl();
        stopped.close();
        try (LoggingTransport transport = new LoggingTransport(new JdkTransport(TransportConfig.defaults()),
                lines::add);
             CellEngine client = CellEngine.builder().baseUrl(baseUrl).token("t").transport(transport).build()) {
            assertThrows(TransportException.class, client::getFolders);
        }
        assertTrue(lines.get(0).contains("-> failed after"), lines.toString());
    }
}
