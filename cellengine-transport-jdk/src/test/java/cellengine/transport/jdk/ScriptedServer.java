package cellengine.transport.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted HTTP peer on loopback (port 0) built on the JDK's HttpServer: records every request exactly as it
 * arrived and answers with whatever the current script returns.
 */
final class ScriptedServer implements AutoCloseable {

    /** One request as it arrived on the wire. */
    record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                    byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The scripted answer. */
    record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {

        static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Reply text(int status, String text) {
            return new Reply(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    text.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Reply empty(int status) {
            return new Reply(status, Map.of(), new byte[0], 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new TreeMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delayMillis);
        }

        Reply delayedBy(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Recorded, Reply> script = r -> Reply.text(500, "no script");

    private ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static ScriptedServer start() throws IOException {
        return new ScriptedServer();
    }

    /** Replaces the script and forgets earlier requests. */
    void script(Function<Recorded, Reply> next) {
        requests.clear();
        script = next;
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

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            requests.add(recorded);
            Reply reply = script.apply(recorded);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
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
