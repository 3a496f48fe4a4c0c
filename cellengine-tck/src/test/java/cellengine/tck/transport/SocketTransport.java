package cellengine.tck.transport;

import cellengine.api.spi.Headers;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A second, minimal transport, kept in test sources to prove the SPI is pluggable: HTTP/1.1 written by hand over a
 * blocking {@link SocketChannel} (interruptible, unlike a classic socket; {@code HttpURLConnection} was no option
 * because it refuses {@code PATCH}). Keep-alive connections are pooled per host and checked for staleness before
 * reuse. No TLS, no HTTP/2, no proxies.
 */
final class SocketTransport implements Transport {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final TransportConfig config;
    private final Map<String, ConcurrentLinkedDeque<Connection>> idle = new ConcurrentHashMap<>();

    SocketTransport(TransportConfig config) {
        this.config = config;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        URI uri = request.uri();
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("SocketTransport speaks plain http only, was " + uri.getScheme());
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String key = uri.getHost() + ":" + port;
        Connection connection = pooled(key);
        if (connection == null) {
            connection = Connection.open(uri.getHost(), port, config);
        }
        long timeoutMillis = (request.timeout() != null ? request.timeout() : config.requestTimeout()).toMillis();
        try {
            connection.channel.socket().setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis));
            writeRequest(connection, request, key);
            return readResponse(connection, request.method(), key);
        } catch (ClosedByInterruptException e) {
            connection.close();
            Thread.interrupted();
            InterruptedException interrupted = new InterruptedException("interrupted while waiting for " + key);
            interrupted.initCause(e);
            throw interrupted;
        } catch (IOException | RuntimeException e) {
            connection.close();
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for " + key);
            }
            throw e;
        }
    }

    private Connection pooled(String key) {
        ConcurrentLinkedDeque<Connection> deque = idle.get(key);
        for (Connection c; deque != null && (c = deque.pollFirst()) != null; ) {
            if (c.isReusable()) {
                return c;
            }
            c.close();
        }
        return null;
    }

    private void release(String key, Connection c) {
        idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).addFirst(c);
    }

    private static void writeRequest(Connection c, TransportRequest request, String hostHeader) throws IOException {
        URI uri = request.uri();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestBody body = request.body();
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostHeader).append("\r\n");
        request.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-length") || lower.equals("transfer-encoding")
                    || lower.equals("connection")) {
                throw new IllegalArgumentException("header " + name + " is set by the transport itself");
            }
            values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
        });
        boolean chunked = body != null && body.contentLength() < 0;
        if (body == null) {
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                head.append("Content-Length: 0\r\n");
            }
        } else if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else {
            head.append("Content-Length: ").append(body.contentLength()).append("\r\n");
        }
        head.append("\r\n");
        OutputStream out = c.out;
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = body.open()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (n == 0) {
                        continue;
                    }
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write(buffer, 0, n);
                    if (chunked) {
                        out.write(CRLF);
                    }
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        out.flush();
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private TransportResponse readResponse(Connection c, String method, String key) throws IOException {
        String statusLine;
        do {
            statusLine = readLine(c.in);
            if (statusLine == null) {
                throw new EOFException("the server closed the connection before answering");
            }
        } while (statusLine.isEmpty());
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Headers.Builder headers = Headers.builder();
        int total = 0;
        for (String line; (line = readLine(c.in)) != null && !line.isEmpty(); ) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("response headers exceed " + MAX_HEADER_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        if (status >= 100 && status < 200) {
            return readResponse(c, method, key);
        }
        Headers h = headers.build();
        boolean close = h.firstValue("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false);
        InputStream body;
        if (method.equals("HEAD") || status == 204 || status == 304) {
            body = new BodyStream(c, key, 0, false, close);
        } else if (h.firstValue("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                .orElse(false)) {
            body = new BodyStream(c, key, -1, true, close);
        } else if (h.firstValue("Content-Length").isPresent()) {
            body = new BodyStream(c, key, Long.parseLong(h.firstValue("Content-Length").get().strip()), false, close);
        } else {
            body = new BodyStream(c, key, Long.MAX_VALUE, false, true); // until the server closes
        }
        c.channel.socket().setSoTimeout(0); // reads of the body block; the SDK's read timeout closes the stream
        return TransportResponse.of(status, h, body);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; ; ) {
            b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (line.size() > MAX_HEADER_BYTES) {
                throw new IOException("header line longer than " + MAX_HEADER_BYTES + " bytes");
            }
            line.write(b);
        }
    }

    @Override
    public String describe() {
        return "socket: hand-written HTTP/1.1 on SocketChannel (TCK test transport), redirects never followed";
    }

    @Override
    public void close() {
        idle.values().forEach(d -> d.forEach(Connection::close));
        idle.clear();
    }

    /** One keep-alive connection. */
    private static final class Connection {
        final SocketChannel channel;
        final InputStream in;
        final OutputStream out;

        private Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.in = new BufferedInputStream(channel.socket().getInputStream(), 64 * 1024);
            this.out = new BufferedOutputStream(channel.socket().getOutputStream(), 64 * 1024);
        }

        static Connection open(String host, int port, TransportConfig config) throws IOException {
            SocketChannel channel = SocketChannel.open();
            try {
                channel.socket().connect(new InetSocketAddress(host, port),
                        (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()));
                channel.socket().setTcpNoDelay(true);
                return new Connection(channel);
            } catch (SocketTimeoutException e) {
                channel.close();
                ConnectException notConnected = new ConnectException("connect to " + host + ":" + port
                        + " timed out");
                notConnected.initCause(e);
                throw notConnected;
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        }

        /** A pooled connection is reusable when the server has neither closed it nor sent anything unasked. */
        boolean isReusable() {
            try {
                if (in.available() > 0) {
                    return false;
                }
                channel.configureBlocking(false);
                try {
                    return channel.read(ByteBuffer.allocate(1)) == 0;
                } finally {
                    channel.configureBlocking(true);
                }
            } catch (IOException e) {
                return false;
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
    }

    /** A response body: fixed length, chunked, or until close; returns its connection to the pool when read. */
    private final class BodyStream extends InputStream {
        private final Connection c;
        private final boolean chunked;
        private final boolean closeAfter;
        private long remaining;
        private boolean done;
        private boolean closed;
        private final String key;

        BodyStream(Connection c, String key, long length, boolean chunked, boolean closeAfter) {
            this.c = c;
            this.key = key;
            this.chunked = chunked;
            this.closeAfter = closeAfter;
            this.remaining = chunked ? 0 : length;
            this.done = !chunked && length == 0;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("the response body is closed");
            }
            if (done) {
                return -1;
            }
            if (chunked && remaining == 0) {
                String size = readLine(c.in);
                if (size == null) {
                    throw new EOFException("the connection closed inside a chunked body");
                }
                int semicolon = size.indexOf(';');
                remaining = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
                if (remaining == 0) {
                    while (true) {
                        String trailer = readLine(c.in);
                        if (trailer == null || trailer.isEmpty()) {
                            break;
                        }
                    }
                    done = true;
                    return -1;
                }
            }
            int n = c.in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                if (remaining == Long.MAX_VALUE) {
                    done = true;
                    return -1;
                }
                throw new EOFException("the connection closed with " + remaining + " body bytes missing");
            }
            if (remaining != Long.MAX_VALUE) {
                remaining -= n;
            }
            if (remaining == 0) {
                if (chunked) {
                    readLine(c.in); // the CRLF after the chunk
                } else {
                    done = true;
                }
            }
            return n;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (done && !closeAfter) {
                release(key, c);
            } else {
                c.close(); // unread bytes: the connection cannot carry another request
            }
        }
    }
}
