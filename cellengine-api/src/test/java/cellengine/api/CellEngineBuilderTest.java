package cellengine.api;

import cellengine.api.spi.Headers;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellEngineBuilderTest {

    private static final String TOKEN = "tok-3f9a1c";
    private static final String PASSWORD = "pw-7Qz!x";

    /** Answers every request with 200 and a fixed JSON body, and records what it was sent. */
    private static final class RecordingTransport implements Transport {
        final List<TransportRequest> sent = new ArrayList<>();
        private final String body;

        RecordingTransport(String body) {
            this.body = body;
        }

        @Override
        public synchronized TransportResponse send(TransportRequest request) {
            sent.add(request);
            return TransportResponse.of(200, Headers.empty(),
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void neither_token_nor_user_name_fails_at_build_naming_the_variables() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CellEngine.fromEnvironment(Map.of("CELLENGINE_BASE_URL", "http://127.0.0.1:1")));
        assertTrue(e.getMessage().contains("CELLENGINE_AUTH_TOKEN"), e.getMessage());
        assertTrue(e.getMessage().contains("CELLENGINE_USERNAME"), e.getMessage());
    }

    @Test
    void a_user_name_selects_the_password_flow_even_when_a_token_is_set() {
        RecordingTransport transport = new RecordingTransport("[]");
        try (CellEngine client = CellEngine.builder().environment(Map.of(
                "CELLENGINE_BASE_URL", "http://127.0.0.1:9/",
                "CELLENGINE_AUTH_TOKEN", TOKEN,
                "CELLENGINE_USERNAME", "ada",
                "CELLENGINE_PASSWORD", PASSWORD)).transport(transport).build()) {
            assertEquals("http://127.0.0.1:9", client.baseUrl());
            assertEquals("ada", client.username().orElseThrow());
            assertFalse(client.authenticated(), "the password flow signs in lazily");
            assertTrue(transport.sent.isEmpty(), "building makes no request");
        }
    }

    @Test
    void a_user_name_without_a_password_is_refused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CellEngine.builder()
                .environment(Map.of("CELLENGINE_USERNAME", "ada")));
        assertTrue(e.getMessage().contains("CELLENGINE_PASSWORD"), e.getMessage());
    }

    @Test
    void the_token_flow_makes_no_request_until_the_first_call() {
        RecordingTransport transport = new RecordingTransport("[]");
        try (CellEngine client = CellEngine.builder().environment(Map.of("CELLENGINE_AUTH_TOKEN", TOKEN))
                .transport(transport).build()) {
            assertEquals(CellEngine.DEFAULT_BASE_URL, client.baseUrl());
            assertTrue(client.authenticated());
            assertTrue(client.userId().isEmpty());
            assertTrue(transport.sent.isEmpty());
            assertEquals(List.of(), client.getExperiments());
            assertEquals("https://cellengine.com/api/v1/experiments", transport.sent.get(0).uri().toString());
            assertEquals("token=" + TOKEN, transport.sent.get(0).headers().firstValue("Cookie").orElseThrow());
        }
    }

    @Test
    void base_urls_must_be_http_origins() {
        CellEngineBuilder b = CellEngine.builder();
        for (String bad : List.of("cellengine.com", "ftp://cellengine.com", "https://cellengine.com/api/v1",
                "https://cellengine.com?x=1")) {
            assertThrows(IllegalArgumentException.class, () -> b.baseUrl(bad), bad);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.baseUrl("https://ada:" + PASSWORD + "@cellengine.com"));
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }

    @Test
    void to_string_of_builder_and_client_never_shows_secrets() {
        RecordingTransport transport = new RecordingTransport("[]");
        CellEngineBuilder tokenBuilder = CellEngine.builder().token(TOKEN).bearerToken(true).transport(transport);
        CellEngineBuilder passwordBuilder = CellEngine.builder().credentials("ada", PASSWORD.toCharArray())
                .transport(transport);
        try (CellEngine a = tokenBuilder.build(); CellEngine b = passwordBuilder.build()) {
            for (Object o : List.of(tokenBuilder, passwordBuilder, a, b)) {
                String text = o.toString();
                assertFalse(text.contains(TOKEN) || text.contains(PASSWORD), text);
            }
            assertTrue(a.toString().contains("token (cookie and bearer)"), a.toString());
            assertTrue(b.toString().contains("password for 'ada'"), b.toString());
        }
    }

    @Test
    void network_settings_cannot_be_applied_to_a_transport_given_to_the_builder() {
        RecordingTransport transport = new RecordingTransport("[]");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CellEngine.builder().token(TOKEN)
                .transport(transport).proxy("proxy.example.com:3128").build());
        assertTrue(e.getMessage().startsWith("the proxy setting cannot be applied to a transport given with "
                + "transport(...)"), e.getMessage());
        IllegalStateException tls = assertThrows(IllegalStateException.class, () -> CellEngine.builder()
                .token(TOKEN).transport(transport).caBundle(java.nio.file.Path.of("ca.pem")).build());
        assertTrue(tls.getMessage().startsWith("the caBundle/trustStore/sslContext setting"), tls.getMessage());
    }

    @Test
    void to_string_of_the_builder_shows_network_settings_but_never_their_passwords() {
        CellEngineBuilder builder = CellEngine.builder().token(TOKEN).proxy("proxy.example.com:3128")
                .proxyCredentials("ada", PASSWORD.toCharArray())
                .trustStore(java.nio.file.Path.of("trust.p12"), PASSWORD.toCharArray())
                .clientCertificate(java.nio.file.Path.of("me.p12"), PASSWORD.toCharArray())
                .addInterceptor(chain -> chain.proceed(chain.request()));
        String text = builder.toString();
        assertFalse(text.contains(PASSWORD), text);
        assertTrue(text.contains("proxy=proxy proxy.example.com:3128 (builder)"), text);
        assertTrue(text.contains("proxyCredentials=ProxyCredentials[username=ada, password=<redacted>]"), text);
        assertTrue(text.contains("interceptors=1"), text);
    }

    @Test
    void a_closed_client_refuses_calls_and_leaves_a_given_transport_open() {
        RecordingTransport transport = new RecordingTransport("[]");
        CellEngine client = CellEngine.builder().token(TOKEN).transport(transport).build();
        client.close();
        client.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, client::getFolders);
        assertEquals("this CellEngine client is closed", e.getMessage());
    }

    @Test
    void without_a_transport_build_fails_naming_the_module_to_add() {
        NoTransportException e = assertThrows(NoTransportException.class,
                () -> CellEngine.builder().token(TOKEN).build());
        assertTrue(e.getMessage().contains("cellengine-transport-jdk"), e.getMessage());
    }

    @Test
    void builder_rejects_bad_values_at_once_naming_the_parameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CellEngine.builder().requestTimeout(java.time.Duration.ZERO));
        assertTrue(e.getMessage().startsWith("requestTimeout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CellEngine.builder().token("  "));
        NullPointerException npe = assertThrows(NullPointerException.class, () -> CellEngine.builder().token(null));
        assertEquals("token", npe.getMessage());
    }
}
