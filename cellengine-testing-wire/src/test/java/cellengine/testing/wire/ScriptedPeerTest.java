package cellengine.testing.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The peer checked byte by byte over a plain socket, so what the tests see is what a client's stack would see. */
class ScriptedPeerTest {

    private ScriptedPeer peer;

    @BeforeEach
    void start() {
        peer = ScriptedPeer.start();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void a_scripted_reply_arrives_with_its_status_repeated_headers_in_order_and_body() throws IOException {
        peer.script(r -> Reply.json(201, "{\"ok\":true}").withHeader("X-Multi", "a").withHeader("X-Multi", "b"));
        try (RawClient client = new RawClient(peer)) {
            String response = client.exchange("GET /x HTTP/1.1\r\nHost: peer\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 201 "), response);
            assertTrue(response.matches("(?s).*X-multi: a\r\nX-multi: b\r\n.*"), response);
            assertTrue(response.endsWith("\r\n\r\n{\"ok\":true}"), response);
        }
    }

    @Test
    void a_request_is_recorded_as_it_arrived() throws IOException {
        peer.script(r -> Reply.empty(204));
        try (RawClient client = new RawClient(peer)) {
            client.exchange("PATCH /api/v1/a%20b?q=eq(name,%22x%22)&flag HTTP/1.1\r\nHost: peer\r\n"
                    + "X-Repeat: one\r\nX-Repeat: two\r\nContent-Length: 5\r\n\r\nhello");
        }
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals("/api/v1/a%20b", r.rawPath());
        assertEquals(Map.of("q", "eq(name,\"x\")", "flag", ""), r.query());
        assertEquals(List.of("one", "two"), r.headerValues("x-REPEAT"));
        assertEquals("one", r.header("X-Repeat"));
        assertNull(r.header("X-Absent"));
        assertEquals("hello", r.bodyText());
        assertEquals(5, r.bodyLength());
        assertEquals(crc(r.body()), r.bodyCrc32());
    }

