package cellengine.transport.jdk;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.CellEngineException;
import cellengine.api.RetryPolicy;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * No exception message, log line (captured at the most detailed level) or {@code toString} contains the token or
 * the password, across success, 401, 404, sign-in failure, a one-time-code failure and a transport failure.
 */
class SecretsTest {

    private static final String TOKEN = "tok-SECRET-6b1f";
    private static final String PASSWORD = "pw-SECRET-e9c2";
    private static final String SESSION_TOKEN = "tok-SECRET-session-77";

    /** System.Logger is backed by java.util.logging here; keep a strong reference so the level sticks. */
    private static final Logger JUL = Logger.getLogger("cellengine.api");
    private static final List<String> LOG = new ArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (LOG) {
                LOG.add(record.getLevel() + " " + record.getMessage() + " " + record.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static ScriptedPeer server;
    private final List<String> texts = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = ScriptedPeer.start();
        JUL.setLevel(Level.ALL);
        CAPTURE.setLevel(Level.ALL);
        JUL.addHandler(CAPTURE);
    }

    @AfterAll
    static void stop() {
        JUL.removeHandler(CAPTURE);
        JUL.setLevel(null);
        server.close();
    }

    private void expectFailure(Executable call) {
        try {
            call.execute();
            fail("expected a CellEngineException");
        } catch (CellEngineException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            texts.add(trace.toString());
        } catch (Throwable t) {
            fail("expected a CellEngineException, got " + t);
        }
    }


    @Test
    void secrets_never_reach_messages_logs_or_to_string() throws IOException {
        // token flow with bearer: success, 404, 401
        server.script(r -> r.rawPath().endsWith("/experiments") ? Reply.json(200, "[]")
                : r.rawPath().endsWith("/folders") ? Reply.text(401, "Unauthorized")
                : Reply.json(404, "{\"error\":\"Experiment not found.\"}"));
        CellEngineBuilder tokenBuilder = CellEngine.builder().baseUrl(server.baseUrl()).token(TOKEN)
                .bearerToken(true);
        texts.add(tokenBuilder.toString());
        try (CellEngine client = tokenBuilder.build()) {
            texts.add(client.toString());
            client.getExperiments();
            expectFailure(() -> client.getExperiment(Fixtures.EXPERIMENT_ID));
            expectFailure(client::getFolders);
        }

        // password flow: sign-in failure, then a one-time-code failure, then success
        server.script(r -> Reply.text(401, "Unauthorized"));
        CellEngineBuilder passwordBuilder = CellEngine.builder().baseUrl(server.baseUrl())
                .credentials("ada", PASSWORD.toCharArray());
        texts.add(passwordBuilder.toString());
        try (CellEngine client = passwordBuilder.build()) {
            expectFailure(client::signIn);
            texts.add(client.toString());
        }
        server.script(r -> Reply.json(400, "{\"error\":\"\\\"otp\\\" is required.\"}"));
        try (CellEngine client = passwordBuilder.build()) {
            expectFailure(client::getExperiments);
        }
        server.script(r -> r.rawPath().equals("/api/v1/signin")
                ? Reply.json(200, "{\"token\":\"" + SESSION_TOKEN + "\",\"userId\":\"" + Fixtures.USER_ID + "\"}")
                        .withHeader("Set-Cookie", "token=" + SESSION_TOKEN + "; Path=/")
                : Reply.json(404, "{\"error\":\"nope\"}"));
        try (CellEngine client = passwordBuilder.build()) {
            client.signIn();
            texts.add(client.toString());
            expectFailure(() -> client.getFolder(Fixtures.FOLDER_ID));
        }

        // transport failure
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RetryPolicy noWaiting = RetryPolicy.builder().sleeper(d -> { }).build();
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:" + port).token(TOKEN)
                .bearerToken(true).retryPolicy(noWaiting).build()) {
            expectFailure(client::getExperiments);
        }

        // retries that run out, with the server's Set-Cookie echoed back
        server.script(r -> Reply.json(503, "{\"error\":\"down\"}").withHeader("Retry-After", "0")
                .withHeader("Set-Cookie", "token=" + SESSION_TOKEN));
        try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(TOKEN).bearerToken(true)
                .retryPolicy(noWaiting).build()) {
            expectFailure(client::getExperiments);
        }

