package cellengine.transport.apache;

import cellengine.api.ApiException;
import cellengine.api.CellEngine;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.ProxySetting;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.api.spi.Transports;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Apache transport's own settings on a loopback JDK HttpServer. The HTTP rules every transport passes, and
 * the proxy and TLS rules, run in the TCK against this transport too.
 */
class ApacheTransportTest {

    private static HttpServer server;
    private static final List<String> GATEWAY_KEYS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            GATEWAY_KEYS.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Gateway-Key")));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/v1/odd-status", exchange -> {
            exchange.sendResponseHeaders(799, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void discovery_finds_it_by_name_and_its_priority_is_below_the_jdk_transports_100() {
        assertEquals("apache", Transports.select("apache").name());
        assertInstanceOf(ApacheTransportProvider.class, Transports.select("apache"));
        assertEquals(50, ApacheTransportProvider.PRIORITY);
    }

    @Test
    void a_client_on_it_calls_the_server_and_an_interceptor_header_arrives() {
        try (CellEngine client = CellEngine.builder().baseUrl(base()).token("tok-apache-1").transportName("apache")
                .addInterceptor(chain -> chain.proceed(chain.request().withHeaders(chain.request().headers()
                        .toBuilder().set("X-Gateway-Key", "gw-apache").build()))).build()) {
            assertEquals(List.of(), client.getExperiments());
            assertTrue(client.toString().contains("transport=apache: Apache HttpClient 5.6"), client.toString());
        }
        assertEquals("gw-apache", GATEWAY_KEYS.get(GATEWAY_KEYS.size() - 1));
    }

    @Test
    void http2_is_refused_naming_the_setting_and_the_transport() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApacheTransport(TransportConfig.defaults().withHttpVersion(HttpVersion.HTTP_2)));
        assertTrue(e.getMessage().startsWith("the transport 'apache' cannot honour httpVersion HTTP_2"),
                e.getMessage());
    }

    @Test
    void pool_limits_are_checked_and_described() {
        assertThrows(IllegalArgumentException.class, () -> new ApacheTransport.Pool(4, 5, Duration.ofSeconds(1),
                Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ApacheTransport.Pool(0, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(1)));
        try (ApacheTransport transport = new ApacheTransport(TransportConfig.defaults()
                .withProxy(ProxySetting.of("proxy.example.com:3128")), new ApacheTransport.Pool(8, 2,
                Duration.ofSeconds(5), Duration.ofMinutes(1)))) {
            String line = transport.describe();
            assertTrue(line.contains("pool 8 connections, 2 per route"), line);
            assertTrue(line.contains("proxy: proxy proxy.example.com:3128 (builder)"), line);
        }
    }

    @Test
    void headers_the_transport_sets_itself_are_refused_naming_them() throws Exception {
        try (ApacheTransport transport = new ApacheTransport(TransportConfig.defaults())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> transport.send(
                    TransportRequest.builder("GET", URI.create(base() + "/x")).header("Host", "evil").build()));
            assertEquals("header Host is set by the transport itself and may not be given in a request",
                    e.getMessage());
            try (TransportResponse response = transport.send(TransportRequest.builder("GET",
                    URI.create(base() + "/x")).build())) {
                assertEquals(200, response.status());
                assertEquals("[]", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void a_status_outside_the_registered_range_reaches_the_client_as_the_jdk_transport_hands_it_on() {
        try (CellEngine client = CellEngine.builder().baseUrl(base()).token("t").transportName("apache").build()) {
            ApiException e = assertThrows(ApiException.class, () -> client.get("/odd-status"));
            assertEquals(799, e.status(), e.getMessage());
        }
    }
}
