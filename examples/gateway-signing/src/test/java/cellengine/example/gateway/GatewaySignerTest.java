package cellengine.example.gateway;

import cellengine.api.CellEngine;
import cellengine.api.UnauthorizedException;
import cellengine.api.model.Experiment;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.api.spi.Transports;
import cellengine.fakeserver.FakeCellEngine;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signer in front of a real gateway: a loopback server that checks every signature as a gateway would and
 * forwards what passes to the fake CellEngine.
 */
class GatewaySignerTest {

    private static final byte[] SECRET = "gateway-SECRET-0c7d".getBytes(StandardCharsets.UTF_8);

    private static FakeCellEngine cellengine;
    private static HttpServer gateway;
    private static final List<String> refused = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        cellengine = FakeCellEngine.start();
        GatewaySigner checker = new GatewaySigner("team-7", SECRET);
        Transport forward = Transports.select("jdk").create(TransportConfig.defaults());
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String target = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery()
                        == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
                String expected = checker.sign(exchange.getRequestMethod(), target,
                        exchange.getRequestHeaders().getFirst("X-Gateway-Timestamp"),
                        GatewaySigner.bodyHash(body.length == 0 ? null : RequestBody.ofBytes(body, "x/y")));
                if (!expected.equals(exchange.getRequestHeaders().getFirst("X-Gateway-Signature"))
                        || !"team-7".equals(exchange.getRequestHeaders().getFirst("X-Gateway-Key"))) {
                    refused.add(exchange.getRequestMethod() + " " + target);
                    reply(exchange, 401, "{\"error\":\"gateway: bad signature\"}");
                    return;
                }
                TransportRequest.Builder request = TransportRequest.builder(exchange.getRequestMethod(),
                        URI.create(cellengine.baseUrl() + target));
                if (body.length > 0) {
                    request.body(RequestBody.ofBytes(body, exchange.getRequestHeaders().getFirst("Content-Type")));
                }
                for (String name : List.of("Cookie", "Accept")) {
                    String value = exchange.getRequestHeaders().getFirst(name);
                    if (value != null) {
                        request.header(name, value);
                    }
                }
                try (TransportResponse answer = forward.send(request.build())) {
                    reply(exchange, answer.status(), new String(answer.body().readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        gateway.start();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @AfterAll
    static void stop() {
        gateway.stop(0);
        cellengine.close();
    }

    private static String gatewayUrl() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    @Test
    void signed_calls_with_and_without_a_body_pass_the_gateway_and_reach_cellengine() {
        try (CellEngine client = CellEngine.builder().baseUrl(gatewayUrl()).token(cellengine.token())
                .addInterceptor(new GatewaySigner("team-7", SECRET)).build()) {
            Experiment created = client.postExperiment("Behind the gateway");
            assertTrue(client.getExperiments().stream().anyMatch(e -> e.id().equals(created.id())));
        }
    }

    @Test
    void a_wrong_secret_is_refused_by_the_gateway_and_the_caller_sees_its_401() {
        int before = refused.size();
        try (CellEngine client = CellEngine.builder().baseUrl(gatewayUrl()).token(cellengine.token())
                .addInterceptor(new GatewaySigner("team-7", "wrong".getBytes(StandardCharsets.UTF_8))).build()) {
            UnauthorizedException e = assertThrows(UnauthorizedException.class, client::getExperiments);
            assertTrue(e.getMessage().contains("gateway: bad signature"), e.getMessage());
        }
        assertEquals(before + 1, refused.size());
    }

    @Test
    void the_signature_covers_method_target_time_and_body_and_a_stream_is_signed_as_unsigned_payload()
            throws Exception {
        GatewaySigner signer = new GatewaySigner("k", SECRET, Clock.fixed(Instant.ofEpochSecond(1_700_000_000),
                ZoneOffset.UTC));
        TransportRequest request = TransportRequest.builder("POST",
                URI.create("https://gw.example.com/api/v1/experiments?x=1")).body(RequestBody.ofString("{}",
                "application/json")).build();
        String signature = signer.sign("POST", GatewaySigner.target(request), "1700000000",
                GatewaySigner.bodyHash(request.body()));
        assertEquals("/api/v1/experiments?x=1", GatewaySigner.target(request));
        assertFalse(signature.equals(signer.sign("GET", "/api/v1/experiments?x=1", "1700000000",
                GatewaySigner.bodyHash(request.body()))));
        assertEquals(GatewaySigner.UNSIGNED_PAYLOAD, GatewaySigner.bodyHash(RequestBody.ofStream(
                new java.io.ByteArrayInputStream(new byte[3]), 3, "application/octet-stream")));
        assertFalse(signer.toString().contains("SECRET"), signer.toString());
    }
}
