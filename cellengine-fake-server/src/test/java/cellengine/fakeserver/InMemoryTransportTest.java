package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-memory transport: raw exchanges, the SDK client on top, streaming both ways, concurrency, failures. */
class InMemoryTransportTest {

    private static FakeCellEngine server;
    private static Transport transport;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start();
        transport = server.inMemoryTransport();
    }

    @AfterAll
    static void stop() {
        transport.close();
        server.close();
    }

    private static TransportRequest.Builder request(String method, String path) {
        return TransportRequest.builder(method, URI.create(server.baseUrl() + "/api/v1" + path))
                .header("Authorization", "Bearer " + server.token());
    }

    private static String text(TransportResponse response) throws IOException {
        try (response) {
            return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_sdk_client_creates_and_lists_experiments_with_no_socket() {
        try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token())
                .transport(transport).build()) {
            Experiment created = client.postExperiment("in-memory " + System.nanoTime());
            assertTrue(client.getExperiments().stream().anyMatch(e -> e.id().equals(created.id())),
                    "getExperiments() lists the experiment just created");
            assertEquals(created.name(), client.getExperimentByName(created.name()).name());
        }
    }

    @Test
    void status_headers_and_error_bodies_arrive_as_the_server_sent_them() throws Exception {
        TransportResponse missing = transport.send(request("GET", "/experiments/" + "0".repeat(24))
                .header("X-Request-Id", "trace-me-1").build());
        assertEquals(404, missing.status());
        assertEquals("trace-me-1", missing.headers().firstValue("x-request-id").orElseThrow());
        assertTrue(missing.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(text(missing).contains("\"error\""), "404 carries an error body");

        TransportResponse anonymous = transport.send(TransportRequest.builder("GET",
                URI.create(server.baseUrl() + "/api/v1/folders")).build());
        assertEquals(401, anonymous.status());
        assertEquals("Unauthorized", text(anonymous));

        TransportResponse deleted = transport.send(request("DELETE", "/folders/" + postFolder("gone")).build());
        assertEquals(204, deleted.status());
        assertEquals("", text(deleted));
    }

    @Test
    void a_large_body_of_unknown_length_streams_up_and_the_echo_streams_down() throws Exception {
        int size = 900 * 1024 + 17;   // over the pump's window of chunks, under Javalin's 1 MB body limit
        String name = "n".repeat(size);
        InputStream json = new SequenceInputStream(new SequenceInputStream(
                stream("{\"name\":\""), new RepeatingInput('n', size)), stream("\"}"));
        TransportResponse created = transport.send(request("POST", "/experiments")
                .header("Content-Type", "application/json")
                .body(RequestBody.ofStream(json, -1, "application/json")).build());
        assertEquals(201, created.status(), () -> "POST answered " + created.status());
        JsonObject body;
        try (created; var reader = Json.createReader(created.body())) {
            body = reader.readObject();
        }
        assertEquals(name, body.getString("name"), "the name survives the round trip byte for byte");

        TransportResponse fetched = transport.send(request("GET", "/experiments/" + body.getString("_id"))
                .build());
        try (fetched; InputStream in = fetched.body()) {
            long total = 0;
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
            assertTrue(total > size, "the whole experiment came back, " + total + " bytes");
        }
    }

    @Test
    void concurrent_requests_use_separate_connections_and_all_succeed() throws Exception {
        String tag = "conc-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String body = "{\"name\":\"" + tag + "-" + i + "\"}";
                results.add(pool.submit(() -> {
                    try (TransportResponse r = transport.send(request("POST", "/folders")
                            .body(RequestBody.ofString(body, "application/json")).build())) {
                        r.body().readAllBytes();
                        return r.status();
                    }
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        String list = text(transport.send(request("GET", "/folders").build()));
        int count = list.split(tag, -1).length - 1;
        assertEquals(64, count, "every concurrently created folder is listed once");
    }

    @Test
    void a_body_that_ends_before_its_declared_length_fails_with_an_io_error_naming_the_counts() {
        RequestBody shortBody = RequestBody.ofInputStream(() -> stream("{\"name\":\"x\"}"), 500_000,
                "application/json");
        IOException e = assertThrows(IOException.class, () -> transport.send(request("POST", "/folders")
                .body(shortBody).build()).close());
        assertTrue(e.getMessage().contains("13 of the 500000 bytes") || e.getMessage().contains("ended"),
                e.getMessage());
    }

    @Test
    void headers_the_transport_owns_are_refused_by_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> transport.send(
                request("GET", "/folders").header("Content-Length", "3").build()));
        assertTrue(e.getMessage().contains("Content-Length"), e.getMessage());
    }

    @Test
    void a_closed_server_is_reported_as_a_connect_failure_not_a_hang() throws Exception {
        FakeCellEngine other = FakeCellEngine.start();
        Transport t = other.inMemoryTransport();
        other.close();
        ConnectException e = assertThrows(ConnectException.class, () -> t.send(TransportRequest.builder("GET",
                URI.create(other.baseUrl() + "/api/v1/folders")).build()));
        assertTrue(e.getMessage().contains("stopped"), e.getMessage());
        assertTrue(t.describe().startsWith("in-memory"), t.describe());
        t.close();
        assertThrows(IllegalStateException.class, () -> t.send(TransportRequest.builder("GET",
                URI.create(other.baseUrl() + "/api/v1/folders")).build()));
    }

    private static String postFolder(String name) throws IOException, InterruptedException {
        try (TransportResponse r = transport.send(request("POST", "/folders")
                .body(RequestBody.ofString("{\"name\":\"" + name + "\"}", "application/json")).build());
             var reader = Json.createReader(r.body())) {
            return reader.readObject().getString("_id");
        }
    }

    private static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code count} copies of one byte, generated on the fly. */
    private static final class RepeatingInput extends InputStream {
        private final byte value;
        private long left;

        RepeatingInput(char value, long count) {
            this.value = (byte) value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }
}
