package cellengine.transport.jdk;

import cellengine.api.CellEngine;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link JdkTransport#wrap}: a company's own HttpClient is used as it is, unless it breaks the SDK's rules. */
class WrappedHttpClientTest {

    @Test
    void a_client_that_never_follows_redirects_serves_the_sdk_with_its_own_settings() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            HttpClient company = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(3)).build();
            JdkTransport transport = JdkTransport.wrap(company, Duration.ofSeconds(5));
            assertEquals(Duration.ofSeconds(3), transport.config().connectTimeout());
            assertTrue(transport.describe().startsWith("jdk: a caller's java.net.http.HttpClient"),
                    transport.describe());
            try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:" + server.getAddress()
                    .getPort()).token("tok-wrapped").transport(transport).build()) {
                assertEquals(List.of(), client.getExperiments());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_client_that_follows_redirects_or_stores_cookies_is_refused_naming_the_setting() {
        IllegalArgumentException redirects = assertThrows(IllegalArgumentException.class, () -> JdkTransport.wrap(
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()));
        assertTrue(redirects.getMessage().startsWith("the HttpClient follows redirects (Redirect.NORMAL)"),
                redirects.getMessage());
        assertTrue(redirects.getMessage().contains("followRedirects(HttpClient.Redirect.NEVER)"));
        IllegalArgumentException cookies = assertThrows(IllegalArgumentException.class, () -> JdkTransport.wrap(
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build()));
        assertTrue(cookies.getMessage().startsWith("the HttpClient has a cookie handler (java.net.CookieManager)"),
                cookies.getMessage());
    }
}
