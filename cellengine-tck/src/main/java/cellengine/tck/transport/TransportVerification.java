package cellengine.tck.transport;

import cellengine.api.spi.Headers;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
 * The HTTP rules every {@link Transport} must pass, checked on the wire against a raw loopback peer. Subclass it and
 * return the transport under test from {@link #createTransport}; the kit closes it.
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
public abstract class TransportVerification {

    /** The size of the large bodies: 32 MiB. */
    protected static final long LARGE = 32L * 1024 * 1024;

    private WirePeer peer;
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
        peer = WirePeer.start();
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

    @Test
    @DisplayName("TRANSPORT-STATUS-1 every status comes back as a response with that status, never as an exception")
    public void required_transportStatus1_statusesPassThrough() throws Exception {
        for (int status : new int[] {200, 201, 204, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504}) {
            TransportResponse response = transport.send(request("GET", "/status/" + status).build());
            assertEquals(status, response.status(), () -> "GET /status/" + status + " answered the wrong status");
            assertEquals(status == 204 ? "" : "status " + status, text(response),
                    () -> "the body of GET /status/" + status);
        }
    }

    @Test
    @DisplayName("TRANSPORT-HEADERS-1 request headers arrive as sent, repeated values in order")
    public void required_transportHeaders1_requestHeadersArrive() throws Exception {
        text(transport.send(request("GET", "/echo").header("X-Request-Id", "tck-1")
                .header("X-Repeat", "one").header("X-Repeat", "two").header("Accept", "application/json")
                .build()));
        var received = peer.echoedHeaders.get(peer.echoedHeaders.size() - 1);
        assertEquals(List.of("tck-1"), received.get("X-request-id"), () -> "X-Request-Id arrived as " + received);
        assertEquals(List.of("one", "two"), received.get("X-repeat"),
                () -> "both values of a repeated header, in order: " + received);
    }

    @Test
    @DisplayName("TRANSPORT-HEADERS-2 response headers come back with every value, names case-insensitive")
    public void required_transportHeaders2_responseHeadersReturn() throws Exception {
        TransportResponse response = transport.send(request("GET", "/status/200").build());
        text(response);
        Headers headers = response.headers();
        assertEquals(List.of("a", "b"), headers.allValues("x-multi"), () -> "X-Multi came back as " + headers);
        assertEquals(headers.allValues("X-MULTI"), headers.allValues("x-multi"), "header lookup ignores case");
        assertTrue(headers.firstValue("content-type").orElse("").startsWith("text/plain"),
                () -> "Content-Type came back as " + headers);
    }

    @Test
    @DisplayName("TRANSPORT-METHOD-1 GET, POST, PUT, PATCH and DELETE arrive with their method and body")
    public void required_transportMethod1_methodsAndBodiesArrive() throws Exception {
        byte[] body = WirePeer.seeded(1000);
        CRC32 crc = new CRC32();
        crc.update(body);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            String answer = text(transport.send(request(method, "/echo")
                    .body(RequestBody.ofBytes(body, "application/octet-stream")).build()));
            assertEquals(method + " 1000 " + crc.getValue(), answer, () -> method + " with a 1000-byte body");
        }
        assertEquals("GET 0 0", text(transport.send(request("GET", "/echo").build())), "GET without a body");
    }

    @Test
    @DisplayName("TRANSPORT-REDIRECT-1 a 3xx is returned as is and never followed")
    public void required_transportRedirect1_redirectsAreNotFollowed() throws Exception {
        int hitsBefore = peer.targetHits.size();
        TransportResponse response = transport.send(request("GET", "/redirect")
                .header("Cookie", "token=tck-secret").header("Authorization", "Bearer tck-secret").build());
        text(response);
        assertEquals(302, response.status(), "the 302 itself must come back");
        assertEquals(peer.uri("/target").toString(), response.headers().firstValue("Location").orElse(null));
        assertEquals(hitsBefore, peer.targetHits.size(), () -> "the redirect target was requested: "
                + peer.targetHits + "; transports must never follow redirects (they would carry credentials)");
    }

    @Test
    @DisplayName("TRANSPORT-BODY-1 a 32 MiB upload of known length streams and arrives byte-exact")
    public void required_transportBody1_largeUploadKnownLength() throws Exception {
        String answer = text(transport.send(request("POST", "/echo")
                .body(RequestBody.ofInputStream(() -> new PatternStream(LARGE), LARGE)).build()));
        assertEquals("POST " + LARGE + " " + WirePeer.patternCrc(LARGE), answer, "length and CRC-32 of the upload");
    }

    @Test
    @DisplayName("TRANSPORT-BODY-2 an upload of unknown length streams and arrives byte-exact")
    public void required_transportBody2_uploadUnknownLength() throws Exception {
        long size = 3L * 1024 * 1024 + 17;
        String answer = text(transport.send(request("PUT", "/echo")
                .body(RequestBody.ofInputStream(() -> new PatternStream(size), -1)).build()));
        assertEquals("PUT " + size + " " + WirePeer.patternCrc(size), answer, "length and CRC-32 of the upload");
    }

    @Test
    @DisplayName("TRANSPORT-BODY-3 a 32 MiB download streams and arrives byte-exact")
    public void required_transportBody3_largeDownload() throws Exception {
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
            assertEquals(WirePeer.patternCrc(LARGE), crc.getValue(), "CRC-32 of the download");
        }
    }

    @Test
    @DisplayName("TRANSPORT-TIMEOUT-1 a server that sends no headers within the request timeout is an IOException")
    public void required_transportTimeout1_requestTimeout() {
        assertTimeoutPreemptively(guard(), () -> assertThrows(IOException.class,
                () -> transport.send(request("GET", "/hang").timeout(Duration.ofMillis(300)).build()),
                "send() must throw an IOException when no headers arrive within the request's timeout (300 ms)"),
                "send() kept blocking past the request's timeout (300 ms)");
    }

    @Test
    @DisplayName("TRANSPORT-CONNECT-1 a refused connection is a java.net.ConnectException")
    public void required_transportConnect1_refusedIsConnectException() throws IOException {
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

    @Test
    @DisplayName("TRANSPORT-CANCEL-1 interrupting a thread blocked in send() ends it with InterruptedException")
    public void required_transportCancel1_interruptEndsSend() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                transport.send(request("GET", "/hang").build()).close();
                outcome.set(new AssertionError("send() returned"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "tck-cancel");
        caller.start();
        assertTrue(peer.awaitHang(guard().toSeconds()), "the request never reached the peer");
        caller.interrupt();
        caller.join(guard().toMillis());
        assertTrue(!caller.isAlive(), "send() kept blocking after the interrupt");
        assertInstanceOf(InterruptedException.class, outcome.get(), "send() must throw InterruptedException, threw "
                + outcome.get());
    }

    @Test
    @DisplayName("TRANSPORT-CANCEL-2 closing a body from another thread unblocks a read blocked on it")
    public void required_transportCancel2_closeUnblocksRead() throws Exception {
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

    @Test
    @DisplayName("TRANSPORT-REUSE-1 sequential requests whose bodies are read reuse connections")
    public void required_transportReuse1_connectionsAreReused() throws Exception {
        peer.ports.clear();
        for (int i = 0; i < 10; i++) {
            text(transport.send(request("GET", "/port").build()));
        }
        assertTrue(peer.ports.size() <= 2, () -> "10 sequential requests used " + peer.ports.size()
                + " connections (client ports " + peer.ports + "); keep-alive connections must be reused");
    }

    @Test
    @DisplayName("TRANSPORT-CONCURRENT-1 concurrent requests from 8 threads all get their own answers")
    public void required_transportConcurrent1_threadSafe() throws Exception {
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

    @Test
    @DisplayName("TRANSPORT-DESCRIBE-1 describe() names the transport in one line")
    public void required_transportDescribe1_describeIsOneLine() {
        String line = transport.describe();
        assertTrue(line != null && !line.isBlank() && !line.contains("\n"), () -> "describe() gave '" + line + "'");
    }

    /** The pattern bytes, generated on the fly: constant memory for any length. */
    static final class PatternStream extends InputStream {
        private final long length;
        private long position;

        PatternStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? WirePeer.pattern(position++) & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = WirePeer.pattern(position + i);
            }
            position += n;
            return n;
        }
    }
}