    @Test
    void a_body_beyond_the_recording_limit_keeps_its_length_and_crc_but_not_its_bytes() throws IOException {
        int length = RecordedRequest.RECORDED_BODY_LIMIT + 1000;
        peer.script(r -> Reply.empty(204));
        try (RawClient client = new RawClient(peer)) {
            client.send("POST /big HTTP/1.1\r\nHost: peer\r\nContent-Length: " + length + "\r\n\r\n");
            PatternBytes.stream(length).transferTo(client.out);
            client.readResponse();
        }
        RecordedRequest r = peer.only();
        assertEquals(length, r.bodyLength());
        assertEquals(PatternBytes.crc32(length), r.bodyCrc32());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::body);
        assertTrue(e.getMessage().contains("bodyLength()"), e.getMessage());
    }

    @Test
    void requests_on_one_connection_share_a_client_port_and_a_new_script_forgets_them() throws IOException {
        peer.script(r -> Reply.text(200, "one"));
        try (RawClient client = new RawClient(peer)) {
            client.exchange("GET /1 HTTP/1.1\r\nHost: peer\r\n\r\n");
            client.exchange("GET /2 HTTP/1.1\r\nHost: peer\r\n\r\n");
        }
        List<RecordedRequest> both = peer.requests();
        assertEquals(2, both.size());
        assertEquals(both.get(0).remotePort(), both.get(1).remotePort(), "kept alive: " + both);
        peer.script(r -> Reply.text(200, "two"));
        assertEquals(List.of(), peer.requests());
    }

    @Test
    void a_cut_reply_announces_the_whole_length_and_closes_the_connection_after_the_given_bytes()
            throws IOException {
        peer.script(r -> Reply.pattern(1_000_000).cutAfter(100_000));
        try (RawClient client = new RawClient(peer)) {
            client.send("GET /cut HTTP/1.1\r\nHost: peer\r\n\r\n");
            String head = client.readHead();
            assertTrue(head.contains("Content-length: 1000000"), head);
            byte[] body = client.in.readAllBytes();
            assertArrayEquals(PatternBytes.of(100_000), body, "the first 100,000 bytes, then end of stream");
        }
    }

    @Test
    void a_stalled_reply_sends_the_given_bytes_then_nothing_until_the_peer_closes() throws IOException {
        peer.script(r -> Reply.pattern(100).stallAfter(5));
        try (RawClient client = new RawClient(peer)) {
            client.send("GET /stall HTTP/1.1\r\nHost: peer\r\n\r\n");
            client.readHead();
            assertArrayEquals(PatternBytes.of(5), client.in.readNBytes(5));
            client.socket.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, client.in::read, "nothing follows the five bytes");
            peer.close();
            client.socket.setSoTimeout(10_000);
            assertEquals(-1, readToEndOrReset(client.in), "closing the peer ends the stalled body");
        }
    }

    @Test
    void a_hanging_reply_sends_nothing_but_its_request_is_recorded_at_once() throws Exception {
        peer.script(r -> Reply.hang());
        try (RawClient client = new RawClient(peer)) {
            client.send("GET /hang HTTP/1.1\r\nHost: peer\r\n\r\n");
            assertTrue(peer.awaitRequest(r -> r.rawPath().equals("/hang"), Duration.ofSeconds(20)).isPresent());
            client.socket.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, client.in::read, "no status line");
        }
        assertTrue(peer.awaitRequest(r -> r.rawPath().equals("/never"), Duration.ofMillis(50)).isEmpty());
    }

    @Test
    void a_delayed_reply_comes_no_sooner_than_its_delay() throws IOException {
        peer.script(r -> Reply.text(200, "late").delayedBy(Duration.ofMillis(300)));
        try (RawClient client = new RawClient(peer)) {
            long start = System.nanoTime();
            String response = client.exchange("GET /late HTTP/1.1\r\nHost: peer\r\n\r\n");
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos(), "answered before the delay");
            assertTrue(response.endsWith("late"), response);
        }
    }

    @Test
    void a_dribbled_reply_arrives_whole_in_pieces_with_pauses_between_them() throws IOException {
        peer.script(r -> Reply.pattern(12).dribbled(3, Duration.ofMillis(100)));
        try (RawClient client = new RawClient(peer)) {
            long start = System.nanoTime();
            client.send("GET /slow HTTP/1.1\r\nHost: peer\r\n\r\n");
            client.readHead();
            assertArrayEquals(PatternBytes.of(12), client.in.readNBytes(12));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos(), "three pauses between four pieces");
        }
    }

    @Test
    void a_raw_handler_takes_the_exchange_and_nothing_is_recorded() throws IOException {
        peer.raw(exchange -> {
            byte[] body = ("raw " + exchange.getRequestMethod()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        try (RawClient client = new RawClient(peer)) {
            assertTrue(client.exchange("DELETE /r HTTP/1.1\r\nHost: peer\r\n\r\n").endsWith("raw DELETE"));
        }
        assertEquals(List.of(), peer.requests());
    }

    @Test
    void a_failing_script_answers_500_naming_the_failure_and_an_unscripted_peer_answers_500() throws IOException {
        try (RawClient client = new RawClient(peer)) {
            String unscripted = client.exchange("GET /a HTTP/1.1\r\nHost: peer\r\n\r\n");
            assertTrue(unscripted.startsWith("HTTP/1.1 500 ") && unscripted.contains("no script for GET /a"),
                    unscripted);
            peer.script(r -> {
                throw new IllegalStateException("boom");
            });
            String failed = client.exchange("GET /b HTTP/1.1\r\nHost: peer\r\n\r\n");
            assertTrue(failed.startsWith("HTTP/1.1 500 ") && failed.contains("IllegalStateException: boom"), failed);
        }
    }

    @Test
    void replies_refuse_settings_that_would_not_misbehave() {
        assertThrows(IllegalArgumentException.class, () -> Reply.pattern(10).cutAfter(10));
        assertThrows(IllegalArgumentException.class, () -> Reply.pattern(10).stallAfter(-1));
        assertThrows(IllegalArgumentException.class, () -> Reply.pattern(10).dribbled(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Reply.empty(200).delayedBy(Duration.ofMillis(-1)));
    }

    @Test
    void pattern_bytes_agree_between_the_array_the_stream_and_the_crc() throws IOException {
        int length = 200_000;
        byte[] bytes = PatternBytes.of(length);
        assertArrayEquals(bytes, PatternBytes.stream(length).readAllBytes());
        assertEquals(crc(bytes), PatternBytes.crc32(length));
        assertEquals(256, IntStream.range(0, length).map(i -> bytes[i] & 0xff).distinct().count(),
                "every byte value occurs");
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static int readToEndOrReset(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the rest of what the peer had buffered, if anything
            }
            return -1;
        } catch (IOException reset) {
            return -1;
        }
    }

    /** HTTP/1.1 by hand over one socket: requests go out as written, responses come back as bytes. */
    private static final class RawClient implements AutoCloseable {
        private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: (\\d+)");

        final Socket socket;
        final InputStream in;
        final OutputStream out;

        RawClient(ScriptedPeer peer) throws IOException {
            socket = new Socket("127.0.0.1", peer.uri("/").getPort());
            socket.setSoTimeout(20_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Sends a request and reads one response with a Content-Length (or none). */
        String exchange(String request) throws IOException {
            send(request);
            return readResponse();
        }

        String readResponse() throws IOException {
            String head = readHead();
            Matcher length = CONTENT_LENGTH.matcher(head);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return head + new String(body, StandardCharsets.UTF_8);
        }

        String readHead() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection ended inside the response head: " + head);
                }
                head.write(b);
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
