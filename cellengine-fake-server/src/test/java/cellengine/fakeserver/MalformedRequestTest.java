package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that Jetty refuses before any route sees them (bad URIs, bad or oversized headers, unsupported versions),
 * and oversized bodies, sent as hand-written HTTP/1.1 over one keep-alive socket, as a client's connection pool would.
 * Every answer must carry the JSON error shape, and the connection must either still serve the next request or have
 * announced its end with {@code Connection: close}: a client whose pooled connection dies unannounced fails its next
 * request with "Remote end closed connection without response".
 */
class MalformedRequestTest {

    private static FakeCellEngine server;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start(c -> c.maxJsonBytes = 64 * 1024);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Each request with its name; every one answers an error, some before Jetty has even built a request. */
    private static Map<String, String> malformedRequests() {
        String big = "a".repeat(20_000);
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("NUL in the path", "GET /api/v1/experiments/%00 HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("bad percent-encoding", "GET /api/v1/experiments/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("bad UTF-8 in the path", "GET /api/v1/experiments/%c3%28 HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("ambiguous path parameter", "GET /api/v1/..;/experiments HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("NUL in the path of a DELETE", "DELETE /api/v1/experiments/%00 HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("asterisk path", "GET * HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("OPTIONS asterisk", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("URI over the limit", "GET /api/v1/experiments?q=" + big + " HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("unknown HTTP version", "GET /api/v1/experiments HTTP/9.9\r\nHost: x\r\n\r\n");
        requests.put("bad method token", "G@T /api/v1/experiments HTTP/1.1\r\nHost: x\r\n\r\n");
        requests.put("space in a header name", "GET /api/v1/experiments HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n");
        requests.put("headers over the limit", "GET /api/v1/experiments HTTP/1.1\r\nHost: x\r\nX-Big: " + big
                + "\r\n\r\n");
        requests.put("no Host", "GET /api/v1/experiments HTTP/1.1\r\n\r\n");
        requests.put("unknown expectation", "GET /api/v1/experiments HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n");
        requests.put("bad Content-Length", "POST /api/v1/experiments HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");
        requests.put("two Content-Lengths", "POST /api/v1/experiments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                + "Content-Length: 3\r\n\r\n{}");
        requests.put("unknown Transfer-Encoding", "POST /api/v1/experiments HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: gzip\r\n\r\n");
        requests.put("body over the limit, not sent", "POST /api/v1/experiments HTTP/1.1\r\nHost: x\r\n"
                + authorization() + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{\"name\":");
        requests.put("chunked body over the limit", "POST /api/v1/experiments HTTP/1.1\r\nHost: x\r\n" + authorization()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + ("4000\r\n" + "a".repeat(0x4000) + "\r\n").repeat(6) + "0\r\n\r\n");
        return requests;
    }

    @Test
    void every_refused_request_gets_a_json_error_and_the_connection_serves_the_next_request_or_announces_its_end()
            throws IOException {
        List<String> problems = new ArrayList<>();
        Socket socket = connect();
        try {
            for (Map.Entry<String, String> request : malformedRequests().entrySet()) {
                String name = request.getKey();
                RawResponse answer = exchange(socket, request.getValue());
                if (answer == null) {
                    problems.add(name + ": the connection ended without an answer");
                    socket.close();
                    socket = connect();
                    continue;
                }
                if (answer.status < 400 || !Reply.hasReferenceErrorShape(answer.status, answer.body)) {
                    problems.add(name + ": " + answer.status + " " + answer.header("content-type") + " " + answer.body);
                }
                if ("close".equalsIgnoreCase(answer.header("connection"))) {
                    assertEquals(-1, read(socket.getInputStream()), name + ": announced close, so the stream ends");
                    socket.close();
                    socket = connect();
                    continue;
                }
                RawResponse next = exchange(socket, "GET /api/v1/experiments HTTP/1.1\r\nHost: x\r\n" + authorization()
                        + "\r\n");
                if (next == null || next.status != 200) {
                    problems.add(name + ": the kept connection did not serve the next request, which got "
                            + (next == null ? "no answer (closed without Connection: close)" : next.status));
                    socket.close();
                    socket = connect();
                }
            }
        } finally {
            socket.close();
        }
        assertEquals(List.of(), problems);
    }

    private static String authorization() {
        return "Authorization: Bearer " + server.token() + "\r\n";
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends a request and reads its answer; null when the connection ended before a status line. */
    private static RawResponse exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        try {
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException refusedMidway) {
            // The server may answer and close before reading the whole request; its answer is still there.
        }
        try {
            return RawResponse.read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            fail("no answer within 10 s to " + request.substring(0, Math.min(60, request.length())));
            return null;
        }
    }

    private static int read(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (IOException reset) {
            return -1; // a reset after an announced close ends the stream too
        }
    }

    /** An HTTP/1.1 response as read off the socket: status, lower-case header names, and the body. */
    private static final class RawResponse {
        final int status;
        final Map<String, String> headers;
        final String body;

        private RawResponse(int status, Map<String, String> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        String header(String name) {
            return headers.get(name);
        }

        static RawResponse read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                return null;
            }
            assertTrue(statusLine.startsWith("HTTP/1.1 "), statusLine);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                        size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new RawResponse(status, headers, body.toString(StandardCharsets.UTF_8));
        }

        /** {@return one CRLF-terminated line without its end}, or null at the end of the stream */
        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException reset) {
                return null;
            }
            if (b == -1) {
                return null;
            }
            while (b != -1 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
                b = in.read();
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
