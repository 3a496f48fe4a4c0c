package cellengine.transport.jdk;

import cellengine.api.CellEngine;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDK transport on its own: bodies, headers, redirects and timeouts, blocking and asynchronous. */
class JdkTransportTest {

    private static ScriptedPeer server;
    private static Transport transport;

    @BeforeAll
    static void start() {
        server = ScriptedPeer.start();
        transport = new JdkTransportProvider().create(TransportConfig.defaults());
    }

    @AfterAll
    static void stop() {
        transport.close();
        server.close();
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Test
    void the_provider_is_named_jdk_with_priority_100() {
        JdkTransportProvider provider = new JdkTransportProvider();
        assertEquals("jdk", provider.name());
        assertEquals(100, provider.priority());
        Transport http2 = provider.create(TransportConfig.defaults().withHttpVersion(HttpVersion.HTTP_2));
        assertTrue(http2.describe().contains("HTTP/2"), http2.describe());
        assertTrue(transport.describe().contains("HTTP/1.1"), transport.describe());
        assertTrue(transport.describe().contains("redirects never followed"), transport.describe());
    }

    @Test
    void a_body_with_a_known_length_is_sent_with_content_length() throws Exception {
        server.script(r -> Reply.json(201, "{}"));
        byte[] payload = new byte[100_000];
        Arrays.fill(payload, (byte) 'a');
        RequestBody body = RequestBody.ofInputStream(() -> new ByteArrayInputStream(payload), payload.length,
                "application/octet-stream");
        try (TransportResponse response = transport.send(TransportRequest.builder("POST", uri("/upload"))
                .body(body).build())) {
            assertEquals(201, response.status());
            assertEquals("{}", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        RecordedRequest r = server.only();
        assertEquals("100000", r.header("Content-Length"));
        assertNull(r.header("Transfer-Encoding"));
        assertArrayEquals(payload, r.body());
    }

    @Test
    void a_body_of_unknown_length_is_streamed_chunked() throws Exception {
        server.script(r -> Reply.empty(204));
        RequestBody body = RequestBody.ofStream(new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8)),
                -1, "text/plain");
        try (TransportResponse response = transport.send(TransportRequest.builder("PUT", uri("/s")).body(body)
                .build())) {
            assertEquals(204, response.status());
        }
        RecordedRequest r = server.only();
        assertEquals("chunked", r.header("Transfer-Encoding"));
        assertEquals("streamed", r.bodyText());
    }

    @Test
    void a_replayable_request_can_be_sent_twice() throws Exception {
        server.script(r -> Reply.json(200, "{}"));
        TransportRequest request = TransportRequest.builder("PATCH", uri("/p"))
                .body(RequestBody.ofString("{\"a\":1}", "application/json")).build();
        transport.send(request).close();
        transport.send(request).close();
        List<RecordedRequest> all = server.requests();
        assertEquals(2, all.size());
        assertEquals("{\"a\":1}", all.get(1).bodyText());
        assertEquals("PATCH", all.get(1).method());
    }

    @Test
    void restricted_headers_are_refused_naming_the_header() {
        for (String name : List.of("Host", "Connection", "Content-Length", "Expect", "Upgrade")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> transport.send(
                    TransportRequest.builder("GET", uri("/x")).header(name, "1").build()));
            assertTrue(e.getMessage().startsWith("header " + name + " "), e.getMessage());
        }
    }

    @Test
    void redirects_are_returned_not_followed() throws Exception {
        server.script(r -> r.rawPath().equals("/from") ? Reply.empty(301).withHeader("Location", "/to")
                : Reply.json(200, "{}"));
        try (TransportResponse response = transport.send(TransportRequest.builder("GET", uri("/from"))
                .header("Cookie", "token=t").build())) {
            assertEquals(301, response.status());
            assertEquals("/to", response.headers().firstValue("location").orElseThrow());
        }
        assertEquals("/from", server.only().rawPath());
    }

    @Test
    void the_request_timeout_bounds_the_wait_for_headers() {
        server.script(r -> Reply.json(200, "{}").delayedBy(Duration.ofMillis(3000)));
        assertThrows(HttpTimeoutException.class, () -> transport.send(TransportRequest.builder("GET", uri("/slow"))
                .timeout(Duration.ofMillis(200)).build()));
    }

    @Test
    void response_headers_are_case_insensitive_and_multi_valued() throws Exception {
        server.script(r -> Reply.json(200, "{}").withHeader("X-Multi", "a"));
        try (TransportResponse response = transport.send(TransportRequest.builder("GET", uri("/h")).build())) {
            assertEquals("a", response.headers().firstValue("x-multi").orElseThrow());
            assertEquals("application/json", response.headers().firstValue("CONTENT-TYPE").orElseThrow());
        }
    }

    @Test
    void a_closed_transport_refuses_to_send() {
        Transport t = new JdkTransport(TransportConfig.defaults());
        t.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> t.send(TransportRequest.builder("GET", uri("/x")).build()));
        assertFalse(e.getMessage().isEmpty());
    }

    /** {@link JdkTransport#sendAsync}: HttpClient's non-blocking send, with the failures of the blocking one. */
    @Nested
    class SendAsync {

        @Test
        void send_async_completes_with_the_response_without_using_the_given_executor() throws Exception {
            server.script(r -> Reply.json(201, "{\"echo\":\"" + r.bodyText() + "\"}"));
            AtomicInteger used = new AtomicInteger();
            Executor counting = task -> {
                used.incrementAndGet();
                task.run();
            };
            CompletableFuture<TransportResponse> future = transport.sendAsync(TransportRequest.builder("POST",
                    uri("/async")).body(RequestBody.ofString("hi")).build(), counting);
            try (TransportResponse response = future.get()) {
                assertEquals(201, response.status());
                assertEquals("{\"echo\":\"hi\"}",
                        new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals(0, used.get(), "HttpClient.sendAsync needs no thread from the caller's executor");
            assertEquals("/async", server.only().rawPath());
        }

        @Test
        void a_refused_connection_fails_the_future_with_a_connect_exception() throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            CompletableFuture<TransportResponse> future = transport.sendAsync(TransportRequest.builder("GET",
                    URI.create("http://127.0.0.1:" + port + "/")).build(), Runnable::run);
            CompletionException e = assertThrows(CompletionException.class, future::join);
            assertInstanceOf(ConnectException.class, e.getCause(), () -> String.valueOf(e.getCause()));
        }

        @Test
        void a_restricted_header_fails_the_future_instead_of_throwing() {
            CompletableFuture<TransportResponse> future = transport.sendAsync(TransportRequest.builder("GET",
                    uri("/")).header("Host", "elsewhere").build(), Runnable::run);
            CompletionException e = assertThrows(CompletionException.class, future::join);
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("Host"), e.getCause().getMessage());
        }

        @Test
        void client_async_calls_work_over_the_jdk_transport() {
            server.script(r -> Reply.json(200, "[{\"_id\":\"0123456789abcdef01234567\",\"name\":\"A\"}]"));
            try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token("t").build()) {
                assertEquals(List.of("A"), client.async(CellEngine::getExperiments).join().stream()
                        .map(e -> e.name()).toList());
            }
        }
    }
}