        synchronized (LOG) {
            assertTrue(LOG.stream().anyMatch(l -> l.contains("/api/v1/signin -> 200")),
                    "DEBUG lines were captured: " + LOG);
            assertTrue(LOG.stream().anyMatch(l -> l.contains("failed after")), "the transport failure was logged");
            assertTrue(LOG.stream().anyMatch(l -> l.contains("sending headers {") && l.contains("Cookie=<redacted>")
                    && l.contains("Authorization=<redacted>")), "TRACE lines show redacted credentials: " + LOG);
            assertTrue(LOG.stream().anyMatch(l -> l.contains("received headers {")
                    && l.toLowerCase(Locale.ROOT).contains("set-cookie=<redacted>")
                    && l.toLowerCase(Locale.ROOT).contains("retry-after=0")), "allow-listed values are shown: " + LOG);
            assertTrue(LOG.stream().anyMatch(l -> l.contains("answered 503; retry 3 of 3")), "retries are logged");
            texts.addAll(LOG);
        }
        assertTrue(texts.size() > 15, "enough material was checked: " + texts.size());
        for (String text : texts) {
            for (String secret : List.of(TOKEN, PASSWORD, SESSION_TOKEN)) {
                assertFalse(text.contains(secret), () -> "a secret leaked into: " + text);
            }
        }
    }

    @Test
    void proxy_and_key_store_passwords_never_reach_messages_logs_or_to_string() throws IOException {
        String proxyPassword = "pw-SECRET-proxy-41d";
        String storePassword = "pw-SECRET-store-8a0";
        // A proxy that refuses every request, credentials or not: the JDK offers them, then gives up.
        com.sun.net.httpserver.HttpServer proxy = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"secrets\"");
            exchange.sendResponseHeaders(407, -1);
            exchange.close();
        });
        proxy.start();
        List<String> proxyTexts = new ArrayList<>();
        try {
            RetryPolicy noWaiting = RetryPolicy.builder().sleeper(d -> { }).build();
            CellEngineBuilder builder = CellEngine.builder().baseUrl("http://127.0.0.1:9").token(TOKEN)
                    .retryPolicy(noWaiting).proxy("127.0.0.1:" + proxy.getAddress().getPort())
                    .proxyCredentials("ada", proxyPassword.toCharArray());
            proxyTexts.add(builder.toString());
            try (CellEngine client = builder.build()) {
                proxyTexts.add(client.toString());
                try {
                    client.getExperiments();
                    fail("the proxy refuses everything");
                } catch (CellEngineException e) {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    proxyTexts.add(trace.toString());
                    assertTrue(e.getMessage().contains("refused the credentials of user 'ada'"), e.getMessage());
                }
            }
            java.nio.file.Path notAStore = java.nio.file.Files.createTempFile("secrets", ".p12");
            try {
                CellEngineBuilder tls = CellEngine.builder().token(TOKEN).trustStore(notAStore,
                        storePassword.toCharArray()).clientCertificate(notAStore, storePassword.toCharArray());
                proxyTexts.add(tls.toString());
                IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, tls::build);
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                proxyTexts.add(trace.toString());
            } finally {
                java.nio.file.Files.delete(notAStore);
            }
            proxyTexts.add(cellengine.api.spi.Transports.describe());
        } finally {
            proxy.stop(0);
        }
        synchronized (LOG) {
            proxyTexts.addAll(LOG);
        }
        for (String text : proxyTexts) {
            for (String secret : List.of(TOKEN, proxyPassword, storePassword)) {
                assertFalse(text.contains(secret), () -> "a secret leaked into: " + text);
            }
        }
    }
}
