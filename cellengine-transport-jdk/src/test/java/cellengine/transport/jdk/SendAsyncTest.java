package cellengine.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link JdkTransport#sendAsync}: HttpClient's non-blocking send, with the failures of the blocking one. */
class SendAsyncTest {

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

    @Test
    void send_async_completes_with_the_response_without_using_the_given_executor() throws Exception {
        server.script(r -> Reply.json(201, "{\"echo\":\"" + r.bodyText() + "\"}"));
        AtomicInteger used = new AtomicInteger();
        Executor counting = task -> {
            used.incrementAndGet();
            task.run();
        };
        CompletableFuture<TransportResponse> future = transport.sendAsync(TransportRequest.builder("POST",
                URI.create(server.baseUrl() + "/async")).body(RequestBody.ofString("hi")).build(), counting);
        try (TransportResponse response = future.get()) {
            assertEquals(201, response.status());
            assertEquals("{\"echo\":\"hi\"}", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
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
                URI.create(server.baseUrl() + "/")).header("Host", "elsewhere").build(), Runnable::run);
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("Host"), e.getCause().getMessage());
    }

    @Test
    void client_async_calls_work_over_the_jdk_transport() {
        server.script(r -> Reply.json(200, "[{\"_id\":\"0123456789abcdef01234567\",\"name\":\"A\"}]"));
        try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token("t").build()) {
            assertEquals(List.of("A"), client.async(CellEngine::getExperiments).join().stream().map(e -> e.name()).toList());
        }
    }
}
