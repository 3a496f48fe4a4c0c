package cellengine.fakeserver.internal.local;

import cellengine.api.spi.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.Locale;

/** The status line and header fields of an HTTP/1.1 response, read from the connection. */
record ResponseHead(int status, Headers headers) {

    private static final int MAX_FIELDS = 200;

    /** Reads one response head, skipping interim (1xx) responses. */
    static ResponseHead read(InputStream in) throws IOException {
        while (true) {
            ResponseHead head = readOne(in);
            if (head.status() >= 200 || head.status() == 101) {
                return head;
            }
        }
    }

    private static ResponseHead readOne(InputStream in) throws IOException {
        String statusLine = HttpLines.readLine(in);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new ProtocolException("the fake server's status line is not HTTP/1.x: '" + statusLine + "'");
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new ProtocolException("the fake server's status line has no status code: '" + statusLine + "'");
        }
        Headers.Builder headers = Headers.builder();
        for (int count = 0; ; count++) {
            String line = HttpLines.readLine(in);
            if (line.isEmpty()) {
                break;
            }
            if (count == MAX_FIELDS) {
                throw new ProtocolException("the fake server sent more than " + MAX_FIELDS + " header fields");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("malformed header line from the fake server: '" + line + "'");
            }
            headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return new ResponseHead(status, headers.build());
    }

    /** {@return whether this response to a request with {@code method} carries no body by definition} */
    boolean bodiless(String method) {
        return method.equals("HEAD") || status == 204 || status == 304 || status < 200;
    }

    /** {@return whether the body is chunked} */
    boolean chunked() {
        return headers.allValues("Transfer-Encoding").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"));
    }

    /** {@return the declared length, or -1 when there is none} */
    long contentLength() throws ProtocolException {
        String value = headers.firstValue("Content-Length").orElse(null);
        if (value == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(value.trim());
            if (length < 0) {
                throw new NumberFormatException();
            }
            return length;
        } catch (NumberFormatException e) {
            throw new ProtocolException("bad Content-Length from the fake server: '" + value + "'");
        }
    }
}
