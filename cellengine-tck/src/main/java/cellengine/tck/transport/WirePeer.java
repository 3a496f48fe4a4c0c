package cellengine.tck.transport;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * A raw HTTP peer on loopback (port 0) for the transport rules, on the JDK's {@code com.sun.net.httpserver}. Routes:
 * <ul>
 *   <li>{@code /status/N}: answers status N with body {@code status N} (none for 204), a repeated header
 *       {@code X-Multi: a} and {@code X-Multi: b};</li>
 *   <li>{@code /echo}: answers 200 with {@code <method> <body length> <body crc32>} and records the request
 *       headers;</li>
 *   <li>{@code /download?bytes=N}: streams N bytes of {@link #pattern} with a Content-Length;</li>
 *   <li>{@code /redirect}: 302 to {@code /target} of this peer, whose hits are counted;</li>
 *   <li>{@code /hang}: never answers until {@link #close()};</li>
 *   <li>{@code /stall}: sends headers and 5 bytes, then stalls until {@link #close()};</li>
 *   <li>{@code /port}: answers the client's source port (one port per connection).</li>
 * </ul>
 */
final class WirePeer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tck-wire-peer");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final CountDownLatch hangArrived = new CountDownLatch(1);
    final List<Map<String, List<String>>> echoedHeaders = new CopyOnWriteArrayList<>();
    final Set<Integer> ports = ConcurrentHashMap.newKeySet();
    final List<String> targetHits = new CopyOnWriteArrayList<>();

    private WirePeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static WirePeer start() {
        try {
            return new WirePeer();
        } catch (IOException e) {
            throw new IllegalStateException("the TCK's wire peer could not start on loopback", e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Waits until a {@code /hang} request has arrived. */
    boolean awaitHang(long seconds) throws InterruptedException {
        return hangArrived.await(seconds, TimeUnit.SECONDS);
    }

    /** The deterministic byte at {@code position} of every generated body. */
    static byte pattern(long position) {
        return (byte) (position * 31 + (position >>> 11));
    }

    /** {@return the CRC-32 of the first {@code length} bytes of the pattern} */
    static long patternCrc(long length) {
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[64 * 1024];
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(chunk.length, length - done);
            fill(chunk, done, n);
            crc.update(chunk, 0, n);
            done += n;
        }
        return crc.getValue();
    }

    static void fill(byte[] chunk, long offset, int n) {
        for (int i = 0; i < n; i++) {
            chunk[i] = pattern(offset + i);
        }
    }

    /** {@return random bytes from a fixed seed, for small bodies} */
    static byte[] seeded(int n) {
        byte[] b = new byte[n];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (path.startsWith("/status/")) {
                int status = Integer.parseInt(path.substring("/status/".length()));
                Headers h = exchange.getResponseHeaders();
                h.add("X-Multi", "a");
                h.add("X-Multi", "b");
                drain(exchange.getRequestBody());
                if (status == 204 || status == 304) {
                    exchange.sendResponseHeaders(status, -1);
                } else {
                    send(exchange, status, "status " + status);
                }
            } else if (path.equals("/echo")) {
                echoedHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
                CRC32 crc = new CRC32();
                long length = 0;
                byte[] buffer = new byte[64 * 1024];
                InputStream in = exchange.getRequestBody();
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    crc.update(buffer, 0, n);
                    length += n;
                }
                send(exchange, 200, exchange.getRequestMethod() + " " + length + " " + crc.getValue());
            } else if (path.equals("/download")) {
                long bytes = Long.parseLong(query.substring("bytes=".length()));
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, bytes);
                OutputStream out = exchange.getResponseBody();
                byte[] chunk = new byte[64 * 1024];
                for (long done = 0; done < bytes; ) {
                    int n = (int) Math.min(chunk.length, bytes - done);
                    fill(chunk, done, n);
                    out.write(chunk, 0, n);
                    done += n;
                }
            } else if (path.equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", uri("/target").toString());
                send(exchange, 302, "moved");
            } else if (path.equals("/target")) {
                targetHits.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().keySet());
                send(exchange, 200, "target");
            } else if (path.equals("/hang")) {
                hangArrived.countDown();
                await();
            } else if (path.equals("/stall")) {
                exchange.sendResponseHeaders(200, 100);
                exchange.getResponseBody().write("stall".getBytes(StandardCharsets.US_ASCII));
                exchange.getResponseBody().flush();
                await();
            } else if (path.equals("/port")) {
                int port = exchange.getRemoteAddress().getPort();
                ports.add(port);
                send(exchange, 200, String.valueOf(port));
            } else {
                send(exchange, 404, "no such peer route: " + path);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (cancellation rules); nothing to answer
        }
    }

    private void await() {
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
