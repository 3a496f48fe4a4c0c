package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The fake over HTTPS with a CA made at start, with and without a required client certificate, read with plain
 * java.net.http (the SDK's reading of the same settings is checked by the TCK's NET rules).
 */
class TlsTest {

    private static SSLContext client(boolean withCertificate) throws Exception {
        TestPki pki = TestPki.shared();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pki.caBundle())) {
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(KeyStore.getInstance(pki.clientKeyStore().toFile(), pki.password()), pki.password());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(withCertificate ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
        return context;
    }

    private static int status(FakeCellEngine server, SSLContext context) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(context).build();
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/experiments"))
                .header("Authorization", "Bearer " + server.token()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void with_tls_the_server_answers_https_with_a_certificate_from_its_test_ca() throws Exception {
        try (FakeCellEngine server = FakeCellEngine.start(c -> c.tls = true)) {
            assertTrue(server.baseUrl().startsWith("https://127.0.0.1:"), server.baseUrl());
            assertEquals(TestPki.shared(), server.pki().orElseThrow());
            assertEquals(200, status(server, client(false)));
        }
    }

    @Test
    void with_a_required_client_certificate_only_a_client_presenting_one_gets_an_answer() throws Exception {
        try (FakeCellEngine server = FakeCellEngine.start(c -> {
            c.tls = true;
            c.requireClientCertificate = true;
        })) {
            assertEquals(200, status(server, client(true)));
            assertThrows(IOException.class, () -> status(server, client(false)));
        }
    }

    @Test
    void a_client_certificate_without_tls_and_the_command_line_flags_are_checked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FakeCellEngine.start(c -> c.requireClientCertificate = true));
        assertEquals("requireClientCertificate needs tls = true", e.getMessage());
        FakeConfig config = Main.parse(new String[] {"--tls", "--tls-client-auth", "--port", "0"});
        assertTrue(config.tls && config.requireClientCertificate);
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--tls-client-auth"}));
    }
}
