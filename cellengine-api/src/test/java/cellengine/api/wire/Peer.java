package cellengine.api.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP peer on loopback (port 0) on the JDK's HttpServer. By default it records each request (body read
 * in full) and answers with the script's reply; a raw handler takes over the exchange for streaming tests.
 */
final class Peer implements AutoCloseable {

    /** One request as it arrived. */
    record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The decoded query parameters, in order (repeated keys keep the last value). */
        Map<String, String> query() {
            Map<String, String> q = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return q;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return q;
        }
    }

    /** A scripted answer. */
    record Reply(int status, String contentType, byte[] body) {

        static Reply json(int status, String json) {
            return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        static Reply bytes(byte[] body) {
            return new Reply(200, "application/octet-stream", body);
        }

        static Reply empty(int status) {
            return new Reply(status, null, new byte[0]);
        }
    }

    /** Answers a request from its record. */
    interface Script {
        Reply answer(Recorded request) throws IOException;
    }

    /** Takes over an exchange entirely. */
    interface RawHandler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-peer");
        t.setDaemon(true);
        return t;
    });
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Script script = r -> Reply.json(500, "{\"error\":\"no script\"}");
    private volatile RawHandler raw;

    Peer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replaces the script and forgets earlier requests. */
    void script(Script next) {
        requests.clear();
        raw = null;
        script = next;
    }

    /** Hands every exchange to a raw handler and forgets earlier requests. */
    void raw(RawHandler handler) {
        requests.clear();
        raw = handler;
    }

    List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    Recorded only() {
        List<Recorded> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        RawHandler handler = raw;
        if (handler != null) {
            try (exchange) {
                handler.handle(exchange);
            }
            return;
        }
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            requests.add(recorded);
            Reply reply = script.answer(recorded);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
