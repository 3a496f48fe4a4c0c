package cellengine.testing.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * A scripted HTTP/1.1 peer on a free loopback port, on the JDK's {@code com.sun.net.httpserver}. It reads each
 * request to its end, records it as a {@link RecordedRequest}, and answers with the {@link Reply} the current
 * {@link Script} returns; a {@linkplain #raw raw handler} takes whole exchanges instead, for tests that pace the
 * request body themselves. Connections are kept alive between requests, as a real server keeps them.
 *
 * <pre>{@code
 * try (ScriptedPeer peer = ScriptedPeer.start()) {
 *     peer.script(request -> Reply.json(200, "[]"));
 *     // ... call peer.baseUrl() ...
 *     assertEquals("/api/v1/experiments", peer.only().rawPath());
 * }
 * }</pre>
 *
 * <p>Closing the peer ends every hang and stall, then stops the server.
 *
 * @since 0.1
 */
public final class ScriptedPeer implements AutoCloseable {

    /** Answers one recorded request. */
    @FunctionalInterface
    public interface Script {
        /**
         * {@return the reply to a request}
         *
         * @param request the request, body read
         * @throws IOException when the script itself fails; the peer answers 500 naming the failure
         */
        Reply answer(RecordedRequest request) throws IOException;
    }

    private static final int CHUNK = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-peer");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<RecordedRequest> requests = new ArrayList<>();
    private volatile Script script = request -> Reply.text(500, "no script for " + request);
    private volatile HttpHandler raw;

    private ScriptedPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@return a peer listening on a free loopback port, answering 500 until it is scripted} */
    public static ScriptedPeer start() {
        try {
            return new ScriptedPeer();
        } catch (IOException e) {
            throw new UncheckedIOException("the scripted peer could not listen on loopback", e);
        }
    }

    /** {@return the peer's origin, such as {@code http://127.0.0.1:41234}, without a trailing slash} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * {@return an absolute URI on this peer}
     *
     * @param pathAndQuery the path, starting with {@code /}, and an optional query
     */
    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    /**
     * Answers every later request with this script, and forgets the requests recorded so far.
     *
     * @param next the script
     */
    public void script(Script next) {
        synchronized (requests) {
            requests.clear();
        }
        raw = null;
        script = next;
    }

    /**
     * Hands every later exchange to this handler untouched (nothing is read, recorded or answered for it), and
     * forgets the requests recorded so far. For tests that read the request body at their own pace.
     *
     * @param handler the handler; the peer closes each exchange after it returns
     */
    public void raw(HttpHandler handler) {
        synchronized (requests) {
            requests.clear();
        }
        raw = handler;
    }

    /** {@return the requests recorded since the last script, in arrival order} */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * {@return the one request recorded since the last script}
     *
     * @throws AssertionError when there were none or several
     */
    public RecordedRequest only() {
        List<RecordedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    /**
     * Waits until a request that matches has been recorded; a request is recorded before its reply is chosen, so
     * this also sees requests whose reply {@linkplain Reply#hang hangs}.
     *
     * @param matching which request to wait for
     * @param timeout how long to wait at most
     * @return the first matching request, or empty when none came in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public Optional<RecordedRequest> awaitRequest(Predicate<RecordedRequest> matching, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            while (true) {
                Optional<RecordedRequest> found = requests.stream().filter(matching).findFirst();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                requests.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpHandler handler = raw;
            if (handler != null) {
                handler.handle(exchange);
                return;
            }
            RecordedRequest request = record(exchange);
            Reply reply;
            try {
                reply = script.answer(request);
            } catch (IOException | RuntimeException e) {
                reply = Reply.text(500, "the script failed on " + request + ": " + e);
            }
            send(exchange, reply);
        } catch (IOException e) {
            // The client went away, or a cut reply closed the connection on purpose: nothing more to send.
        } catch (InterruptedException e) {
            // The peer is closing.
            Thread.currentThread().interrupt();
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        long length = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                crc.update(buffer, 0, n);
                int keep = (int) Math.max(0, Math.min(n, RecordedRequest.RECORDED_BODY_LIMIT - length));
                kept.write(buffer, 0, keep);
                length += n;
            }
        }
        URI uri = exchange.getRequestURI();
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(),
                uri.getRawQuery(), headers, kept.toByteArray(), length, crc.getValue(),
                exchange.getRemoteAddress().getPort());
        synchronized (requests) {
            requests.add(request);
            requests.notifyAll();
        }
        return request;
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        if (reply.hangs) {
            closing.await();
            return;
        }
        Thread.sleep(reply.delay.toMillis());
        reply.headers.forEach(header -> exchange.getResponseHeaders().add(header.getKey(), header.getValue()));
        long length = reply.content.length();
        // For the JDK's server, -1 means "no body" and 0 would mean "chunked".
        exchange.sendResponseHeaders(reply.status, length == 0 ? -1 : length);
        long stop = reply.stallAfter >= 0 ? reply.stallAfter : reply.cutAfter >= 0 ? reply.cutAfter : length;
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[reply.dribbleBytes > 0 ? reply.dribbleBytes : CHUNK];
        for (long sent = 0; sent < stop; ) {
            int n = (int) Math.min(chunk.length, stop - sent);
            reply.content.fill(sent, chunk, n);
            out.write(chunk, 0, n);
            sent += n;
            if (reply.dribbleBytes > 0 && sent < stop) {
                out.flush();
                Thread.sleep(reply.dribblePause.toMillis());
            }
        }
        out.flush();
        if (reply.stallAfter >= 0) {
            closing.await();
        }
        // A cut reply ends here with bytes missing: closing the exchange then closes the connection.
    }

    /** Ends every hang and stall and stops the server. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
