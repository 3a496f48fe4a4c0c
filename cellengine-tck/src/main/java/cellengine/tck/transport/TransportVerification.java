package cellengine.tck.transport;

import cellengine.api.spi.Headers;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.tck.Rule;
import cellengine.tck.RuleDisplayNames;
import cellengine.testing.wire.PatternBytes;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP rules every {@link Transport} must pass, checked on the wire against a scripted loopback peer. Subclass it
 * and return the transport under test from {@link #createTransport}; the kit closes it.
 *
 * <pre>{@code
 * class MyTransportTest extends TransportVerification {
 *     protected Transport createTransport(TransportConfig config) { return new MyTransport(config); }
 * }
 * }</pre>
 *
 * <p>Rule ids start with {@code TRANSPORT-}; see RULES.md. Timing bounds are generous guards against hangs (from
 * {@code CELLENGINE_TCK_TIMEOUT_SECONDS}, default 20), never speed checks.
 *
 * @since 0.1
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(RuleDisplayNames.class)
public abstract class TransportVerification {

    /** Creates the rules; a subclass supplies the transport. */
    protected TransportVerification() {
    }

    /** The size of the large bodies: 32 MiB. */
    protected static final long LARGE = 32L * 1024 * 1024;

    private ScriptedPeer peer;
    private Transport transport;

    /**
     * {@return the transport under test, created with these settings}
     *
     * @param config the connect and request timeouts to honour; redirects are never followed
     */
    protected abstract Transport createTransport(TransportConfig config);

    /** Starts the peer and the transport. */
    @BeforeAll
    public void startPeer() {
        peer = ScriptedPeer.start();
        peer.script(this::answer);
        transport = createTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(30),
                HttpVersion.HTTP_1_1));
    }

    /** Stops both. */
    @AfterAll
    public void stopPeer() {
        if (transport != null) {
            transport.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    /**
     * The peer's routes: {@code /status/N} answers N with a repeated {@code X-Multi} header, {@code /echo} the
     * method, length and CRC-32 of the request body, {@code /download?bytes=N} N pattern bytes, {@code /redirect} a
     * 302 to {@code /target}, {@code /hang} nothing, {@code /stall} 5 of 100 bytes, {@code /port} the client's port.
     */
    private Reply answer(RecordedRequest request) {
        String path = request.rawPath();
        if (path.startsWith("/status/")) {
            int status = Integer.parseInt(path.substring("/status/".length()));
            Reply reply = status == 204 ? Reply.empty(status) : Reply.text(status, "status " + status);
            return reply.withHeader("X-Multi", "a").withHeader("X-Multi", "b");
        }
        return switch (path) {
            case "/echo" -> Reply.text(200, request.method() + " " + request.bodyLength() + " " + request.bodyCrc32());
            case "/download" -> Reply.pattern(Long.parseLong(request.query().get("bytes")));
            case "/redirect" -> Reply.text(302, "moved").withHeader("Location", peer.uri("/target").toString());
            case "/target" -> Reply.text(200, "target");
            case "/hang" -> Reply.hang();
            case "/stall" -> Reply.pattern(100).stallAfter(5);
            case "/port" -> Reply.text(200, String.valueOf(request.remotePort()));
            default -> Reply.text(404, "no such route on the TCK's peer: " + path);
        };
    }

    private List<RecordedRequest> requestsTo(String path) {
        return peer.requests().stream().filter(r -> r.rawPath().equals(path)).toList();
    }

    private static Duration guard() {
        String value = System.getenv("CELLENGINE_TCK_TIMEOUT_SECONDS");
        return Duration.ofSeconds(value == null || value.isBlank() ? 20 : Long.parseLong(value.strip()));
    }

    private TransportRequest.Builder request(String method, String path) {
        return TransportRequest.builder(method, peer.uri(path));
    }

    private static String text(TransportResponse response) throws IOException {
        try (response) {
            return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Rule(id = "TRANSPORT-STATUS-1",
            statement = "every status comes back as a response with that status, never as an exception",
            reference = "SPI `Transport.send`", check = "status handling; 204 without a body")
    void statuses_pass_through() throws Exception {
        for (int status : new int[] {200, 201, 204, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504}) {
            TransportResponse response = transport.send(request("GET", "/status/" + status).build());
            assertEquals(status, response.status(), () -> "GET /status/" + status + " answered the wrong status");
            assertEquals(status == 204 ? "" : "status " + status, text(response),
                    () -> "the body of GET /status/" + status);
        }
    }

    @Rule(id = "TRANSPORT-HEADERS-1",
            statement = "request headers arrive as sent, repeated values in order", reference = "SPI `Headers`",
            check = "header copying, `add` vs `set`")
    void request_headers_arrive() throws Exception {
        text(transport.send(request("GET", "/echo").header("X-Request-Id", "tck-1")
                .header("X-Repeat", "one").header("X-Repeat", "two").header("Accept", "application/json")
                .build()));
        List<RecordedRequest> echoed = requestsTo("/echo");
        Map<String, List<String>> received = echoed.get(echoed.size() - 1).headers();
        assertEquals(List.of("tck-1"), received.get("x-request-id"), () -> "X-Request-Id arrived as " + received);
        assertEquals(List.of("one", "two"), received.get("x-repeat"),
                () -> "both values of a repeated header, in order: " + received);
    }

    @Rule(id = "TRANSPORT-HEADERS-2",
            statement = "response headers come back with every value, names case-insensitive",
            reference = "SPI `Headers`", check = "header copying, pseudo-headers dropped")
    void response_headers_return() throws Exception {
        TransportResponse response = transport.send(request("GET", "/status/200").build());
        text(response);
        Headers headers = response.headers();
        assertEquals(List.of("a", "b"), headers.allValues("x-multi"), () -> "X-Multi came back as " + headers);
        assertEquals(headers.allValues("X-MULTI"), headers.allValues("x-multi"), "header lookup ignores case");
        assertTrue(headers.firstValue("content-type").orElse("").startsWith("text/plain"),
                () -> "Content-Type came back as " + headers);
    }

    @Rule(id = "TRANSPORT-METHOD-1",
            statement = "GET, POST, PUT, PATCH and DELETE arrive with their method and body",
            reference = "docs/wire.md#routes (PATCH updates)", check = "a library that refuses PATCH (HttpURLConnection)")
    void methods_and_bodies_arrive() throws Exception {
        byte[] body = PatternBytes.of(1000);
        CRC32 crc = new CRC32();
        crc.update(body);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            String answer = text(transport.send(request(method, "/echo")
                    .body(RequestBody.ofBytes(body, "application/octet-stream")).build()));
            assertEquals(method + " 1000 " + crc.getValue(), answer, () -> method + " with a 1000-byte body");
        }
        assertEquals("GET 0 0", text(transport.send(request("GET", "/echo").build())), "GET without a body");
    }

    @Rule(id = "TRANSPORT-REDIRECT-1",
            statement = "a 3xx is returned as is and never followed",
            reference = "SPI `TransportConfig.followRedirects`", check = "redirect policy: NEVER")
    void redirects_are_not_followed() throws Exception {
        int hitsBefore = requestsTo("/target").size();
        TransportResponse response = transport.send(request("GET", "/redirect")
                .header("Cookie", "token=tck-secret").header("Authorization", "Bearer tck-secret").build());
        text(response);
        assertEquals(302, response.status(), "the 302 itself must come back");
        assertEquals(peer.uri("/target").toString(), response.headers().firstValue("Location").orElse(null));
        assertEquals(hitsBefore, requestsTo("/target").size(), () -> "the redirect target was requested: "
                + requestsTo("/target") + "; transports must never follow redirects (they would carry credentials)");
    }

    @Rule(id = "TRANSPORT-BODY-1",
            statement = "a 32 MiB upload of known length streams and arrives byte-exact",
            reference = "SPI `RequestBody`", check = "Content-Length, streaming from `open()`")
    void large_upload_known_length() throws Exception {
        String answer = text(transport.send(request("POST", "/echo")
                .body(RequestBody.ofInputStream(() -> PatternBytes.stream(LARGE), LARGE)).build()));
        assertEquals("POST " + LARGE + " " + PatternBytes.crc32(LARGE), answer, "length and CRC-32 of the upload");
    }

    @Rule(id = "TRANSPORT-BODY-2",
            statement = "an upload of unknown length streams and arrives byte-exact",
            reference = "SPI `RequestBody.contentLength`", check = "chunked transfer encoding")
    void upload_unknown_length() throws Exception {
        long size = 3L * 1024 * 1024 + 17;
        String answer = text(transport.send(request("PUT", "/echo")
                .body(RequestBody.ofInputStream(() -> PatternBytes.stream(size), -1)).build()));
        assertEquals("PUT " + size + " " + PatternBytes.crc32(size), answer, "length and CRC-32 of the upload");
    }

    @Rule(id = "TRANSPORT-BODY-3",
            statement = "a 32 MiB download streams and arrives byte-exact", reference = "SPI `TransportResponse.body`",
            check = "buffering whole bodies, early EOF")
    void large_download() throws Exception {
        try (TransportResponse response = transport.send(request("GET", "/download?bytes=" + LARGE).build())) {
            assertEquals(200, response.status());
            CRC32 crc = new CRC32();
            long length = 0;
            byte[] buffer = new byte[64 * 1024];
            InputStream in = response.body();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                crc.update(buffer, 0, n);
                length += n;
            }
            assertEquals(LARGE, length, "bytes downloaded");
            assertEquals(PatternBytes.crc32(LARGE), crc.getValue(), "CRC-32 of the download");
        }
    }

    @Rule(id = "TRANSPORT-TIMEOUT-1",
            statement = "a server that sends no headers within the request timeout is an IOException",
            reference = "SPI `TransportRequest.timeout`", check = "per-request timeout wiring")
    void request_timeout() {
        assertTimeoutPreemptively(guard(), () -> assertThrows(IOException.class,
                () -> transport.send(request("GET", "/hang").timeout(Duration.ofMillis(300)).build()),
                "send() must throw an IOException when no headers arrive within the request's timeout (300 ms)"),
                "send() kept blocking past the request's timeout (300 ms)");
    }

    @Rule(id = "TRANSPORT-CONNECT-1",
            statement = "a refused connection is a java.net.ConnectException", reference = "SPI `Transport.send`",
            check = "wrapping of connect failures (the client retries a POST only then)")
    void refused_is_connect_exception() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/x");
        IOException e = assertTimeoutPreemptively(guard(), () -> assertThrows(IOException.class,
                () -> transport.send(TransportRequest.builder("POST", nowhere)
                        .body(RequestBody.ofString("{}", "application/json")).build())));
        assertInstanceOf(ConnectException.class, e, "the client retries a POST only when it knows nothing was "
                + "sent, which it learns from a ConnectException; got " + e);
    }

    @Rule(id = "TRANSPORT-CANCEL-1",
            statement = "interrupting a thread blocked in send() ends it with InterruptedException",
            reference = "SPI `Transport.send`", check = "non-interruptible blocking I/O")
    void interrupt_ends_send() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        String hang = "/hang?request=" + UUID.randomUUID();
        Thread caller = new Thread(() -> {
            try {
                transport.send(request("GET", hang).build()).close();
                outcome.set(new AssertionError("send() returned"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "tck-cancel");
        caller.start();
        assertTrue(peer.awaitRequest(r -> hang.equals(r.rawPath() + "?" + r.rawQuery()), guard()).isPresent(),
                "the request never reached the peer");
        caller.interrupt();
        caller.join(guard().toMillis());
        assertTrue(!caller.isAlive(), "send() kept blocking after the interrupt");
        assertInstanceOf(InterruptedException.class, outcome.get(), "send() must throw InterruptedException, threw "
                + outcome.get());
    }

    @Rule(id = "TRANSPORT-CANCEL-2",
            statement = "closing a body from another thread unblocks a read blocked on it",
            reference = "SPI `Transport.send`", check = "the client's read timeout closes stalled bodies this way")
    void close_unblocks_read() throws Exception {
        TransportResponse response = transport.send(request("GET", "/stall").build());
        InputStream body = response.body();
        byte[] first = new byte[5];
        int got = 0;
        while (got < 5) {
            got += body.read(first, got, 5 - got);
        }
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Object> blocked = reader.submit(() -> {
                try {
                    return body.read();
                } catch (IOException e) {
                    return e;
                }
            });
            Thread.sleep(200); // let the read block
            response.close();
            Object result = blocked.get(guard().toSeconds(), TimeUnit.SECONDS);
            assertTrue(result instanceof IOException || Integer.valueOf(-1).equals(result),
                    () -> "the blocked read ended with " + result + "; expected -1 or an IOException");
        } finally {
            reader.shutdownNow();
        }
    }

    @Rule(id = "TRANSPORT-REUSE-1",
            statement = "sequential requests whose bodies are read reuse connections", reference = "docs/conventions.md#the-transport-spi",
            check = "the Transport implementation under test")
    void connections_are_reused() throws Exception {
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ports.add(text(transport.send(request("GET", "/port").build())));
        }
        Set<String> connections = Set.copyOf(ports);
        assertTrue(connections.size() <= 2, () -> "10 sequential requests used " + connections.size()
                + " connections (client ports " + ports + "); keep-alive connections must be reused");
    }

    @Rule(id = "TRANSPORT-CONCURRENT-1",
            statement = "concurrent requests from 8 threads all get their own answers",
            reference = "SPI `Transport` (thread-safe)", check = "shared connection state")
    void thread_safe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = 200 + i % 5;
                answers.add(pool.submit(() -> n + ":" + text(transport.send(request("GET", "/status/" + n).build()))));
            }
            for (Future<String> answer : answers) {
                String value = answer.get(guard().toSeconds(), TimeUnit.SECONDS);
                String status = value.substring(0, 3);
                String expected = status.equals("204") ? "" : "status " + status;
                assertEquals(status + ":" + expected, value, "an answer crossed to another request");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Rule(id = "TRANSPORT-DESCRIBE-1",
            statement = "describe() names the transport in one line", reference = "docs/conventions.md#the-transport-spi",
            check = "the Transport implementation under test")
    void describe_is_one_line() {
        String line = transport.describe();
        assertTrue(line != null && !line.isBlank() && !line.contains("\n"), () -> "describe() gave '" + line + "'");
    }
}
