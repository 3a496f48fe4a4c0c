package cellengine.api.spi;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpiValuesTest {

    @Test
    void headers_are_case_insensitive_multi_valued_and_immutable() {
        Headers h = Headers.builder().add("Set-Cookie", "a=1").add("set-cookie", "b=2").set("X-Id", "7").build();
        assertEquals(List.of("a=1", "b=2"), h.allValues("SET-COOKIE"));
        assertEquals("7", h.firstValue("x-id").orElseThrow());
        assertTrue(h.allValues("absent").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> h.map().put("x", List.of()));
        assertEquals(h, Headers.of(Map.of("x-id", List.of("7"), "SET-COOKIE", List.of("a=1", "b=2"))));
        assertThrows(UnsupportedOperationException.class, () -> h.allValues("set-cookie").add("c=3"));
    }

    @Test
    void headers_never_change_after_build_whatever_the_builders_do_next() {
        Headers.Builder builder = Headers.builder().add("Accept", "a/b");
        Headers first = builder.build();
        builder.add("accept", "c/d").set("X-Id", "1");
        Headers second = builder.build();
        builder.remove("Accept").set("X-Id", "2");
        Headers third = builder.build();

        Headers.Builder derived = first.toBuilder();
        Headers same = derived.build();
        derived.add("Accept", "e/f").remove("nothing").set("User-Agent", "t");

        assertEquals(List.of("a/b"), first.allValues("accept"));
        assertEquals(1, first.map().size());
        assertEquals(List.of("a/b", "c/d"), second.allValues("ACCEPT"));
        assertEquals("1", second.firstValue("x-id").orElseThrow());
        assertFalse(third.contains("Accept"));
        assertEquals("2", third.firstValue("X-Id").orElseThrow());
        assertEquals(first, same);
        assertEquals(List.of("a/b", "e/f"), derived.build().allValues("accept"));
        assertEquals(Map.of("Accept", List.of("a/b")), Map.copyOf(first.map()));
    }

    @Test
    void a_header_set_again_takes_the_new_case_and_one_added_again_keeps_the_first() {
        Headers h = Headers.builder().add("x-trace", "1").add("X-TRACE", "2").set("content-type", "a")
                .set("Content-Type", "b").build();
        assertEquals(List.of("Content-Type", "x-trace"), List.copyOf(h.map().keySet()));
    }

    @Test
    void headers_to_string_redacts_credentials() {
        Headers h = Headers.builder().set("Authorization", "Bearer s3cret").set("Cookie", "token=s3cret")
                .set("Set-Cookie", "token=s3cret; Path=/").set("Accept", "application/json").build();
        String text = h.toString();
        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("application/json"), text);
    }

    @Test
    void header_values_with_line_breaks_are_refused_without_echoing_the_value() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Headers.builder().set("Cookie", "token=s3cret\r\nX: y"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Headers.builder().add("Bad Name", "v"));
    }

    @Test
    void replayable_bodies_reopen_from_the_start_with_a_stable_length() throws IOException {
        RequestBody body = RequestBody.ofString("héllo", "text/plain");
        assertEquals(6, body.contentLength());
        assertTrue(body.replayable());
        assertArrayEquals(body.open().readAllBytes(), body.open().readAllBytes());
        assertEquals(6, body.contentLength());
        RequestBody supplied = RequestBody.ofInputStream(() -> new ByteArrayInputStream(new byte[3]), -5);
        assertEquals(-1, supplied.contentLength());
        assertEquals(3, supplied.open().readAllBytes().length);
        assertEquals(3, supplied.open().readAllBytes().length);
    }

    @Test
    void file_bodies_know_their_length() throws IOException {
        Path file = Files.createTempFile("body", ".bin");
        try {
            Files.write(file, new byte[1234]);
            RequestBody body = RequestBody.ofPath(file);
            assertEquals(1234, body.contentLength());
            assertEquals(1234, body.open().readAllBytes().length);
            assertEquals(RequestBody.OCTET_STREAM, body.contentType());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void one_shot_bodies_open_once() throws IOException {
        InputStream in = new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8));
        RequestBody body = RequestBody.ofStream(in, 1);
        assertFalse(body.replayable());
        assertEquals(1, body.open().readAllBytes().length);
        IllegalStateException e = assertThrows(IllegalStateException.class, body::open);
        assertTrue(e.getMessage().contains("one-shot"), e.getMessage());
    }

    @Test
    void transport_requests_check_method_uri_and_timeout() {
        URI uri = URI.create("http://127.0.0.1:1/api/v1/experiments");
        TransportRequest r = TransportRequest.builder("GET", uri).header("Cookie", "token=s3cret")
                .timeout(Duration.ofSeconds(1)).build();
        assertFalse(r.toString().contains("s3cret"), r.toString());
        assertThrows(IllegalArgumentException.class, () -> TransportRequest.builder("get", uri).build());
        assertThrows(IllegalArgumentException.class,
                () -> TransportRequest.builder("GET", URI.create("ftp://x/y")).build());
        assertThrows(IllegalArgumentException.class,
                () -> TransportRequest.builder("GET", uri).timeout(Duration.ZERO));
    }

    @Test
    void transport_config_never_follows_redirects_and_needs_positive_timeouts() {
        TransportConfig c = TransportConfig.defaults();
        assertFalse(c.followRedirects());
        assertEquals(HttpVersion.HTTP_1_1, c.httpVersion());
        assertEquals(HttpVersion.HTTP_2, c.withHttpVersion(HttpVersion.HTTP_2).httpVersion());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.withConnectTimeout(Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().startsWith("connectTimeout"), e.getMessage());
    }

    @Test
    void transport_response_rejects_impossible_statuses() {
        assertThrows(IllegalArgumentException.class,
                () -> TransportResponse.of(42, Headers.empty(), InputStream.nullInputStream()));
        assertEquals(204, TransportResponse.of(204, Headers.empty(), InputStream.nullInputStream()).status());
    }
}
