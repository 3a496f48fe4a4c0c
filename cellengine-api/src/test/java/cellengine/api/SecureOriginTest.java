package cellengine.api;

import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureOriginTest {

    private static final String TOKEN = "tok-origin-77aa";

    private static CellEngineBuilder builder(String url) {
        return CellEngine.builder().baseUrl(url).token(TOKEN)
                .transport(request -> TransportResponse.of(200, Headers.empty(), new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void plain_http_to_a_remote_host_is_refused_at_build_with_the_way_out() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> builder("http://cellengine.example.org").build());
        assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void plain_http_to_a_remote_host_is_allowed_when_asked_for() {
        try (CellEngine client = builder("http://10.1.2.3:8080").allowInsecureHttp(true).build()) {
            assertEquals("http://10.1.2.3:8080", client.baseUrl());
        }
    }

    @Test
    void https_and_loopback_http_need_no_permission() {
        for (String url : List.of("https://cellengine.com", "http://localhost:8080", "http://127.0.0.1:1",
                "http://127.8.9.10", "http://[::1]:9000")) {
            try (CellEngine client = builder(url).build()) {
                assertEquals(url, client.baseUrl());
            }
        }
    }

    @Test
    void a_host_name_that_merely_starts_like_loopback_is_not_loopback() {
        assertThrows(IllegalStateException.class, () -> builder("http://127.0.0.1.evil.example").build());
        assertThrows(IllegalStateException.class, () -> builder("http://localhost.evil.example").build());
    }
}
